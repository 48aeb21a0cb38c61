package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.core.project.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmokit.core.money.Money;
import org.pmokit.core.validation.Violation;
import org.pmokit.core.validation.ViolationCode;

class ActivityTest {

    private static Activity withDuration(int duration) {
        return new Activity(ActivityId.of("A12"), "Build", Optional.empty(), Optional.empty(), duration,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    @Test
    void constructor_refusesNegativeDuration_withCodePathAndMessage() {
        Violation v = assertRefused(() -> withDuration(-3), ViolationCode.ACTIVITY_DURATION_NEGATIVE, "duration",
                "activity A12: duration must not be negative: -3");
        assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("任务 A12：工期不能为负数：-3");
    }

    @Test
    void builder_refusesNegativeDuration_withTheSameMessage() {
        assertRefused(() -> Activity.builder("A12", "Build").duration(-1).build(),
                ViolationCode.ACTIVITY_DURATION_NEGATIVE, "duration", "activity A12: duration must not be negative: -1");
    }

    @Test
    void constructor_refusesNegativeBudget_withCodePathAndMessage() {
        assertRefused(() -> Activity.builder("A12", "Build").budget(Money.of("CNY", "-0.01")).build(),
                ViolationCode.VALUE_NEGATIVE, "budget", "activity A12: budget must not be negative: CNY -0.01");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100_000, 100_001})
    void constructor_acceptsADurationThatIsNotNegative(int duration) {
        // Values above the limit are reported by the validator, not refused here.
        assertThat(withDuration(duration).duration()).isEqualTo(duration);
    }

    @Test
    void isMilestone_isTrue_onlyForDurationZero() {
        assertThat(withDuration(0).isMilestone()).isTrue();
        assertThat(withDuration(1).isMilestone()).isFalse();
    }

    @Test
    void builder_leavesOptionalPartsEmpty_whenNotSet() {
        Activity a = Activity.builder("A1", "Assess").build();

        assertThat(a.id()).isEqualTo(ActivityId.of("A1"));
        assertThat(a.name()).isEqualTo("Assess");
        assertThat(a.duration()).isZero();
        assertThat(a.wbs()).isEmpty();
        assertThat(a.phase()).isEmpty();
        assertThat(a.budget()).isEmpty();
        assertThat(a.earningRule()).isEmpty();
        assertThat(a.curve()).isEmpty();
        assertThat(a.constraint()).isEmpty();
        assertThat(a.predecessors()).isEmpty();
        assertThat(a.resources()).isEmpty();
    }

    @Test
    void builder_setsEveryPart() {
        ActivityConstraint constraint = new ActivityConstraint(ConstraintType.FINISH_NO_LATER_THAN,
                LocalDate.of(2026, 6, 30));
        Activity a = Activity.builder("A7", "Model").name("Churn model").wbs("3.2").phase(Phase.BUILD).duration(30)
                .budget(Money.of("CNY", "900000.00")).earningRule(EarningRule.FIFTY_FIFTY).curve(SpreadCurve.FRONT_LOADED)
                .constraint(constraint)
                .predecessor("A5")
                .predecessor(Dependency.of("A6", DependencyType.SS, 10))
                .resource(Assignment.of("DS", 4))
                .build();

        assertThat(a.name()).isEqualTo("Churn model");
        assertThat(a.wbs()).contains("3.2");
        assertThat(a.phase()).contains(Phase.BUILD);
        assertThat(a.duration()).isEqualTo(30);
        assertThat(a.budget()).contains(Money.of("CNY", "900000.00"));
        assertThat(a.earningRule()).contains(EarningRule.FIFTY_FIFTY);
        assertThat(a.curve()).contains(SpreadCurve.FRONT_LOADED);
        assertThat(a.constraint()).contains(constraint);
        assertThat(a.predecessors()).containsExactly(Dependency.fs("A5"), Dependency.of("A6", DependencyType.SS, 10));
        assertThat(a.resources()).containsExactly(new Assignment(ResourceId.of("DS"), BigDecimal.valueOf(4)));
    }

    @Test
    void builder_replacesPredecessorsAndResources() {
        Activity a = Activity.builder("A1", "x").predecessor("A0").resource(Assignment.of("PM", 1))
                .predecessors(List.of(Dependency.fs("B"))).resources(List.of(Assignment.of("DEV", 2)))
                .build();

        assertThat(a.predecessors()).containsExactly(Dependency.fs("B"));
        assertThat(a.resources()).containsExactly(Assignment.of("DEV", 2));
    }

    @Test
    void toBuilder_givesAnEqualActivity_andChangesOnlyWhatIsSet() {
        Activity a = Activity.builder("A3", "Design").wbs("2.1").phase(Phase.DESIGN).duration(20)
                .budget(Money.of("CNY", "600000.00")).predecessor("A2").resource(Assignment.of("PM", 1))
                .constraint(new ActivityConstraint(ConstraintType.START_NO_EARLIER_THAN, LocalDate.of(2026, 2, 2)))
                .earningRule(EarningRule.FIFTY_FIFTY).curve(SpreadCurve.FRONT_LOADED)
                .build();

        assertThat(a.toBuilder().build()).isEqualTo(a).hasSameHashCodeAs(a);
        Activity longer = a.toBuilder().duration(25).build();
        assertThat(longer.duration()).isEqualTo(25);
        assertThat(longer).isEqualTo(withSameParts(a, 25));
        assertThat(a.duration()).isEqualTo(20);
    }

    private static Activity withSameParts(Activity a, int duration) {
        return new Activity(a.id(), a.name(), a.wbs(), a.phase(), duration, a.budget(), a.earningRule(), a.curve(),
                a.constraint(), a.predecessors(), a.resources());
    }

    @Test
    void constructor_copiesTheLists() {
        List<Dependency> predecessors = new ArrayList<>(List.of(Dependency.fs("A1")));
        List<Assignment> resources = new ArrayList<>(List.of(Assignment.of("PM", 1)));
        Activity a = new Activity(ActivityId.of("A2"), "x", Optional.empty(), Optional.empty(), 1, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), predecessors, resources);

        predecessors.clear();
        resources.clear();

        assertThat(a.predecessors()).containsExactly(Dependency.fs("A1"));
        assertThat(a.resources()).containsExactly(Assignment.of("PM", 1));
        assertThatThrownBy(() -> a.predecessors().add(Dependency.fs("A3")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        Optional<String> none = Optional.empty();
        assertThatNullPointerException().isThrownBy(() -> new Activity(null, "x", none, Optional.empty(), 1,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of()))
                .withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> new Activity(ActivityId.of("A1"), null, none,
                Optional.empty(), 1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of())).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> new Activity(ActivityId.of("A1"), "x", null,
                Optional.empty(), 1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of())).withMessage("wbs");
        assertThatNullPointerException().isThrownBy(() -> new Activity(ActivityId.of("A1"), "x", none,
                Optional.empty(), 1, null, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of())).withMessage("budget");
        assertThatNullPointerException().isThrownBy(() -> Activity.builder("A1", null)).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> Activity.builder("A1", "x").predecessor((Dependency) null))
                .withMessage("dependency");
        assertThatNullPointerException().isThrownBy(() -> Activity.builder("A1", "x").resource(null))
                .withMessage("assignment");
    }

    @Test
    void builder_refusesAMalformedIdentifier() {
        assertRefused(() -> Activity.builder("A 1", "x"), ViolationCode.ID_INVALID, "",
                "activity id must be 1-64 letters, digits, dots, underscores or hyphens: 'A 1'");
    }
}
