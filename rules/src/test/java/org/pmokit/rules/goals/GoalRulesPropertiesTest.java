package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.GoalId;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiReading;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.MilestoneId;
import org.pmokit.core.project.MilestoneKind;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.RequirementId;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.RuleSet;

/**
 * Invariants of the goals pack on generated projects with goals and milestones of every degree of
 * completeness: the findings and metrics do not depend on the order of goals, milestones or KPI
 * readings, and evaluating twice gives equal results.
 */
class GoalRulesPropertiesTest {

    private static final RuleSet GOALS = RuleSet.of(GoalRules.pack());
    private static final LocalDate DAY0 = Fixtures.START;

    @Property
    void findingsAndMetrics_doNotDependOnTheOrderOfGoalsMilestonesOrReadings(
            @ForAll("projects") Project project, @ForAll long seed) {
        Random random = new Random(seed);
        List<Goal> goals = new ArrayList<>();
        for (Goal g : project.goals()) {
            goals.add(g.kpi().map(k -> withShuffledReadings(g, k, random)).orElse(g));
        }
        Collections.shuffle(goals, random);
        List<Milestone> milestones = new ArrayList<>(project.milestones());
        Collections.shuffle(milestones, random);
        Project shuffled = project.toBuilder().goals(goals).milestones(milestones).build();
        EvaluationContext context = EvaluationContext.of(project);

        Evaluation original = GOALS.evaluate(project, context);
        Evaluation reordered = GOALS.evaluate(shuffled, context);

        assertThat(reordered.findings()).isEqualTo(original.findings());
        assertThat(reordered.metrics()).isEqualTo(original.metrics());
        assertThat(reordered.areas()).isEqualTo(original.areas());
    }

    @Property(tries = 200)
    void evaluatingTwice_givesEqualResults(@ForAll("projects") Project project) {
        EvaluationContext context = EvaluationContext.of(project);

        assertThat(GOALS.evaluate(project, context)).isEqualTo(GOALS.evaluate(project, context));
    }

    private static Goal withShuffledReadings(Goal g, Kpi k, Random random) {
        List<KpiReading> readings = new ArrayList<>(k.readings());
        Collections.shuffle(readings, random);
        return g.withKpi(new Kpi(k.name(), k.dimension(), k.unit(), k.baseline(), k.target(), k.direction(), readings));
    }

    @Provide
    Arbitrary<Project> projects() {
        Arbitrary<List<Goal>> goals = Arbitraries.integers().between(0, 6).flatMap(n -> Combinators
                .combine(IntStream.rangeClosed(1, n).mapToObj(i -> goal("G" + i)).toList()).as(List::copyOf));
        Arbitrary<List<Milestone>> milestones = Arbitraries.integers().between(0, 6).flatMap(n -> Combinators
                .combine(IntStream.rangeClosed(1, n).mapToObj(i -> milestone("M" + i)).toList()).as(List::copyOf));
        Arbitrary<LocalDate> status = Arbitraries.integers().between(0, 200).map(DAY0::plusDays);
        Arbitrary<Boolean> hasBaseline = Arbitraries.of(true, false);
        return Combinators.combine(goals, milestones, status, hasBaseline).as((g, m, s, b) -> {
            Project.Builder builder = b ? Fixtures.project() : Fixtures.projectWithoutBaseline();
            return builder.statusDate(s).goals(g).milestones(m).build();
        });
    }

    private static Arbitrary<Goal> goal(String id) {
        Arbitrary<String> statement = Arbitraries.of("提升客户服务体验", "Cut CRM annual operating cost by 27%",
                "满意度提升20%", "Be better", "客户满意度提升至90%");
        Arbitrary<Optional<Kpi>> kpi = kpi().optional(0.7);
        Arbitrary<Optional<LocalDate>> deadline = Arbitraries.integers().between(-10, 800).map(DAY0::plusDays)
                .optional(0.8);
        Arbitrary<Optional<String>> owner = Arbitraries.of("PMO", "CIO office").optional(0.8);
        Arbitrary<Optional<String>> objective = Arbitraries.of("Cost target").optional(0.5);
        Arbitrary<List<RequirementId>> requirements = Arbitraries.of(List.<RequirementId>of(),
                List.of(RequirementId.of("R1")));
        return Combinators.combine(statement, kpi, deadline, owner, objective, requirements)
                .as((st, k, d, o, ob, r) -> new Goal(GoalId.of(id), st, k, d, o, ob, r));
    }

    private static Arbitrary<Kpi> kpi() {
        Arbitrary<BigDecimal> value = Arbitraries.integers().between(-5, 200).map(BigDecimal::valueOf);
        Arbitrary<KpiReading> reading = Combinators.combine(Arbitraries.integers().between(0, 250).map(DAY0::plusDays),
                Arbitraries.integers().between(0, 2000).map(v -> BigDecimal.valueOf(v, 1)))
                .as(KpiReading::new);
        return Combinators.combine(Arbitraries.of("%", "CNY").optional(0.8), value.optional(0.8), value.optional(0.8),
                Arbitraries.of(Direction.class).optional(0.8), reading.list().ofMaxSize(6))
                .as((u, b, t, d, r) -> new Kpi("Indicator", Optional.empty(), u, b, t, d, r));
    }

    private static Arbitrary<Milestone> milestone(String id) {
        Arbitrary<Optional<MilestoneKind>> kind = Arbitraries.of(MilestoneKind.class).optional(0.8);
        Arbitrary<Optional<ActivityId>> activity = Arbitraries.of(ActivityId.of("A1"), ActivityId.of("A2")).optional(0.8);
        Arbitrary<Optional<LocalDate>> due = Arbitraries.integers().between(0, 30).map(DAY0::plusDays).optional(0.8);
        Arbitrary<Optional<String>> text = Arbitraries.of("Release 1.0").optional(0.8);
        Arbitrary<Optional<LocalDate>> actual = Arbitraries.integers().between(0, 40).map(DAY0::plusDays).optional(0.5);
        return Combinators.combine(kind, activity, due, text, text, text, actual)
                .as((k, a, d, del, acc, o, act) -> new Milestone(MilestoneId.of(id), "Milestone " + id, k, a, d, del,
                        acc, o, act));
    }
}
