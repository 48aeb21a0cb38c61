package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.risk.RiskFixtures.evaluate;
import static org.pmokit.rules.risk.RiskFixtures.project;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** RISK-003; the status date is 2026-04-30. */
class OverdueReviewRuleTest {

    private static final OverdueReviewRule RULE = new OverdueReviewRule();

    @Test
    void fires_whenTheLastReviewIsMoreThanTheIntervalBeforeTheStatusDate() {
        List<Finding> found = evaluate(RULE, project(threat("RK2").title("Vendor team delivers late")
                .identified(LocalDate.of(2026, 2, 2)).reviewed(LocalDate.of(2026, 3, 1)).build()));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("RISK-003");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.area()).isEqualTo(Area.RISK);
            assertThat(f.subject()).isEqualTo("risks[RK2]");
            assertThat(f.message()).isEqualTo(Text.of(
                    "Threat RK2 (Vendor team delivers late) was last reviewed on 2026-03-01, 60 days before the status "
                            + "date 2026-04-30; the review interval is 30 days.",
                    "威胁 RK2（Vendor team delivers late）最近一次复核为 2026-03-01，距状态日期 2026-04-30 已 60 天，超过复核周期 30 天。"));
            assertThat(f.remedy()).isEqualTo(Text.of("Review the risk: probability, impact, owner and response.",
                    "复核该风险的发生概率、影响程度、责任人和应对措施。"));
            assertThat(f.measured()).contains(Text.of("60 days", "60 天"));
            assertThat(f.threshold()).contains(Text.of("30 days", "30 天"));
        });
    }

    @Test
    void fires_fromTheIdentificationDate_whenNeverReviewed() {
        List<Finding> found = evaluate(RULE, project(threat("RK4").title("Key data scientists leave")
                .identified(LocalDate.of(2026, 3, 2)).build()));

        assertThat(found).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(Text.of(
                "Threat RK4 (Key data scientists leave) has not been reviewed since it was identified on 2026-03-02, "
                        + "59 days before the status date 2026-04-30; the review interval is 30 days.",
                "威胁 RK4（Key data scientists leave）自 2026-03-02 识别以来未复核，距状态日期 2026-04-30 已 59 天，超过复核周期 30 天。")));
    }

    @Test
    void fires_atOneDayOverTheInterval_butNotAtTheInterval() {
        assertThat(evaluate(RULE, project(threat("T1").reviewed(LocalDate.of(2026, 3, 31)).build()))).isEmpty();
        assertThat(evaluate(RULE, project(threat("T1").reviewed(LocalDate.of(2026, 3, 30)).build())))
                .singleElement().satisfies(f -> assertThat(f.measured().map(Text::english)).contains("31 days"));
    }

    @Test
    void doesNotFire_onAClosedRisk_aRecentReview_orARiskWithoutDates() {
        assertThat(evaluate(RULE, project(
                threat("T1").identified(LocalDate.of(2025, 1, 1)).status(RiskStatus.CLOSED).build(),
                threat("T2").identified(LocalDate.of(2025, 1, 1)).reviewed(LocalDate.of(2026, 4, 29)).build(),
                threat("T3").identified(null).build()))).isEmpty();
    }

    @Test
    void followsTheReviewIntervalOfThePolicy() {
        var risk = threat("T1").reviewed(LocalDate.of(2026, 4, 10)).build(); // 20 days
        Policy fortnightly = Policy.defaults().with(PolicyKeys.RISK_REVIEW_DAYS, 14);

        assertThat(evaluate(RULE, project(risk))).isEmpty();
        assertThat(evaluate(RULE, project(risk), fortnightly)).singleElement()
                .satisfies(f -> assertThat(f.threshold().map(Text::english)).contains("14 days"));
    }
}
