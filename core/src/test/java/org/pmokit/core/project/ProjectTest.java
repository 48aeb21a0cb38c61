package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.core.project.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.validation.Violation;
import org.pmokit.core.validation.ViolationCode;

class ProjectTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static Money cny(String amount) {
        return Money.of("CNY", amount);
    }

    private static Project.Builder minimal() {
        return Project.builder("P1", "Pilot").currency("CNY").calendar(WorkCalendar.CN).start(START);
    }

    /** A project with every part set, each list with one element. */
    private static Project full() {
        return minimal()
                .localName("试点").description("d").sponsor("s").manager("m").department("IT")
                .statusDate(LocalDate.of(2026, 4, 30)).phase(Phase.BUILD)
                .budget(Budget.of(cny("10.00"), cny("1.00"), cny("1.00")))
                .goal(Goal.of("G1", "g"))
                .requirement(Requirement.of("R1", RequirementType.BUSINESS, Priority.MUST, "r"))
                .resource(Resource.of("PM", "pm", ResourceType.LABOR, cny("1.00"), BigDecimal.ONE))
                .activity(Activity.builder("A1", "a").duration(1).build())
                .milestone(new Milestone(MilestoneId.of("M1"), "m", Optional.empty(), Optional.of(ActivityId.of("A1")),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .risk(new Risk(RiskId.of("RK1"), "r", RiskCategory.TECHNICAL, RiskKind.THREAT, BigDecimal.ONE,
                        RiskImpact.of(cny("1.00"), 1, 1), Optional.empty(), Optional.empty(), Optional.empty(),
                        RiskStatus.OPEN, Optional.empty(), Optional.empty(), List.of()))
                .changeRequest(new ChangeRequest(ChangeRequestId.of("CR1"), "c", ChangeType.SCOPE, "r",
                        Optional.empty(), Optional.empty(), ChangeStatus.DRAFT,
                        List.of(new Decision("x", Role.SPONSOR, DecisionType.APPROVE,
                                OffsetDateTime.parse("2026-02-05T10:30:00+08:00"), Optional.empty())),
                        Optional.empty()))
                .baseline(new Baseline(1, START, List.of()))
                .progressRecord(new ProgressRecord(START, ActivityId.of("A1"), BigDecimal.ONE, Optional.empty(),
                        Optional.empty(), OptionalInt.empty()))
                .actualCost(new ActualCost(START, ActivityId.of("A1"), cny("1.00")))
                .build();
    }

    @Test
    void build_refusesMissingCurrency_withCodePathAndMessage() {
        Violation v = assertRefused(() -> Project.builder("P1", "Pilot").calendar(WorkCalendar.CN).start(START).build(),
                ViolationCode.VALUE_REQUIRED, "currency", "project currency is required");
        assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("project currency 为必填项");
    }

    @Test
    void build_refusesMissingCalendar_withCodePathAndMessage() {
        assertRefused(() -> Project.builder("P1", "Pilot").currency("CNY").start(START).build(),
                ViolationCode.VALUE_REQUIRED, "calendar", "project calendar is required");
    }

    @Test
    void build_refusesMissingStart_withCodePathAndMessage() {
        assertRefused(() -> Project.builder("P1", "Pilot").currency("CNY").calendar(WorkCalendar.CN).build(),
                ViolationCode.VALUE_REQUIRED, "start", "project start is required");
    }

    @Test
    void build_refusesMissingName_withCodePathAndMessage() {
        assertRefused(() -> Project.builder("P1", null).currency("CNY").calendar(WorkCalendar.CN).start(START).build(),
                ViolationCode.VALUE_REQUIRED, "name", "project name is required");
    }

    @Test
    void build_refusesMissingId_withCodePathAndMessage() {
        assertRefused(() -> minimal().id(null).build(), ViolationCode.VALUE_REQUIRED, "id", "project id is required");
    }

    @Test
    void build_namesTheFirstMissingPart_whenSeveralAreMissing() {
        assertRefused(() -> Project.builder("P1", "Pilot").build(), ViolationCode.VALUE_REQUIRED, "currency",
                "project currency is required");
    }

    @Test
    void builder_refusesAMalformedIdentifier() {
        assertRefused(() -> Project.builder("CRM 2026", "x"), ViolationCode.ID_INVALID, "",
                "project id must be 1-64 letters, digits, dots, underscores or hyphens: 'CRM 2026'");
    }

    @Test
    void currency_byCode_refusesAnUnknownCode() {
        assertThatThrownBy(() -> minimal().currency("XYZ1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void build_leavesOptionalPartsEmpty_andListsEmpty() {
        Project p = minimal().build();

        assertThat(p.id()).isEqualTo(ProjectId.of("P1"));
        assertThat(p.name()).isEqualTo("Pilot");
        assertThat(p.currency()).isEqualTo(Currency.getInstance("CNY"));
        assertThat(p.calendar()).isSameAs(WorkCalendar.CN);
        assertThat(p.start()).isEqualTo(START);
        assertThat(p.localName()).isEmpty();
        assertThat(p.description()).isEmpty();
        assertThat(p.sponsor()).isEmpty();
        assertThat(p.manager()).isEmpty();
        assertThat(p.department()).isEmpty();
        assertThat(p.statusDate()).isEmpty();
        assertThat(p.phase()).isEmpty();
        assertThat(p.budget()).isEmpty();
        assertThat(p.goals()).isEmpty();
        assertThat(p.requirements()).isEmpty();
        assertThat(p.resources()).isEmpty();
        assertThat(p.activities()).isEmpty();
        assertThat(p.milestones()).isEmpty();
        assertThat(p.risks()).isEmpty();
        assertThat(p.changeRequests()).isEmpty();
        assertThat(p.baselines()).isEmpty();
        assertThat(p.progress()).isEmpty();
        assertThat(p.actualCosts()).isEmpty();
        assertThat(p.currentBaseline()).isEmpty();
    }

    @Test
    void build_keepsEveryPart() {
        Project p = full();

        assertThat(p.localName()).contains("试点");
        assertThat(p.description()).contains("d");
        assertThat(p.sponsor()).contains("s");
        assertThat(p.manager()).contains("m");
        assertThat(p.department()).contains("IT");
        assertThat(p.statusDate()).contains(LocalDate.of(2026, 4, 30));
        assertThat(p.phase()).contains(Phase.BUILD);
        assertThat(p.budget()).isPresent();
        assertThat(List.of(p.goals(), p.requirements(), p.resources(), p.activities(), p.milestones(), p.risks(),
                p.changeRequests(), p.baselines(), p.progress(), p.actualCosts())).allSatisfy(l -> assertThat(l).hasSize(1));
    }

    @Test
    void toBuilder_givesAnEqualProject_withTheSameHashCode() {
        Project p = full();

        assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    }

    @Test
    void equals_seesAChangeInAnyPart() {
        Project p = full();

        assertThat(p.toBuilder().name("Other").build()).isNotEqualTo(p);
        assertThat(p.toBuilder().department(null).build()).isNotEqualTo(p);
        assertThat(p.toBuilder().calendar(WorkCalendar.MON_FRI).build()).isNotEqualTo(p);
        assertThat(p.toBuilder().actualCosts(List.of()).build()).isNotEqualTo(p);
        assertThat(p.toBuilder().progress(List.of()).build()).isNotEqualTo(p);
        assertThat(p.toBuilder().baselines(List.of()).build()).isNotEqualTo(p);
        assertThat(p).isNotEqualTo(null).isNotEqualTo("Project");
    }

    @Test
    void toBuilder_leavesTheOriginalUnchanged() {
        Project p = full();

        p.toBuilder().activities(List.of()).goal(Goal.of("G2", "g2")).build();

        assertThat(p.activities()).hasSize(1);
        assertThat(p.goals()).hasSize(1);
    }

    @Test
    void build_copiesTheBuilderLists_soLaterBuilderChangesDoNotLeakIn() {
        Project.Builder b = minimal().activity(Activity.builder("A1", "a").build());
        Project first = b.build();

        b.activity(Activity.builder("A2", "b").build());

        assertThat(first.activities()).extracting(Activity::id).containsExactly(ActivityId.of("A1"));
        assertThat(b.build().activities()).hasSize(2);
    }

    @Test
    void lists_areUnmodifiable() {
        Project p = full();

        assertThatThrownBy(() -> p.activities().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.goals().add(Goal.of("G9", "x"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void pluralSetters_replaceTheLists_andCopyTheirArgument() {
        List<Activity> activities = new ArrayList<>(List.of(Activity.builder("A9", "x").build()));
        Project p = full().toBuilder().activities(activities).build();

        activities.clear();

        assertThat(p.activities()).extracting(Activity::id).containsExactly(ActivityId.of("A9"));
    }

    @Test
    void singularAdders_refuseNull_namingTheKind() {
        assertThatNullPointerException().isThrownBy(() -> minimal().activity(null)).withMessage("activity");
        assertThatNullPointerException().isThrownBy(() -> minimal().goal(null)).withMessage("goal");
        assertThatNullPointerException().isThrownBy(() -> minimal().changeRequest(null)).withMessage("changeRequest");
        assertThatNullPointerException().isThrownBy(() -> minimal().progressRecord(null)).withMessage("progress");
    }

    @Test
    void currentBaseline_isTheHighestVersion_whateverTheOrder() {
        Baseline v1 = new Baseline(1, START, List.of());
        Baseline v3 = new Baseline(3, LocalDate.of(2026, 5, 1), List.of());
        Baseline v2 = new Baseline(2, LocalDate.of(2026, 3, 1), List.of());

        assertThat(minimal().baselines(List.of(v1, v3, v2)).build().currentBaseline()).contains(v3);
        assertThat(minimal().baselines(List.of(v3, v2, v1)).build().currentBaseline()).contains(v3);
    }

    @Test
    void currentBaseline_isTheFirstOfTwoWithTheSameVersion_andSurvivesToBuilder() {
        Baseline first = new Baseline(2, START, List.of());
        Baseline second = new Baseline(2, LocalDate.of(2026, 3, 1), List.of());
        Project p = minimal().baselines(List.of(new Baseline(1, START, List.of()), first, second)).build();

        assertThat(p.currentBaseline()).containsSame(first);
        assertThat(p.toBuilder().build().currentBaseline()).containsSame(first);
    }

    @Test
    void toString_namesIdNameAndSize() {
        assertThat(full()).hasToString("Project[P1 \"Pilot\", 1 activities]");
    }
}
