package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RagStatus;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.Severity;
import org.pmokit.rules.goals.GoalRules;

/** The goals pack on the CRM upgrade at its status date 2026-04-30 (seed 002). */
class CrmUpgrade2026GoalRulesTest {

    private static final Project CRM = CrmUpgrade2026.project();
    private static final Evaluation EVALUATION = RuleSet.of(GoalRules.pack()).evaluate(CRM, EvaluationContext.of(CRM));

    private static List<Finding> of(String ruleId) {
        return EVALUATION.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void vagueGoalG4_isNeitherSpecificNorMeasurable() {
        assertThat(of("SMART-001")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("goals[G4]");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message().english()).isEqualTo(
                    "goal G4 is not specific (S): its statement \"提升客户服务体验\" gives no quantity and the goal has no KPI");
            assertThat(f.message().chinese()).isEqualTo("目标 G4 不够具体（S）：目标陈述“提升客户服务体验”没有给出数量，也没有关键绩效指标");
        });
        assertThat(of("SMART-002")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("goals[G4]");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message().english()).isEqualTo("goal G4 is not measurable (M): it has no KPI");
            assertThat(f.message().chinese()).isEqualTo("目标 G4 不可衡量（M）：没有关键绩效指标");
        });
    }

    @Test
    void goalsG1ToG3_areSpecificAndMeasurable_andAchievable() {
        assertThat(EVALUATION.findings()).filteredOn(f -> List.of("SMART-001", "SMART-002", "SMART-003").contains(f.ruleId()))
                .extracting(Finding::subject).containsOnly("goals[G4]");
    }

    @Test
    void g4_hasNoDeadline_andG3AndG4_areLinkedToNothing() {
        assertThat(of("SMART-005")).extracting(Finding::subject).containsExactly("goals[G4]");
        assertThat(of("SMART-004")).extracting(Finding::subject).containsExactly("goals[G3]", "goals[G4]");
        assertThat(of("SMART-006")).isEmpty();
    }

    @Test
    void milestoneM4_lacksAcceptanceCriteria() {
        assertThat(of("MILE-004")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("milestones[M4]");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message().english()).isEqualTo("milestone M4 has no acceptance criteria");
            assertThat(f.message().chinese()).isEqualTo("里程碑 M4 没有验收标准");
        });
    }

    @Test
    void milestoneM2_wasReachedThreeWorkingDaysLate_andEveryDueDateIsItsActivitysBaselineFinish() {
        assertThat(of("MILE-007")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("milestones[M2]");
            assertThat(f.message().english())
                    .isEqualTo("milestone M2 was reached on 2026-03-10, 3 working days after its due date 2026-03-05");
            assertThat(f.message().chinese()).isEqualTo("里程碑 M2 于 2026-03-10 达成，比计划日期 2026-03-05 晚 3 个工作日");
        });
        assertThat(of("MILE-006")).isEmpty();
        assertThat(of("MILE-008")).isEmpty();
    }

    @Test
    void findings_areExactlyThese_andTurnGoalsRed() {
        assertThat(EVALUATION.findings()).extracting(f -> f.ruleId() + " " + f.subject()).containsExactly(
                "SMART-002 goals[G4]",
                "SMART-005 goals[G4]",
                "MILE-004 milestones[M4]",
                "MILE-007 milestones[M2]",
                "SMART-001 goals[G4]",
                "SMART-004 goals[G3]",
                "SMART-004 goals[G4]");
        assertThat(EVALUATION.areas().get(Area.GOALS).status()).isEqualTo(RagStatus.RED);
    }

    @Test
    void kpiProgress_isUndefined_forTheExampleHasNoReadings() {
        assertThat(EVALUATION.metrics()).containsOnlyKeys("goals.G1.kpi.progress", "goals.G1.kpi.forecast",
                "goals.G2.kpi.progress", "goals.G2.kpi.forecast", "goals.G3.kpi.progress", "goals.G3.kpi.forecast");
        assertThat(EVALUATION.metrics().values()).allSatisfy(v -> assertThat(v).isInstanceOf(MetricValue.Undefined.class));
        assertThat(of("KPI-001")).isEmpty();
        assertThat(of("KPI-002")).isEmpty();
    }
}
