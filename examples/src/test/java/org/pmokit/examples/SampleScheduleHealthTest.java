package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.Text;
import org.pmokit.rules.schedule.health.ScheduleRules;

/**
 * The DCMA 14-point pack on the samples at their status dates.
 *
 * <p><b>Loan approval automation</b> (status 2026-07-31, data date 106, forecast finish 2026-12-22,
 * 19 working days after the baseline) has a deliberately weak schedule: A15 and A26 have no
 * successor, A20 has a MUST_FINISH_ON constraint, A12 lasts 46 working days, A19 follows A17 with a
 * lead of 5 days, and many links are SS or FF with lags. Sixteen activities are not finished (A12 to
 * A15, A17 to A28), with 23 links into them. By hand: logic 2/16 = 12.5% (A15, A26; A28 is the finish
 * milestone); leads 1 (A17 -&gt; A19); lags 7/23 = 30.4%; finish-to-start 16/23 = 69.6%; hard
 * constraints 1/16 = 6.2%; high float 1/16 (A15, 79 days, because nothing follows it); negative
 * float 6 (A12, A14, A17-A20, held by A20's constraint: -19 and -12 days); high duration 1/16
 * (A12). It is also late: 14 of the 15 activities due by the status date finished late or not at
 * all; BEI 12/15 = 0.80; CPLI (98 - 19) / 98 = 0.81. No actual date lies after the status date,
 * every activity with work has resources, and delaying A12 moves the finish by the whole delay
 * (7 working days: the CN calendar covers 2026 only, 7 days after the finish).
 *
 * <p><b>Core banking process optimisation</b> is structurally healthy and passes every check of the
 * network (DCMA 1-10, the critical path test) and BEI 17/17 = 1; but its execution is late: 16 of the
 * 17 activities due by 2026-10-30 finished 1 to 6 working days after their baseline finish (missed
 * tasks 94.1%), and the forecast finish 2026-12-11 is 6 working days after the baseline, so CPLI =
 * (30 - 6) / 30 = 0.80.
 */
class SampleScheduleHealthTest {

    private static final RuleSet PACK = RuleSet.of(ScheduleRules.pack());

    private static Map<String, Finding> findings(String sample) {
        Project p = Samples.read(sample).project().orElseThrow();
        List<Finding> found = PACK.evaluate(p, EvaluationContext.of(p)).findings();
        return found.stream().collect(Collectors.toMap(Finding::ruleId, Function.identity()));
    }

    @Test
    void loanApproval_weaknessesAreFoundByExactlyTheRightChecks() {
        Map<String, Finding> f = findings("loan-approval-automation.json");

        assertThat(f.keySet()).containsExactlyInAnyOrder("DCMA-001", "DCMA-002", "DCMA-003", "DCMA-004", "DCMA-005",
                "DCMA-006", "DCMA-007", "DCMA-008", "DCMA-011", "DCMA-013", "DCMA-014");
        assertThat(f.get("DCMA-001").message()).isEqualTo(Text.of(
                "Activities missing a predecessor or a successor: 2 of 16 activities not finished (12.5%), more than the"
                        + " policy's 5%: A15, A26.",
                "缺少紧前或紧后任务的任务：16 个未完成任务中有 2 个（12.5%），超过政策上限 5%：A15、A26。"));
        assertThat(f.get("DCMA-005").message()).isEqualTo(Text.of(
                "Activities with a hard constraint: 1 of 16 activities not finished (6.2%), more than the policy's 5%:"
                        + " A20 (MUST_FINISH_ON 2026-09-09).",
                "带硬约束的任务：16 个未完成任务中有 1 个（6.2%），超过政策上限 5%：A20 (MUST_FINISH_ON 2026-09-09)。"));
        assertThat(f.get("DCMA-008").message()).isEqualTo(Text.of(
                "Activities longer than 44 working days: 1 of 16 activities not finished (6.2%), more than the policy's"
                        + " 5%: A12.",
                "工期超过 44 个工作日的任务：16 个未完成任务中有 1 个（6.2%），超过政策上限 5%：A12。"));
        assertThat(f.get("DCMA-002").message().english()).endsWith(": A17 -> A19 (FS -5).");
        assertThat(f.get("DCMA-003").measured().map(Text::english)).contains("30.4%");
        assertThat(f.get("DCMA-004").measured().map(Text::english)).contains("69.6%");
        assertThat(f.get("DCMA-006").message().english()).endsWith(": A15.");
        assertThat(f.get("DCMA-007").message().english()).endsWith(": A12, A14, A17, A18, A19, A20.");
        assertThat(f.get("DCMA-011").measured().map(Text::english)).contains("93.3%");
        assertThat(f.get("DCMA-013").measured().map(Text::english)).contains("0.81");
        assertThat(f.get("DCMA-014").measured().map(Text::english)).contains("0.80");
    }

    @Test
    void coreBanking_passesEveryCheckOfTheNetwork_andIsFlaggedOnlyForItsLateExecution() {
        Map<String, Finding> f = findings("core-banking-process-optimisation.json");

        assertThat(f.keySet()).containsExactlyInAnyOrder("DCMA-011", "DCMA-013");
        assertThat(f.get("DCMA-011").measured().map(Text::english)).contains("94.1%");
        assertThat(f.get("DCMA-013").message()).isEqualTo(Text.of(
                "The critical path length index (CPLI) is 0.80, below the policy's 0.95: 30 working days of critical"
                        + " path remain, with -6 working days of total float; critical path: B18, B19, B20, B21.",
                "关键路径长度指数（CPLI）为 0.80，低于政策下限 0.95：关键路径剩余 30 个工作日，总浮动时间为 -6 个工作日；关键路径：B18、B19、B20、B21。"));
    }

    @Test
    void crmUpgrade_hasLagsAndSlipsButASoundNetwork() {
        // A6 -> A7 (SS +10) and A11 -> A13 (SS +5) among 11 links; A3 and A5 finished late; 9 days late
        Map<String, Finding> f = findings("crm-upgrade-2026.json");

        assertThat(f.keySet()).containsExactlyInAnyOrder("DCMA-003", "DCMA-004", "DCMA-011", "DCMA-013");
        assertThat(f.get("DCMA-013").measured().map(Text::english)).contains("0.91");
    }
}
