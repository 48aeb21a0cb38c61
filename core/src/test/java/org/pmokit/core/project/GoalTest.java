package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoalTest {

    private static final Kpi RETENTION = Kpi.of("High-net-worth client retention", KpiDimension.VALUE, "%",
            new BigDecimal("76"), new BigDecimal("82"), Direction.INCREASE);

    @Test
    void of_makesAGoalWithOnlyAStatement() {
        Goal g = Goal.of("G4", "提升客户服务体验");

        assertThat(g.id()).isEqualTo(GoalId.of("G4"));
        assertThat(g.statement()).isEqualTo("提升客户服务体验");
        assertThat(g.kpi()).isEmpty();
        assertThat(g.deadline()).isEmpty();
        assertThat(g.owner()).isEmpty();
        assertThat(g.objective()).isEmpty();
        assertThat(g.requirements()).isEmpty();
    }

    @Test
    void withMethods_eachSetOnePart_andKeepTheOthers() {
        Goal g = Goal.of("G2", "Raise retention to 82%")
                .withKpi(RETENTION)
                .withDeadline(LocalDate.of(2026, 12, 31))
                .withOwner("Private banking")
                .withObjective("Wealth growth")
                .withRequirements("R1", "R4");

        assertThat(g).isEqualTo(new Goal(GoalId.of("G2"), "Raise retention to 82%", Optional.of(RETENTION),
                Optional.of(LocalDate.of(2026, 12, 31)), Optional.of("Private banking"), Optional.of("Wealth growth"),
                List.of(RequirementId.of("R1"), RequirementId.of("R4"))));
    }

    @Test
    void withMethods_leaveTheOriginalUnchanged() {
        Goal original = Goal.of("G1", "Cut cost");

        original.withOwner("CIO office");

        assertThat(original.owner()).isEmpty();
    }

    @Test
    void constructor_copiesTheRequirements() {
        List<RequirementId> requirements = new ArrayList<>(List.of(RequirementId.of("R1")));
        Goal g = new Goal(GoalId.of("G1"), "s", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                requirements);

        requirements.clear();

        assertThat(g.requirements()).containsExactly(RequirementId.of("R1"));
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> Goal.of("G1", null)).withMessage("statement");
        assertThatNullPointerException().isThrownBy(() -> new Goal(GoalId.of("G1"), "s", null, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of())).withMessage("kpi");
        assertThatNullPointerException().isThrownBy(() -> new Goal(GoalId.of("G1"), "s", Optional.empty(),
                Optional.empty(), null, Optional.empty(), List.of())).withMessage("owner");
        assertThatNullPointerException().isThrownBy(() -> Goal.of("G1", "s").withOwner(null));
    }
}
