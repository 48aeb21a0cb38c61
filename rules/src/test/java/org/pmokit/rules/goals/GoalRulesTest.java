package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pmokit.rules.goals.Fixtures.milestone;
import static org.pmokit.rules.goals.Fixtures.project;
import static org.pmokit.rules.goals.Fixtures.smart;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.RagStatus;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleCatalog;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.RulePack;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

class GoalRulesTest {

    @Test
    void pack_isNamedGoals_andHoldsTheRulesInCatalogueOrder() {
        RulePack pack = GoalRules.pack();

        assertThat(pack.name()).isEqualTo("goals");
        assertThat(RuleCatalog.ids(RuleSet.of(pack))).containsExactly("SMART-001", "SMART-002", "SMART-003",
                "SMART-004", "SMART-005", "SMART-006", "MILE-001", "MILE-002", "MILE-003", "MILE-004", "MILE-005",
                "MILE-006", "MILE-007", "MILE-008", "KPI-001", "KPI-002");
        assertThat(pack.rules()).allSatisfy(r -> {
            assertThat(r.info().area()).isEqualTo(Area.GOALS);
            assertThat(r.info().pack()).isEqualTo(GoalRules.PACK);
        });
        assertThat(pack.metrics()).hasSize(1);
        assertThat(GoalRules.pack()).isSameAs(pack);
    }

    @Test
    void smartTitles_nameTheirLetter() {
        assertThat(GoalRules.rules().subList(0, 5)).extracting(r -> r.info().title().english())
                .allSatisfy(t -> assertThat(t).containsPattern("\\((S|M|A|R|T)\\)"));
        assertThat(GoalRules.rules().subList(0, 5)).extracting(r -> r.info().title().chinese())
                .containsExactly(
                        "目标是具体的（S）：有关键绩效指标，或目标陈述含有数量且不少于四个词（八个汉字）",
                        "目标是可衡量的（M）：有关键绩效指标，含单位、基线值、目标值，且方向与之相符",
                        "目标是可达成的（A）：关键绩效指标从基线值到目标值的变化不超过 goal.achievable.maxChange",
                        "目标是相关的（R）：关联了业务目标或需求",
                        "目标是有时限的（T）：期限晚于项目开始日期，且不超过计划完工日期后 goal.deadline.horizonDays 天");
    }

    /** The place the schedule pack's MILE-009 goes. */
    private static final class BufferRule implements Rule {
        private final String pack;

        BufferRule(String pack) {
            this.pack = pack;
        }

        @Override
        public RuleInfo info() {
            return new RuleInfo("MILE-009", pack, Area.GOALS, Subject.MILESTONE,
                    Text.of("Buffer before phase milestones on the critical path", "关键路径上阶段里程碑前的缓冲时间"),
                    Severity.WARNING);
        }

        @Override
        public List<Finding> evaluate(RuleInput input) {
            return List.of();
        }
    }

    @Test
    void pack_acceptsContributedRules_afterItsOwn() {
        RulePack pack = GoalRules.pack(List.of(new BufferRule(GoalRules.PACK)));

        assertThat(pack.rules()).hasSize(17);
        assertThat(pack.rules().get(16).info().id()).isEqualTo("MILE-009");
        assertThatIllegalArgumentException().isThrownBy(() -> GoalRules.pack(List.of(new BufferRule("schedule"))))
                .withMessage("rule MILE-009 belongs to pack schedule, not goals");
    }

    @Test
    void aSmartProjectWithDefinedMilestones_hasNoFindings_andGreenGoals() {
        Project p = project().goal(smart("G1")).goal(smart("G2").withRequirements("R1")).milestone(milestone("M1"))
                .build();

        Evaluation e = RuleSet.of(GoalRules.pack()).evaluate(p, EvaluationContext.of(p));

        assertThat(e.findings()).isEmpty();
        assertThat(e.areas().get(Area.GOALS).status()).isEqualTo(RagStatus.GREEN);
        assertThat(e.metrics()).containsOnlyKeys("goals.G1.kpi.progress", "goals.G1.kpi.forecast",
                "goals.G2.kpi.progress", "goals.G2.kpi.forecast");
    }

    @Test
    void aVagueGoal_failsEveryLetterItCan_andTurnsGoalsRed() {
        Project p = project().goal(Goal.of("G4", "提升客户服务体验")).build();

        Evaluation e = RuleSet.of(GoalRules.pack()).evaluate(p, EvaluationContext.of(p));

        assertThat(e.findings()).extracting(Finding::ruleId)
                .containsExactly("SMART-002", "SMART-005", "SMART-001", "SMART-004", "SMART-006");
        assertThat(e.findings()).extracting(f -> f.message().english())
                .allSatisfy(m -> assertThat(m).startsWith("goal G4 "));
        assertThat(e.areas().get(Area.GOALS).status()).isEqualTo(RagStatus.RED);
    }
}
