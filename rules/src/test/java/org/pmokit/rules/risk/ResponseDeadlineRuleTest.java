package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.risk.RiskFixtures.evaluate;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.project;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;
import org.pmokit.rules.risk.RiskFixtures.RiskBuilder;

/** RISK-004; the status date is 2026-04-30. */
class ResponseDeadlineRuleTest {

    private static final ResponseDeadlineRule RULE = new ResponseDeadlineRule();

    /** p 0.9 -> level 5, impact level 4: score 20, critical (6 h). */
    private static RiskBuilder critical(String id) {
        return threat(id).probability("0.9").level(4);
    }

    /** p 0.6 -> level 4, impact level 3: score 12, high (24 h). */
    private static RiskBuilder high(String id) {
        return threat(id).probability("0.6").level(3);
    }

    /** p 0.5 -> level 3, impact level 3: score 9, medium (72 h). */
    private static RiskBuilder medium(String id) {
        return threat(id).probability("0.5").level(3);
    }

    @Test
    void fires_whenTheResponseStartedAfterTheDeadline() {
        List<Finding> found = evaluate(RULE, project(critical("T1")
                .identifiedAt("2026-04-29T08:00+08:00").responseStarted("2026-04-29T15:30+08:00").build()));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("RISK-004");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.area()).isEqualTo(Area.RISK);
            assertThat(f.subject()).isEqualTo("risks[T1]");
            assertThat(f.message()).isEqualTo(Text.of(
                    "Threat T1 (Risk T1) is a critical risk; its response started 7 h 30 min after identification, "
                            + "later than the deadline of 6 h.",
                    "威胁 T1（Risk T1）为极高风险，识别后 7 小时 30 分钟才开始应对，超过 6 小时的应对时限。"));
            assertThat(f.remedy()).isEqualTo(Text.of(
                    "Find out why the response started late, and start responses within the deadline.",
                    "查明应对迟缓的原因，今后在时限内开始应对。"));
            assertThat(f.measured()).contains(Text.of("7 h 30 min", "7 小时 30 分钟"));
            assertThat(f.threshold()).contains(Text.of("6 h", "6 小时"));
        });
    }

    @Test
    void doesNotFire_whenTheResponseStartedAtTheDeadline() {
        assertThat(evaluate(RULE, project(critical("T1")
                .identifiedAt("2026-04-29T08:00+08:00").responseStarted("2026-04-29T14:00+08:00").build()))).isEmpty();
    }

    @Test
    void fires_whenTheResponseHasNotStarted_andWasDueOnTheStatusDate() {
        List<Finding> found = evaluate(RULE, project(critical("T1").identifiedAt("2026-04-30T08:00+08:00").build()));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(Text.of(
                    "Threat T1 (Risk T1) is a critical risk identified at 2026-04-30T08:00+08:00; its response was due "
                            + "by 2026-04-30T14:00+08:00 (6 h) but has not started.",
                    "威胁 T1（Risk T1）为极高风险，于 2026-04-30T08:00+08:00 识别，应于 2026-04-30T14:00+08:00 前（6 小时内）开始应对，但尚未开始。"));
            assertThat(f.remedy()).isEqualTo(Text.of("Start the response now and record when it started.",
                    "立即开始应对并记录开始时间。"));
            assertThat(f.measured()).contains(Text.of("not started by 2026-04-30", "截至 2026-04-30 未开始"));
            assertThat(f.threshold()).contains(Text.of("6 h, due 2026-04-30T14:00+08:00", "6 小时，应于 2026-04-30T14:00+08:00 前"));
        });
    }

    @Test
    void anUnstartedResponse_isOverdue_onlyIfDueBeforeTheEndOfTheStatusDate() {
        // due 23:59:59.998 is before 23:59:59.999; due 23:59:59.999 is not
        assertThat(evaluate(RULE, project(critical("T1").identifiedAt("2026-04-30T17:59:59.998+08:00").build())))
                .hasSize(1);
        assertThat(evaluate(RULE, project(critical("T1").identifiedAt("2026-04-30T17:59:59.999+08:00").build())))
                .isEmpty();
    }

    @Test
    void theEndOfTheStatusDate_isInTheOffsetOfTheIdentification() {
        // due 2026-04-30T23:00Z: before 23:59:59.999Z, although after the end of 2026-04-30 in +08:00
        assertThat(evaluate(RULE, project(critical("T1").identifiedAt("2026-04-30T17:00Z").build()))).hasSize(1);
        // due 2026-05-01T00:30Z: after the end of the status date in UTC
        assertThat(evaluate(RULE, project(critical("T1").identifiedAt("2026-04-30T18:30Z").build()))).isEmpty();
    }

    @Test
    void fires_onHighAndMediumRisks_withTheirOwnDeadlines() {
        List<Finding> found = evaluate(RULE, project(
                high("T1").identifiedAt("2026-04-29T09:00+08:00").build(), // due 04-30 09:00
                medium("T2").identifiedAt("2026-04-27T10:00+08:00").build(), // due 04-30 10:00
                opportunity("O1").probability("0.6").level(3).identifiedAt("2026-04-29T09:00+08:00").build(),
                medium("T3").identifiedAt("2026-04-28T10:00+08:00").build())); // due 05-01: not yet

        assertThat(found).extracting(Finding::subject).containsExactly("risks[O1]", "risks[T1]", "risks[T2]");
        assertThat(found).extracting(f -> f.threshold().orElseThrow().english()).containsExactly(
                "24 h, due 2026-04-30T09:00+08:00", "24 h, due 2026-04-30T09:00+08:00", "72 h, due 2026-04-30T10:00+08:00");
        assertThat(found.get(0).message().english()).startsWith("Opportunity O1 (Risk O1) is a high risk identified at");
        assertThat(found.get(2).message().chinese()).startsWith("威胁 T2（Risk T2）为中风险，于 2026-04-27T10:00+08:00 识别");
    }

    @Test
    void doesNotFire_onLowRisks_closedRisks_orRisksWithoutAnIdentificationInstant() {
        assertThat(evaluate(RULE, project(
                threat("T1").probability("0.2").level(2).identifiedAt("2026-01-01T00:00+08:00").build(), // 4, low
                critical("T2").identifiedAt("2026-01-01T00:00+08:00").status(RiskStatus.CLOSED).build(),
                critical("T3").responseStarted("2026-04-30T00:00+08:00").build()))).isEmpty();
    }

    @Test
    void followsTheDeadlinesOfThePolicy() {
        var risk = critical("T1").identifiedAt("2026-04-29T08:00+08:00").responseStarted("2026-04-29T15:30+08:00").build();
        Policy relaxed = Policy.defaults().with(PolicyKeys.RESPONSE_CRITICAL_HOURS, 8);

        assertThat(evaluate(RULE, project(risk), relaxed)).isEmpty();
    }
}
