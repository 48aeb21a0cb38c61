package org.pmokit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationResultTest {

    private static final Violation BLANK = Violation.of("activities[A1].name", ViolationCode.VALUE_BLANK,
            "activities[A1].name");
    private static final Violation UNKNOWN = Violation.of("activities[A2].predecessors[0].activity",
            ViolationCode.REFERENCE_UNKNOWN, "activities[A2].predecessors[0].activity", "activity", "A9");
    private static final Violation BLANK_TOO = Violation.of("goals[G1].owner", ViolationCode.VALUE_BLANK,
            "goals[G1].owner");
    private static final String NL = System.lineSeparator();

    @Test
    void isValid_isTrue_withoutViolations() {
        ValidationResult r = new ValidationResult(List.of());

        assertThat(r.isValid()).isTrue();
        assertThat(r.describe(Locale.ENGLISH)).isEmpty();
        assertThat(r).hasToString("0 violation(s)");
    }

    @Test
    void isValid_isFalse_withAViolation() {
        assertThat(new ValidationResult(List.of(BLANK)).isValid()).isFalse();
    }

    @Test
    void withCode_keepsThoseViolations_inOrder() {
        ValidationResult r = new ValidationResult(List.of(BLANK, UNKNOWN, BLANK_TOO));

        assertThat(r.withCode(ViolationCode.VALUE_BLANK)).containsExactly(BLANK, BLANK_TOO);
        assertThat(r.withCode(ViolationCode.REFERENCE_UNKNOWN)).containsExactly(UNKNOWN);
        assertThat(r.withCode(ViolationCode.DEPENDENCY_CYCLE)).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> r.withCode(null)).withMessage("code");
    }

    @Test
    void describe_givesOneLinePerViolation_inTheReadersLanguage() {
        ValidationResult r = new ValidationResult(List.of(BLANK, UNKNOWN));

        assertThat(r.describe(Locale.ENGLISH)).isEqualTo(
                "activities[A1].name VALUE_BLANK: activities[A1].name must not be blank" + NL
                + "activities[A2].predecessors[0].activity REFERENCE_UNKNOWN: activities[A2].predecessors[0].activity"
                + " refers to an unknown activity: A9");
        assertThat(r.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "activities[A1].name VALUE_BLANK: activities[A1].name 不能为空" + NL
                + "activities[A2].predecessors[0].activity REFERENCE_UNKNOWN: activities[A2].predecessors[0].activity"
                + " 引用了不存在的任务：A9");
    }

    @Test
    void toString_givesTheCountAndTheEnglishReport() {
        assertThat(new ValidationResult(List.of(BLANK, BLANK_TOO))).hasToString("2 violation(s)" + NL
                + "activities[A1].name VALUE_BLANK: activities[A1].name must not be blank" + NL
                + "goals[G1].owner VALUE_BLANK: goals[G1].owner must not be blank");
    }

    @Test
    void constructor_copiesTheViolations() {
        List<Violation> violations = new ArrayList<>(List.of(BLANK));
        ValidationResult r = new ValidationResult(violations);

        violations.add(UNKNOWN);

        assertThat(r.violations()).containsExactly(BLANK);
    }

    @Test
    void equals_comparesTheViolations() {
        assertThat(new ValidationResult(List.of(BLANK))).isEqualTo(new ValidationResult(List.of(BLANK)))
                .isNotEqualTo(new ValidationResult(List.of(BLANK_TOO)));
    }
}
