package org.pmokit.core.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The stable codes of validation problems, each with its message in English and Simplified Chinese.
 *
 * <p>Codes never change meaning; hosts may store them and switch on them. Message templates use
 * {@code {0}}, {@code {1}}, ... for the violation's arguments. Where an argument names a kind of
 * entity ({@code activity}, {@code risk id}), the Chinese message names it in Chinese.
 */
public enum ViolationCode {
    /** A required value is missing. */
    VALUE_REQUIRED("{0} is required", "{0} 为必填项"),
    /** A text is empty or only white space. */
    VALUE_BLANK("{0} must not be blank", "{0} 不能为空"),
    /** A text is longer than allowed. */
    VALUE_TOO_LONG("{0} must be at most {1} characters long, but has {2}", "{0} 最多 {1} 个字符，实际为 {2} 个"),
    /** A text does not have the required form. */
    VALUE_MALFORMED("{0} must look like {1}: {2}", "{0} 的格式应形如 {1}：{2}"),
    /** A number is outside its allowed range. */
    VALUE_OUT_OF_RANGE("{0} must be between {1} and {2}: {3}", "{0} 必须在 {1} 与 {2} 之间：{3}"),
    /** A number is above its maximum. */
    VALUE_TOO_LARGE("{0} must be at most {1}: {2}", "{0} 不能大于 {1}：{2}"),
    /** A number is below its minimum. */
    VALUE_TOO_SMALL("{0} must be at least {1}: {2}", "{0} 不能小于 {1}：{2}"),
    /** An amount or count that must not be negative is negative. */
    VALUE_NEGATIVE("{0} must not be negative: {1}", "{0} 不能为负数：{1}"),
    /** An identifier does not have the form of an identifier. */
    ID_INVALID("{0} must be 1-64 letters, digits, dots, underscores or hyphens: {1}",
            "{0} 必须由 1-64 个字母、数字、点、下划线或连字符组成：{1}", 0),
    /** Two entities of one kind share an identifier. */
    ID_DUPLICATE("{0} {1} is defined more than once", "{0} {1} 被重复定义", 0),
    /** A reference names an entity that does not exist. */
    REFERENCE_UNKNOWN("{0} refers to an unknown {1}: {2}", "{0} 引用了不存在的{1}：{2}", 1),
    /** Activities depend on each other in a circle. */
    DEPENDENCY_CYCLE("dependency cycle: {0}", "依赖关系存在循环：{0}"),
    /** An activity's duration is negative. */
    ACTIVITY_DURATION_NEGATIVE("activity {0}: duration must not be negative: {1}", "任务 {0}：工期不能为负数：{1}"),
    /** A percent complete is outside 0..100. */
    PERCENT_COMPLETE_OUT_OF_RANGE("{0}: percent complete must be between 0 and 100: {1}",
            "{0}：完成百分比必须在 0 到 100 之间：{1}"),
    /** A probability is outside 0..1. */
    PROBABILITY_OUT_OF_RANGE("{0}: probability must be between 0 and 1: {1}", "{0}：发生概率必须在 0 到 1 之间：{1}"),
    /** An amount is in another currency than the project's. */
    CURRENCY_MISMATCH("{0} is in {1}, but the project currency is {2}", "{0} 的币种为 {1}，但项目币种为 {2}"),
    /** Two dates are in the wrong order. */
    DATE_ORDER("{0} ({1}) must not be before {2} ({3})", "{0}（{1}）不能早于 {2}（{3}）"),
    /** A record of what happened is dated after the status date. */
    DATE_AFTER_STATUS_DATE("{0} ({1}) is after the status date {2}", "{0}（{1}）晚于状态日期 {2}"),
    /** A date lies in a year for which the project calendar has no data. */
    CALENDAR_NOT_COVERED("{0} ({1}) is outside calendar {2}, which covers {3}",
            "{0}（{1}）超出日历 {2} 的覆盖范围（{3}）");

    /** The Chinese names of the kinds of entity that messages name; other text is left as it is. */
    private static final Map<String, String> CHINESE_KINDS = Map.ofEntries(
            Map.entry("project id", "项目编号"),
            Map.entry("goal", "目标"),
            Map.entry("goal id", "目标编号"),
            Map.entry("requirement", "需求"),
            Map.entry("requirement id", "需求编号"),
            Map.entry("resource", "资源"),
            Map.entry("resource id", "资源编号"),
            Map.entry("activity", "任务"),
            Map.entry("activity id", "任务编号"),
            Map.entry("milestone", "里程碑"),
            Map.entry("milestone id", "里程碑编号"),
            Map.entry("risk", "风险"),
            Map.entry("risk id", "风险编号"),
            Map.entry("change request", "变更请求"),
            Map.entry("change request id", "变更请求编号"),
            Map.entry("baseline version", "基线版本"),
            Map.entry("baseline activity", "基线任务"));

    private final String english;
    private final String chinese;
    /** The position of the argument that names a kind of entity, or -1. */
    private final int kindArgument;

    ViolationCode(String english, String chinese) {
        this(english, chinese, -1);
    }

    ViolationCode(String english, String chinese, int kindArgument) {
        this.english = english;
        this.chinese = chinese;
        this.kindArgument = kindArgument;
    }

    /**
     * Returns the message template in the given language: Simplified Chinese for any Chinese
     * locale, English otherwise.
     *
     * @param locale the language of the reader
     * @return the template, with {@code {0}}-style placeholders
     */
    public String template(Locale locale) {
        return isChinese(locale) ? chinese : english;
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    /**
     * Fills the template of the given language with arguments. In Chinese, an argument that names
     * a kind of entity ({@code activity} in {@code activity A1 is defined more than once}) is
     * written in Chinese.
     *
     * @param locale the language of the reader
     * @param arguments the values for {@code {0}}, {@code {1}}, ...
     * @return the message
     */
    public String format(Locale locale, Object... arguments) {
        boolean inChinese = isChinese(locale);
        String template = inChinese ? chinese : english;
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1) {
                int index = Integer.parseInt(template, i + 1, close, 10);
                Object argument = index < arguments.length ? arguments[index] : "?";
                if (inChinese && index == kindArgument) {
                    String kind = String.valueOf(argument);
                    argument = CHINESE_KINDS.getOrDefault(kind, kind);
                }
                out.append(argument);
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
