package org.pmokit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViolationTest {

    private static final Violation NEGATIVE = Violation.of("duration", ViolationCode.ACTIVITY_DURATION_NEGATIVE,
            "A12", -3);

    @Test
    void of_turnsEachArgumentIntoText_andNullIntoNull() {
        Violation v = Violation.of("p", ViolationCode.DATE_ORDER, 1, null, java.time.LocalDate.of(2026, 1, 5), "x");

        assertThat(v.arguments()).containsExactly("1", "null", "2026-01-05", "x");
    }

    @Test
    void message_isInEnglish_orInChinese() {
        assertThat(NEGATIVE.message(Locale.ENGLISH)).isEqualTo("activity A12: duration must not be negative: -3");
        assertThat(NEGATIVE.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("任务 A12：工期不能为负数：-3");
        assertThat(NEGATIVE.message(Locale.GERMANY)).isEqualTo("activity A12: duration must not be negative: -3");
    }

    @ParameterizedTest
    @CsvSource({
        "duration, activities[A12], activities[A12].duration",
        "predecessors[0].lag, activities[A12], activities[A12].predecessors[0].lag",
        "[3], progress, progress[3]",
        "[A1].name, activities, activities[A1].name",
        "'', activities[A12], activities[A12]",
        "duration, '', duration",
        "'', '', ''",
    })
    void under_joinsTheParentAndThePath(String path, String parent, String joined) {
        Violation v = Violation.of(path, ViolationCode.VALUE_BLANK, "x").under(parent);

        assertThat(v.path()).isEqualTo(joined);
        assertThat(v.code()).isEqualTo(ViolationCode.VALUE_BLANK);
        assertThat(v.arguments()).containsExactly("x");
    }

    @Test
    void under_keepsCodeAndMessage_andCanBeApplied_twice() {
        Violation placed = NEGATIVE.under("activities[A12]").under("changeRequests[CR2].activities.add[A12]");

        assertThat(placed.path()).isEqualTo("changeRequests[CR2].activities.add[A12].activities[A12].duration");
        assertThat(placed.message(Locale.ENGLISH)).isEqualTo(NEGATIVE.message(Locale.ENGLISH));
    }

    @Test
    void under_anEmptyParent_returnsTheSameViolation() {
        assertThat(NEGATIVE.under("")).isSameAs(NEGATIVE);
    }

    @Test
    void under_refusesANullParent() {
        assertThatNullPointerException().isThrownBy(() -> NEGATIVE.under(null)).withMessage("parent");
    }

    @Test
    void toString_givesPathCodeAndEnglishMessage() {
        assertThat(NEGATIVE.under("activities[A12]")).hasToString(
                "activities[A12].duration ACTIVITY_DURATION_NEGATIVE: activity A12: duration must not be negative: -3");
    }

    @Test
    void constructor_copiesTheArguments_andRefusesNulls() {
        List<String> arguments = new ArrayList<>(List.of("a"));
        Violation v = new Violation("p", ViolationCode.VALUE_BLANK, arguments);

        arguments.set(0, "b");

        assertThat(v.arguments()).containsExactly("a");
        assertThatThrownBy(() -> v.arguments().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatNullPointerException().isThrownBy(() -> new Violation(null, ViolationCode.VALUE_BLANK, List.of()))
                .withMessage("path");
        assertThatNullPointerException().isThrownBy(() -> new Violation("p", null, List.of())).withMessage("code");
    }

    @Test
    void equals_comparesPathCodeAndArguments() {
        assertThat(Violation.of("duration", ViolationCode.ACTIVITY_DURATION_NEGATIVE, "A12", "-3")).isEqualTo(NEGATIVE)
                .hasSameHashCodeAs(NEGATIVE);
        assertThat(Violation.of("duration", ViolationCode.ACTIVITY_DURATION_NEGATIVE, "A12", "-4"))
                .isNotEqualTo(NEGATIVE);
        assertThat(NEGATIVE.under("x")).isNotEqualTo(NEGATIVE);
    }
}
