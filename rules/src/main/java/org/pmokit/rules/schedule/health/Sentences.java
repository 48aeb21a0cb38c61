package org.pmokit.rules.schedule.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Text;

/**
 * The messages and remedies of the DCMA checks, in English and Simplified Chinese (GLOSSARY.md).
 * Each message names what was found, the count out of what, the percentage, the policy's threshold
 * and the items behind it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Sentences {

    private Sentences() {
    }

    /** What a share or count check counts among, with the Chinese measure word. */
    private record Population(String english, String chinese, String measureWord) {
    }

    /** The threshold of a check that is shown for information only. */
    private static final Text FOR_INFORMATION = Text.of("for information", "仅供参考");
    private static final Population OPEN = new Population("activities not finished", "个未完成任务", "个");
    private static final Population LINKS = new Population("links into activities not finished", "条未完成任务的依赖关系", "条");
    private static final Population ALL = new Population("activities", "个任务", "个");
    private static final Population DUE = new Population("activities due by the status date in the baseline",
            "个按基线应在状态日期前完成的任务", "个");

    /** The message of a measure that fails its check. */
    static Text message(Measure m, Policy policy, LocalDate statusDate) {
        HealthCheck c = m.check();
        return switch (c.kind()) {
            case MAX_SHARE, MAX_COUNT -> counted(m, label(c, policy, statusDate), population(c), limit(c, policy),
                    ", more than the policy's ", "，超过政策上限 ", ": ", "：");
            case MIN_SHARE -> counted(m, label(c, policy, statusDate), population(c), limit(c, policy),
                    ", fewer than the policy's ", "，低于政策下限 ", "; the others: ", "；其余：");
            case INFORMATION -> counted(m, label(c, policy, statusDate), population(c), "", ", for information",
                    "，仅供参考", ": ", "：");
            case MIN_INDEX -> c == HealthCheck.CPLI ? cpli(m, policy) : bei(m, policy, statusDate);
            case TEST -> Text.of("Critical path test: delaying critical activity " + m.items().get(0)
                            + " should move the project finish by " + Words.days(m.population()) + ", but moves it by "
                            + m.count() + "; the critical path does not drive the finish.",
                    "关键路径测试：推迟关键任务 " + m.items().get(0) + " 应使项目完工日期推迟 " + m.population()
                            + " 个工作日，实际推迟 " + m.count() + " 个工作日；关键路径未能驱动项目完工。");
        };
    }

    /** "Label: 2 of 16 activities not finished (12.5%), more than the policy's 5%: A15, A26." */
    private static Text counted(Measure m, Text label, Population p, String limit, String english, String chinese,
            String englishList, String chineseList) {
        String pct = Words.percent(m.count(), m.population());
        return Text.of(label.english() + ": " + m.count() + " of " + m.population() + " " + p.english() + " (" + pct + ")"
                        + english + limit + englishList + Words.english(m.items()) + ".",
                label.chinese() + "：" + m.population() + " " + p.chinese() + "中有 " + m.count() + " " + p.measureWord()
                        + "（" + pct + "）" + chinese + limit + chineseList + Words.chinese(m.items()) + "。");
    }

    private static Text cpli(Measure m, Policy policy) {
        String value = Words.index(m.count(), m.population());
        String limit = Words.plain(HealthCheck.CPLI.threshold(policy));
        int length = m.population();
        int pathFloat = m.count() - length;
        String pathEn = m.items().isEmpty() ? "" : "; critical path: " + Words.english(m.items());
        String pathZh = m.items().isEmpty() ? "" : "；关键路径：" + Words.chinese(m.items());
        return Text.of("The critical path length index (CPLI) is " + value + ", below the policy's " + limit + ": "
                        + Words.days(length) + " of critical path remain, with " + Words.days(pathFloat)
                        + " of total float" + pathEn + ".",
                "关键路径长度指数（CPLI）为 " + value + "，低于政策下限 " + limit + "：关键路径剩余 " + length
                        + " 个工作日，总浮动时间为 " + pathFloat + " 个工作日" + pathZh + "。");
    }

    private static Text bei(Measure m, Policy policy, LocalDate statusDate) {
        String value = Words.index(m.count(), m.population());
        String limit = Words.plain(HealthCheck.BEI.threshold(policy));
        String openEn = m.items().isEmpty() ? "" : "; due and not finished: " + Words.english(m.items());
        String openZh = m.items().isEmpty() ? "" : "；应完成而未完成：" + Words.chinese(m.items());
        return Text.of("The baseline execution index (BEI) is " + value + ", below the policy's " + limit + ": "
                        + Words.activities(m.count()) + " finished against " + m.population()
                        + " that the baseline finishes by the status date " + statusDate + openEn + ".",
                "基线执行指数（BEI）为 " + value + "，低于政策下限 " + limit + "：已完成 " + m.count()
                        + " 个任务，而按基线应在状态日期 " + statusDate + " 前完成 " + m.population() + " 个" + openZh + "。");
    }

    /** The message when the project cannot be scheduled, for the critical path test. */
    static Text unscheduled(String problem) {
        return Text.of("The schedule cannot be computed, so the critical path cannot be tested: " + problem + ".",
                "无法计算进度计划，因此无法进行关键路径测试：" + problem + "。");
    }

    /** The threshold as the finding shows it, such as {@code <= 5%}, {@code >= 0.95} or {@code = 10 working days}. */
    static Text threshold(Measure m, Policy policy) {
        HealthCheck c = m.check();
        return switch (c.kind()) {
            case MAX_SHARE, MAX_COUNT -> neutral("<= " + limit(c, policy));
            case MIN_SHARE, MIN_INDEX -> neutral(">= " + limit(c, policy));
            case TEST -> {
                Text days = Words.workingDays(m.population());
                yield Text.of("= " + days.english(), "= " + days.chinese());
            }
            case INFORMATION -> FOR_INFORMATION;
        };
    }

    /** The measured value as the finding shows it, such as {@code 12.5%}, {@code 1 (4.3%)}, {@code 0.81}. */
    static Text measured(Measure m) {
        return switch (m.check().kind()) {
            case MAX_SHARE, MIN_SHARE, INFORMATION -> neutral(Words.percent(m.count(), m.population()));
            case MAX_COUNT -> neutral(m.count() + " (" + Words.percent(m.count(), m.population()) + ")");
            case MIN_INDEX -> neutral(Words.index(m.count(), m.population()));
            case TEST -> Words.workingDays(m.count());
        };
    }

    /** The same language-neutral value, such as a number or a percentage, in both languages. */
    private static Text neutral(String value) {
        return Text.of(value, value);
    }

    private static String limit(HealthCheck c, Policy policy) {
        BigDecimal t = c.threshold(policy);
        return switch (c.kind()) {
            case MAX_SHARE, MIN_SHARE -> Words.policyPercent(t);
            default -> Words.plain(t);
        };
    }

    private static Population population(HealthCheck c) {
        return switch (c) {
            case LEADS, LAGS, RELATIONSHIP_TYPES -> LINKS;
            case INVALID_DATES -> ALL;
            case MISSED_TASKS -> DUE;
            default -> OPEN;
        };
    }

    private static Text label(HealthCheck c, Policy policy, LocalDate statusDate) {
        return switch (c) {
            case LOGIC -> Text.of("Activities missing a predecessor or a successor", "缺少紧前或紧后任务的任务");
            case LEADS -> Text.of("Links with a lead (negative lag)", "带负时滞（提前量）的依赖关系");
            case LAGS -> Text.of("Links with a lag", "带时滞的依赖关系");
            case RELATIONSHIP_TYPES -> Text.of("Finish-to-start links", "完成-开始关系");
            case HARD_CONSTRAINTS -> Text.of("Activities with a hard constraint", "带硬约束的任务");
            case HIGH_FLOAT -> {
                int days = policy.get(PolicyKeys.DCMA_HIGH_FLOAT_DAYS);
                yield Text.of("Activities with more than " + days + " working days of total float",
                        "总浮动时间超过 " + days + " 个工作日的任务");
            }
            case NEGATIVE_FLOAT -> Text.of("Activities with negative total float", "总浮动时间为负的任务");
            case HIGH_DURATION -> {
                int days = policy.get(PolicyKeys.DCMA_HIGH_DURATION_DAYS);
                yield Text.of("Activities longer than " + days + " working days", "工期超过 " + days + " 个工作日的任务");
            }
            case INVALID_DATES -> Text.of("Activities with an actual date after the status date " + statusDate,
                    "实际日期晚于状态日期 " + statusDate + " 的任务");
            case RESOURCES -> Text.of("Activities with work but no resource or budget", "有工期但没有资源或预算的任务");
            case MISSED_TASKS -> Text.of("Missed activities (finished late or not at all)", "未按期完成的任务（延期完成或尚未完成）");
            case CRITICAL_PATH_TEST, CPLI, BEI -> c.title();
        };
    }

    /** What to do about a failed check. */
    static Text remedy(HealthCheck c) {
        return switch (c) {
            case LOGIC -> Text.of("Link every activity to what drives it and what it drives, so that the network has one"
                    + " start and one finish.", "为每个任务补充紧前和紧后任务，使网络只有一个开始和一个结束。");
            case LEADS -> Text.of("Remove the leads: split the predecessor, or use a start-to-start link with a positive lag.",
                    "取消负时滞：拆分紧前任务，或改用带正时滞的开始-开始关系。");
            case LAGS -> Text.of("Replace lags with activities that show the waiting time (reviews, approvals, lead times).",
                    "用表示等待时间的任务（评审、审批、交付周期）代替时滞。");
            case RELATIONSHIP_TYPES -> Text.of("Model the work with finish-to-start links; split overlapping activities"
                    + " instead of linking them start-to-start or finish-to-finish.",
                    "以完成-开始关系建模；拆分相互重叠的任务，而不是使用开始-开始或完成-完成关系。");
            case HARD_CONSTRAINTS -> Text.of("Replace hard constraints with logic, or with start-no-earlier-than"
                    + " constraints where a date is external.", "以逻辑关系代替硬约束；外部日期可改用“不早于某日开始”约束。");
            case HIGH_FLOAT -> Text.of("Check the logic of these activities: high float usually means a missing successor.",
                    "检查这些任务的逻辑关系：浮动过高通常意味着缺少紧后任务。");
            case NEGATIVE_FLOAT -> Text.of("Re-plan the work before the constrained dates (fast-tracking, crashing) or"
                    + " raise a schedule change request.", "重新规划受约束日期之前的工作（快速跟进、赶工），或提交进度变更请求。");
            case HIGH_DURATION -> Text.of("Break long activities into shorter ones whose progress can be measured.",
                    "将工期过长的任务分解为进度可衡量的较短任务。");
            case INVALID_DATES -> Text.of("Correct the progress records: no actual date may lie after the status date.",
                    "更正进度记录：实际日期不得晚于状态日期。");
            case RESOURCES -> Text.of("Assign resources or a budget to every activity with work.", "为每个有工期的任务分配资源或预算。");
            case MISSED_TASKS -> Text.of("Find why these activities are late and recover the delay on the critical path.",
                    "查明这些任务延误的原因，并追回关键路径上的延误。");
            case CRITICAL_PATH_TEST -> Text.of("Repair the logic of the critical path so that it runs unbroken from the"
                    + " data date to the project finish.", "修复关键路径的逻辑关系，使其从数据日期一直延续到项目完工。");
            case CPLI -> Text.of("Recover the critical path: re-plan the remaining work, or agree a new finish through"
                    + " change control.", "追回关键路径：重新规划剩余工作，或通过变更控制确定新的完工日期。");
            case BEI -> Text.of("Finish the overdue activities and plan how to catch up with the baseline.",
                    "完成逾期任务，并制定追赶基线的计划。");
        };
    }

    /** What to do when the project cannot be scheduled. */
    static Text unscheduledRemedy() {
        return Text.of("Correct the network so that it can be scheduled, as the validator reports.",
                "按校验结果修正网络，使其可以排程。");
    }
}
