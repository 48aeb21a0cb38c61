package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.pmokit.core.project.Refusals.assertRefused;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pmokit.core.validation.Violation;
import org.pmokit.core.validation.ViolationCode;

/** The rule shared by the eight identifier types, checked on each of them. */
class IdentifiersTest {

    /** Each identifier type: its kind as messages name it, and its factory. */
    static Stream<Arguments> idTypes() {
        return Stream.of(
                Arguments.of("project id", "项目编号", (Function<String, Object>) ProjectId::of),
                Arguments.of("goal id", "目标编号", (Function<String, Object>) GoalId::of),
                Arguments.of("requirement id", "需求编号", (Function<String, Object>) RequirementId::of),
                Arguments.of("resource id", "资源编号", (Function<String, Object>) ResourceId::of),
                Arguments.of("activity id", "任务编号", (Function<String, Object>) ActivityId::of),
                Arguments.of("milestone id", "里程碑编号", (Function<String, Object>) MilestoneId::of),
                Arguments.of("risk id", "风险编号", (Function<String, Object>) RiskId::of),
                Arguments.of("change request id", "变更请求编号", (Function<String, Object>) ChangeRequestId::of));
    }

    static Stream<Arguments> idTypesWithValidValues() {
        return idTypes().flatMap(t -> Stream.of("A", "A12", "crm-2026_v1.2", "0", "Z".repeat(64), "a.b-c_d")
                .map(v -> Arguments.of(t.get()[0], t.get()[2], v)));
    }

    static Stream<Arguments> idTypesWithMalformedValues() {
        return idTypes().flatMap(t -> Stream.of("", " ", "A 12", "A/1", "A12 ", "任务1", "A:1", "Z".repeat(65))
                .map(v -> Arguments.of(t.get()[0], t.get()[1], t.get()[2], v)));
    }

    @ParameterizedTest(name = "{0} ''{2}''")
    @MethodSource("idTypesWithValidValues")
    void of_acceptsOneTo64LettersDigitsDotsUnderscoresHyphens(String kind, Function<String, Object> of, String value) {
        Object id = of.apply(value);

        assertThat(id).hasToString(value).isEqualTo(of.apply(value)).hasSameHashCodeAs(of.apply(value));
    }

    @ParameterizedTest(name = "{0} ''{3}''")
    @MethodSource("idTypesWithMalformedValues")
    void of_refusesAMalformedValue_withCodeAndBothLanguages(String kind, String chineseKind,
            Function<String, Object> of, String value) {
        Violation v = assertRefused(() -> of.apply(value), ViolationCode.ID_INVALID, "",
                kind + " must be 1-64 letters, digits, dots, underscores or hyphens: '" + value + "'");
        assertThat(v.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(chineseKind + " 必须由 1-64 个字母、数字、点、下划线或连字符组成：'" + value + "'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void of_refusesAbsentValue_namingTheKind(String kind, String chineseKind, Function<String, Object> of) {
        assertThatNullPointerException().isThrownBy(() -> of.apply(null)).withMessage(kind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void of_shortensAVeryLongValue_inTheMessage(String kind, String chineseKind, Function<String, Object> of) {
        String value = "x".repeat(10_000);

        assertRefused(() -> of.apply(value), ViolationCode.ID_INVALID, "",
                kind + " must be 1-64 letters, digits, dots, underscores or hyphens: '" + "x".repeat(64) + "...'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void of_showsAValueUpTo80Characters_inFull(String kind, String chineseKind, Function<String, Object> of) {
        String value = "y".repeat(80);

        assertRefused(() -> of.apply(value), ViolationCode.ID_INVALID, "",
                kind + " must be 1-64 letters, digits, dots, underscores or hyphens: '" + value + "'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void compareTo_ordersByTheValue_caseSensitively(String kind, String chineseKind, Function<String, Object> of) {
        Comparable a10 = (Comparable) of.apply("A10");
        Comparable a2 = (Comparable) of.apply("A2");
        Comparable lower = (Comparable) of.apply("a1");

        assertThat(a10.compareTo(a2)).isNegative();
        assertThat(a2.compareTo(a10)).isPositive();
        assertThat(a2.compareTo(of.apply("A2"))).isZero();
        assertThat(a2.compareTo(lower)).isNegative();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void equals_isFalse_forADifferentValue(String kind, String chineseKind, Function<String, Object> of) {
        assertThat(of.apply("A1")).isNotEqualTo(of.apply("a1")).isNotEqualTo("A1");
    }
}
