package org.pmokit.rules.schedule.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.schedule.health.HealthFixtures.BEFORE;
import static org.pmokit.rules.schedule.health.HealthFixtures.activity;
import static org.pmokit.rules.schedule.health.HealthFixtures.day;
import static org.pmokit.rules.schedule.health.HealthFixtures.findings;
import static org.pmokit.rules.schedule.health.HealthFixtures.link;
import static org.pmokit.rules.schedule.health.HealthFixtures.progress;
import static org.pmokit.rules.schedule.health.HealthFixtures.project;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityConstraint;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.ConstraintType;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/**
 * Each DCMA check on hand-built networks on MON_FRI from Monday 2026-01-05 (offset 0), evaluated
 * before the start (the plan) unless a test says otherwise.
 */
class HealthRuleTest {

    /**
     * Network N: S (milestone), A 5 after S, B 50 after S, C 3 after A (SS +2), D 4 after A (FS -1),
     * E 2 without any link and without resource, F (milestone) after B, C and D.
     *
     * <p>Forward pass by hand: S 0-0, A 0-5, B 0-50, C 2-5, D 4-8, E 0-2, F 50-50; finish 50.
     * Backward: F LF 50; B LF 50 (TF 0); C LF 50 (TF 45); D LF 50 (TF 42); E LF 50 (TF 48); A LF =
     * min(LS_C - 2 + 5 = 50, LS_D + 1 = 47) = 47 (TF 42); S TF 0. Seven activities, none finished;
     * seven links (S->A, S->B, A->C SS+2, A->D FS-1, B->F, C->F, D->F).
     */
    private static Project networkN() {
        return project(
                activity("S", 0),
                activity("A", 5, "S"),
                activity("B", 50, "S"),
                activity("C", 3).predecessor(link("A", DependencyType.SS, 2)),
                activity("D", 4).predecessor(link("A", DependencyType.FS, -1)),
                Activity.builder("E", "Activity E").duration(2),
                activity("F", 0, "B", "C", "D"));
    }

    /** S, A 5, B 5, F: a finish-to-start chain with resources, between two milestones. */
    private static Project healthyChain() {
        return project(activity("S", 0), activity("A", 5, "S"), activity("B", 5, "A"), activity("F", 0, "B"));
    }

    private static Finding only(Project p, LocalDate statusDate, String ruleId) {
        List<Finding> found = findings(p, statusDate, ruleId);
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.subject()).isEqualTo("schedule");
        return f;
    }

    private static void assertFinding(Finding f, String measured, String threshold, String english, String chinese) {
        assertThat(f.measured().map(Text::english)).contains(measured);
        assertThat(f.threshold().map(Text::english)).contains(threshold);
        assertThat(f.message()).isEqualTo(Text.of(english, chinese));
    }

    @Test
    void healthyChain_passesEveryCheck() {
        Evaluation e = HealthFixtures.evaluate(healthyChain(), BEFORE);

        assertThat(e.findings()).isEmpty();
        // 0 of 4 activities, 0 of 3 links; CPLI (5 + 5 + 0) / 10 = 1; the test moves the finish by 10
        assertThat(e.metrics().get("schedule.dcma.logic")).isEqualTo(new MetricValue.Ratio(0));
        assertThat(e.metrics().get("schedule.dcma.relationshipTypes")).isEqualTo(new MetricValue.Ratio(1));
        assertThat(e.metrics().get("schedule.dcma.cpli")).isEqualTo(new MetricValue.Ratio(1));
        assertThat(e.metrics().get("schedule.dcma.criticalPathTest")).isEqualTo(new MetricValue.Quantity(10, "days"));
        assertThat(e.metrics().get("schedule.dcma.bei"))
                .isEqualTo(new MetricValue.Undefined(Text.of("the project has no baseline", "项目没有基线")));
    }

    @Test
    void logic_findsTheActivityWithoutLinks_butNotTheStartAndFinishMilestones() {
        // E has neither predecessor nor successor; S and F are milestones at the ends: 1 / 7 = 14.3%
        assertFinding(only(networkN(), BEFORE, "DCMA-001"), "14.3%", "<= 5%",
                "Activities missing a predecessor or a successor: 1 of 7 activities not finished (14.3%), more than"
                        + " the policy's 5%: E.",
                "缺少紧前或紧后任务的任务：7 个未完成任务中有 1 个（14.3%），超过政策上限 5%：E。");
    }

    @Test
    void logic_countsAMilestoneWithoutAnyLink() {
        Project p = project(activity("S", 0), activity("A", 5, "S"), activity("F", 0, "A"), activity("X", 0));
        Measure m = HealthFixtures.measure(p, BEFORE, HealthCheck.LOGIC);
        assertThat(m.count()).isEqualTo(1);
        assertThat(m.population()).isEqualTo(4);
        assertThat(m.items()).containsExactly("X");
    }

    @Test
    void leads_findTheNegativeLag() {
        assertFinding(only(networkN(), BEFORE, "DCMA-002"), "1 (14.3%)", "<= 0",
                "Links with a lead (negative lag): 1 of 7 links into activities not finished (14.3%), more than the"
                        + " policy's 0: A -> D (FS -1).",
                "带负时滞（提前量）的依赖关系：7 条未完成任务的依赖关系中有 1 条（14.3%），超过政策上限 0：A -> D (FS -1)。");
    }

    @Test
    void lags_findThePositiveLag() {
        assertFinding(only(networkN(), BEFORE, "DCMA-003"), "14.3%", "<= 5%",
                "Links with a lag: 1 of 7 links into activities not finished (14.3%), more than the policy's 5%:"
                        + " A -> C (SS +2).",
                "带时滞的依赖关系：7 条未完成任务的依赖关系中有 1 条（14.3%），超过政策上限 5%：A -> C (SS +2)。");
    }

    @Test
    void relationshipTypes_countTheFinishToStartLinks() {
        // 6 of 7 links are FS (the lead A -> D is FS too): 85.7% < 90%
        assertFinding(only(networkN(), BEFORE, "DCMA-004"), "85.7%", ">= 90%",
                "Finish-to-start links: 6 of 7 links into activities not finished (85.7%), fewer than the policy's 90%;"
                        + " the others: A -> C (SS +2).",
                "完成-开始关系：7 条未完成任务的依赖关系中有 6 条（85.7%），低于政策下限 90%；其余：A -> C (SS +2)。");
    }

    @Test
    void highFloat_findsTheActivitiesWithMoreThan44Days() {
        // C has 45 days of total float and E 48; D and A have 42: 2 / 7 = 28.6%
        assertFinding(only(networkN(), BEFORE, "DCMA-006"), "28.6%", "<= 5%",
                "Activities with more than 44 working days of total float: 2 of 7 activities not finished (28.6%),"
                        + " more than the policy's 5%: C, E.",
                "总浮动时间超过 44 个工作日的任务：7 个未完成任务中有 2 个（28.6%），超过政策上限 5%：C、E。");
    }

    @Test
    void highDuration_findsTheLongActivity() {
        assertFinding(only(networkN(), BEFORE, "DCMA-008"), "14.3%", "<= 5%",
                "Activities longer than 44 working days: 1 of 7 activities not finished (14.3%), more than the policy's"
                        + " 5%: B.",
                "工期超过 44 个工作日的任务：7 个未完成任务中有 1 个（14.3%），超过政策上限 5%：B。");
    }

    @Test
    void resources_reportTheActivityWithoutResourceOrBudget_forInformation() {
        Finding f = only(networkN(), BEFORE, "DCMA-010");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertFinding(f, "14.3%", "for information",
                "Activities with work but no resource or budget: 1 of 7 activities not finished (14.3%), for"
                        + " information: E.",
                "有工期但没有资源或预算的任务：7 个未完成任务中有 1 个（14.3%），仅供参考：E。");
    }

    @Test
    void resources_acceptABudgetInsteadOfAResource() {
        Project p = project(activity("S", 0), Activity.builder("A", "A").duration(5).predecessor("S")
                .budget(org.pmokit.core.money.Money.of("CNY", "100.00")), activity("F", 0, "A"));
        assertThat(findings(p, BEFORE, "DCMA-010")).isEmpty();
    }

    @Test
    void networkN_failsExactlyTheChecksItBreaks() {
        assertThat(HealthFixtures.evaluate(networkN(), BEFORE).findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("DCMA-001", "DCMA-002", "DCMA-003", "DCMA-004", "DCMA-006", "DCMA-008",
                        "DCMA-010");
    }

    /**
     * Network H: A 5, B 5 after A with MUST_FINISH_ON 2026-01-14 (offset 7, so LF &lt;= 8), F after B.
     * B finishes at 10: TF(B) = 8 - 10 = -2; A's LF = LS(B) = 3: TF(A) = -2; F TF 0.
     */
    private static Project networkH() {
        return project(activity("A", 5),
                activity("B", 5, "A").constraint(new ActivityConstraint(ConstraintType.MUST_FINISH_ON, day(7))),
                activity("F", 0, "B"));
    }

    @Test
    void hardConstraints_findTheMustFinishOn() {
        assertFinding(only(networkH(), BEFORE, "DCMA-005"), "33.3%", "<= 5%",
                "Activities with a hard constraint: 1 of 3 activities not finished (33.3%), more than the policy's 5%:"
                        + " B (MUST_FINISH_ON 2026-01-14).",
                "带硬约束的任务：3 个未完成任务中有 1 个（33.3%），超过政策上限 5%：B (MUST_FINISH_ON 2026-01-14)。");
    }

    @Test
    void hardConstraints_ignoreStartNoEarlierThan() {
        Project p = project(activity("S", 0), activity("A", 5, "S")
                .constraint(new ActivityConstraint(ConstraintType.START_NO_EARLIER_THAN, day(2))), activity("F", 0, "A"));
        assertThat(findings(p, BEFORE, "DCMA-005")).isEmpty();
    }

    @Test
    void negativeFloat_findsTheActivitiesBehindTheUnmetConstraint() {
        Finding f = only(networkH(), BEFORE, "DCMA-007");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertFinding(f, "2 (66.7%)", "<= 0",
                "Activities with negative total float: 2 of 3 activities not finished (66.7%), more than the policy's"
                        + " 0: A, B.",
                "总浮动时间为负的任务：3 个未完成任务中有 2 个（66.7%），超过政策上限 0：A、B。");
    }

    @Test
    void cpli_measuresTheFloatOfTheCriticalPath() {
        // L = 10 working days to the finish; the critical path has -2 days of float: (10 - 2) / 10 = 0.80
        assertFinding(only(networkH(), BEFORE, "DCMA-013"), "0.80", ">= 0.95",
                "The critical path length index (CPLI) is 0.80, below the policy's 0.95: 10 working days of critical"
                        + " path remain, with -2 working days of total float; critical path: A, B.",
                "关键路径长度指数（CPLI）为 0.80，低于政策下限 0.95：关键路径剩余 10 个工作日，总浮动时间为 -2 个工作日；关键路径：A、B。");
    }

    @Test
    void cpli_usesTheBaselineFinishAsTheTarget() {
        // A 10, B 10 after A: forecast finish at 20 (2026-01-30); the baseline finishes B on offset 17
        // (2026-01-28), 2 working days earlier: F = min(0, -2) = -2, CPLI = (20 - 2) / 20 = 0.90
        Project p = HealthFixtures.builder(activity("S", 0), activity("A", 10, "S"), activity("B", 10, "A"),
                        activity("F", 0, "B"))
                .baseline(new Baseline(1, HealthFixtures.START, List.of(HealthFixtures.baseline("A", 0, 8),
                        HealthFixtures.baseline("B", 9, 17), HealthFixtures.baseline("F", 17, 17))))
                .build();
        Measure m = HealthFixtures.measure(p, BEFORE, HealthCheck.CPLI);
        assertThat(m.count()).isEqualTo(18);
        assertThat(m.population()).isEqualTo(20);
        assertThat(only(p, BEFORE, "DCMA-013").measured().map(Text::english)).contains("0.90");
    }

    /**
     * Network P: A 5 with FINISH_NO_LATER_THAN 2026-01-07 (offset 2, LF &lt;= 3: TF -2) and B 20, both
     * without links. The critical paths are [A] and [B], A first (early start 0, then id). Delaying
     * A by 10 gives it EF 15, still before B's 20: the finish does not move.
     */
    @Test
    void criticalPathTest_fails_whenTheCriticalActivityDoesNotDriveTheFinish() {
        Project p = project(activity("A", 5).constraint(new ActivityConstraint(ConstraintType.FINISH_NO_LATER_THAN, day(2))),
                activity("B", 20));
        Finding f = only(p, BEFORE, "DCMA-012");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertFinding(f, "0 working days", "= 10 working days",
                "Critical path test: delaying critical activity A should move the project finish by 10 working days,"
                        + " but moves it by 0; the critical path does not drive the finish.",
                "关键路径测试：推迟关键任务 A 应使项目完工日期推迟 10 个工作日，实际推迟 0 个工作日；关键路径未能驱动项目完工。");

        assertThat(f.measured()).contains(Text.of("0 working days", "0 个工作日"));
        assertThat(f.threshold()).contains(Text.of("= 10 working days", "= 10 个工作日"));
    }

    @Test
    void criticalPathTest_passes_onNetworkN() {
        // the first critical path is S -> B -> F; S lengthened to 10 days moves the finish from 50 to 60
        Measure m = HealthFixtures.measure(networkN(), BEFORE, HealthCheck.CRITICAL_PATH_TEST);
        assertThat(m.activities()).extracting(a -> a.value()).containsExactly("S");
        assertThat(m.count()).isEqualTo(10);
        assertThat(m.population()).isEqualTo(10);
    }

    @Test
    void invalidDates_findAnActualFinishAfterTheStatusDate() {
        LocalDate status = day(4); // Friday 2026-01-09
        Project p = HealthFixtures.builder(activity("A", 5), activity("B", 5, "A"))
                .progressRecord(progress(status, "A", 50, HealthFixtures.START, LocalDate.of(2026, 1, 12)))
                .build();
        Finding f = only(p, status, "DCMA-009");
        assertFinding(f, "1 (50.0%)", "<= 0",
                "Activities with an actual date after the status date 2026-01-09: 1 of 2 activities (50.0%), more than"
                        + " the policy's 0: A.",
                "实际日期晚于状态日期 2026-01-09 的任务：2 个任务中有 1 个（50.0%），超过政策上限 0：A。");
    }

    /**
     * A 5, B 5, C 5 in a chain, baselined on offsets 0-4, 5-9 and 10-14. At the status date
     * 2026-01-16 (offset 9) A and B are due; A finished on 2026-01-12, a day late, and B is 40% done.
     */
    private static Project executed() {
        LocalDate status = day(9);
        return HealthFixtures.builder(activity("S", 0), activity("A", 5, "S"), activity("B", 5, "A"),
                        activity("C", 5, "B"), activity("F", 0, "C"))
                .baseline(new Baseline(1, HealthFixtures.START, List.of(HealthFixtures.baseline("A", 0, 4),
                        HealthFixtures.baseline("B", 5, 9), HealthFixtures.baseline("C", 10, 14))))
                .progressRecord(progress(status, "A", 100, HealthFixtures.START, LocalDate.of(2026, 1, 12)))
                .progressRecord(progress(status, "B", 40, LocalDate.of(2026, 1, 13), null))
                .build();
    }

    @Test
    void missedTasks_countLateAndUnfinishedActivities() {
        assertFinding(only(executed(), day(9), "DCMA-011"), "100.0%", "<= 5%",
                "Missed activities (finished late or not at all): 2 of 2 activities due by the status date in the"
                        + " baseline (100.0%), more than the policy's 5%: A, B.",
                "未按期完成的任务（延期完成或尚未完成）：2 个按基线应在状态日期前完成的任务中有 2 个（100.0%），超过政策上限 5%：A、B。");
    }

    @Test
    void bei_dividesTheFinishedByTheDue() {
        // due by 2026-01-16: A and B; finished: A alone, so BEI = 1 / 2
        assertFinding(only(executed(), day(9), "DCMA-014"), "0.50", ">= 0.95",
                "The baseline execution index (BEI) is 0.50, below the policy's 0.95: 1 activity finished against 2"
                        + " that the baseline finishes by the status date 2026-01-16; due and not finished: B.",
                "基线执行指数（BEI）为 0.50，低于政策下限 0.95：已完成 1 个任务，而按基线应在状态日期 2026-01-16 前完成 2 个；应完成而未完成：B。");
    }

    @Test
    void missedTasksAndBei_pass_whenEverythingDueFinishedOnTime() {
        LocalDate status = day(4);
        Project p = HealthFixtures.builder(activity("S", 0), activity("A", 5, "S"), activity("F", 0, "A"))
                .baseline(new Baseline(1, HealthFixtures.START, List.of(HealthFixtures.baseline("A", 0, 4))))
                .progressRecord(progress(status, "A", 100, HealthFixtures.START, status))
                .build();
        assertThat(findings(p, status, "DCMA-011")).isEmpty();
        assertThat(findings(p, status, "DCMA-014")).isEmpty();
        assertThat(HealthFixtures.measure(p, status, HealthCheck.BEI).count()).isEqualTo(1);
    }

    @Test
    void cycle_isOneFindingOfTheCriticalPathTest_andUndefinedMetrics_neverAnException() {
        Project p = project(activity("A", 5, "B"), activity("B", 5, "A"));
        Evaluation e = HealthFixtures.evaluate(p, BEFORE);

        Finding f = only(p, BEFORE, "DCMA-012");
        assertFinding(f, "no schedule", "a schedule",
                "The schedule cannot be computed, so the critical path cannot be tested: dependency cycle: A -> B -> A.",
                "无法计算进度计划，因此无法进行关键路径测试：dependency cycle: A -> B -> A。");
        assertThat(e.findings()).extracting(Finding::ruleId).doesNotContain("DCMA-006", "DCMA-007", "DCMA-013",
                "DCMA-014", "MILE-009");
        assertThat(e.metrics().get("schedule.dcma.highFloat")).isEqualTo(new MetricValue.Undefined(Text.of(
                "the schedule cannot be computed: dependency cycle: A -> B -> A",
                "无法计算进度计划：dependency cycle: A -> B -> A")));
        // the checks that read only the network still measure it: 0 of 2 links are leads
        assertThat(e.metrics().get("schedule.dcma.leads")).isEqualTo(new MetricValue.Quantity(0, "links"));
    }
}
