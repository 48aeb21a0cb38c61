package org.pmokit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ViolationCodeTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Set<Integer> placeholders(String template) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @ParameterizedTest
    @EnumSource(ViolationCode.class)
    void templates_inBothLanguages_useTheSamePlaceholders_numberedFromZero(ViolationCode code) {
        Set<Integer> english = placeholders(code.template(Locale.ENGLISH));
        Set<Integer> chinese = placeholders(code.template(Locale.SIMPLIFIED_CHINESE));

        assertThat(english).isNotEmpty();
        assertThat(chinese).isEqualTo(english);
        assertThat(english).containsExactlyElementsOf(IntStream.range(0, english.size()).boxed().toList());
    }

    @ParameterizedTest
    @EnumSource(ViolationCode.class)
    void templates_areEnglishAndChinese(ViolationCode code) {
        assertThat(code.template(Locale.ENGLISH)).matches(t -> !hasChinese(t), "has no Chinese")
                .doesNotContain("：", "（");
        assertThat(code.template(Locale.SIMPLIFIED_CHINESE)).matches(ViolationCodeTest::hasChinese, "has Chinese");
    }

    @ParameterizedTest
    @EnumSource(ViolationCode.class)
    void format_fillsEveryPlaceholder(ViolationCode code) {
        int n = placeholders(code.template(Locale.ENGLISH)).size();
        Object[] arguments = IntStream.range(0, n).mapToObj(i -> "<arg" + i + ">").toArray();

        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String message = code.format(locale, arguments);
            assertThat(message).doesNotContainPattern("\\{\\d+}");
            for (Object argument : arguments) {
                assertThat(message).contains(argument.toString());
            }
        }
    }

    static Locale[] chineseLocales() {
        return new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.CHINA, Locale.PRC,
            Locale.forLanguageTag("zh-Hans-CN")};
    }

    static Locale[] otherLocales() {
        return new Locale[] {Locale.ENGLISH, Locale.US, Locale.UK, Locale.ROOT, Locale.GERMAN, Locale.FRANCE,
            Locale.JAPANESE, Locale.KOREA};
    }

    @ParameterizedTest
    @MethodSource("chineseLocales")
    void template_isChinese_forAChineseLocale(Locale locale) {
        assertThat(ViolationCode.DEPENDENCY_CYCLE.template(locale)).isEqualTo("依赖关系存在循环：{0}");
    }

    @ParameterizedTest
    @MethodSource("otherLocales")
    void template_isEnglish_forEveryOtherLocale(Locale locale) {
        assertThat(ViolationCode.DEPENDENCY_CYCLE.template(locale)).isEqualTo("dependency cycle: {0}");
    }

    @Test
    void format_fillsTheEnglishTemplate() {
        assertThat(ViolationCode.VALUE_TOO_LONG.format(Locale.ENGLISH, "activities[A1].name", 200, 201))
                .isEqualTo("activities[A1].name must be at most 200 characters long, but has 201");
    }

    @Test
    void format_fillsTheChineseTemplate() {
        assertThat(ViolationCode.VALUE_TOO_LONG.format(Locale.SIMPLIFIED_CHINESE, "activities[A1].name", 200, 201))
                .isEqualTo("activities[A1].name 最多 200 个字符，实际为 201 个");
    }

    @Test
    void format_usesAPlaceholderTwice_andInAnyOrder() {
        assertThat(ViolationCode.DATE_ORDER.format(Locale.ENGLISH, "finish", "2026-01-01", "start", "2026-01-05"))
                .isEqualTo("finish (2026-01-01) must not be before start (2026-01-05)");
    }

    @Test
    void format_writesAQuestionMark_forAMissingArgument_andIgnoresExtraOnes() {
        assertThat(ViolationCode.VALUE_NEGATIVE.format(Locale.ENGLISH, "units")).isEqualTo("units must not be negative: ?");
        assertThat(ViolationCode.VALUE_REQUIRED.format(Locale.ENGLISH, "start", "extra")).isEqualTo("start is required");
    }

    @Test
    void format_leavesBracesInAnArgumentAsTheyAre() {
        assertThat(ViolationCode.VALUE_BLANK.format(Locale.ENGLISH, "{1}")).isEqualTo("{1} must not be blank");
    }

    @ParameterizedTest
    @CsvSource({
        "goal, 目标",
        "requirement, 需求",
        "resource, 资源",
        "activity, 任务",
        "milestone, 里程碑",
        "risk, 风险",
        "change request, 变更请求",
        "baseline version, 基线版本",
        "baseline activity, 基线任务",
    })
    void format_namesTheKindOfEntityInChinese_inAChineseMessage(String kind, String chinese) {
        assertThat(ViolationCode.ID_DUPLICATE.format(Locale.SIMPLIFIED_CHINESE, kind, "X1"))
                .isEqualTo(chinese + " X1 被重复定义");
        assertThat(ViolationCode.ID_DUPLICATE.format(Locale.ENGLISH, kind, "X1"))
                .isEqualTo(kind + " X1 is defined more than once");
        assertThat(ViolationCode.REFERENCE_UNKNOWN.format(Locale.SIMPLIFIED_CHINESE, "p", kind, "X1"))
                .isEqualTo("p 引用了不存在的" + chinese + "：X1");
    }

    @Test
    void format_translatesOnlyTheKindArgument_neverAnIdentifierOrPath() {
        assertThat(ViolationCode.REFERENCE_UNKNOWN.format(Locale.SIMPLIFIED_CHINESE, "activity", "activity", "activity"))
                .isEqualTo("activity 引用了不存在的任务：activity");
        assertThat(ViolationCode.VALUE_BLANK.format(Locale.SIMPLIFIED_CHINESE, "activity")).isEqualTo("activity 不能为空");
    }

    @Test
    void format_leavesAnUnknownKindAsItIs() {
        assertThat(ViolationCode.ID_DUPLICATE.format(Locale.SIMPLIFIED_CHINESE, "widget", "W1"))
                .isEqualTo("widget W1 被重复定义");
    }

    @Test
    void templateAndFormat_refuseANullLocale() {
        assertThatNullPointerException().isThrownBy(() -> ViolationCode.VALUE_BLANK.template(null)).withMessage("locale");
        assertThatNullPointerException().isThrownBy(() -> ViolationCode.VALUE_BLANK.format(null, "x"))
                .withMessage("locale");
    }
}
