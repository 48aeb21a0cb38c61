package org.pmokit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityConstraint;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActivityModification;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.Assignment;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ChangeType;
import org.pmokit.core.project.ConstraintType;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.ImpactAssessment;
import org.pmokit.core.project.ImpactLevel;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.MilestoneId;
import org.pmokit.core.project.MilestoneKind;
import org.pmokit.core.project.PredecessorAddition;
import org.pmokit.core.project.Priority;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Requirement;
import org.pmokit.core.project.RequirementType;
import org.pmokit.core.project.Resource;
import org.pmokit.core.project.ResourceType;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskId;
import org.pmokit.core.project.RiskImpact;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.core.project.Role;
import org.pmokit.core.time.WorkCalendar;

class ProjectValidatorTest {

    private static final ProjectValidator VALIDATOR = ProjectValidator.standard();
    private static final LocalDate START = date("2026-01-05");
    private static final LocalDate STATUS = date("2026-04-30");

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static Money cny(String amount) {
        return Money.of("CNY", amount);
    }

    private static Money usd(String amount) {
        return Money.of("USD", amount);
    }

    // The valid project: four activities A1 -> A2 -> A12 -> A13 on the CN calendar, with every kind of
    // entity and every kind of reference between them.

    private static final Activity A1 = Activity.builder("A1", "Assessment").wbs("1.1").duration(5)
            .budget(cny("100000.00")).resource(Assignment.of("PM", 1)).build();
    private static final Activity A2 = Activity.builder("A2", "Design").wbs("1.2").duration(5)
            .budget(cny("200000.00")).predecessor("A1").resource(Assignment.of("DEV", 4)).build();
    private static final Activity A12 = Activity.builder("A12", "Build").wbs("2.1").duration(10)
            .budget(cny("500000.00")).predecessor(Dependency.of("A2", DependencyType.FS, 0))
            .constraint(new ActivityConstraint(ConstraintType.FINISH_NO_LATER_THAN, date("2026-02-27"))).build();
    private static final Activity A13 = Activity.builder("A13", "Go-live").wbs("2.2").duration(0)
            .budget(cny("0.00")).predecessor("A12").build();
    private static final Activity N1 = Activity.builder("N1", "New connector").duration(3).budget(cny("30000.00"))
            .predecessor("A2").resource(Assignment.of("DEV", 1)).build();

    private static final Project VALID = Project.builder("P1", "Pilot")
            .localName("试点").description("A small valid project").sponsor("Retail").manager("PM office")
            .department("IT")
            .currency("CNY")
            .calendar(WorkCalendar.CN)
            .start(START)
            .statusDate(STATUS)
            .budget(Budget.of(cny("1000000.00"), cny("100000.00"), cny("50000.00")))
            .goal(Goal.of("G1", "Cut cost by 10% by 2026-12-31")
                    .withKpi(Kpi.of("Operating cost", KpiDimension.COST, "CNY", new BigDecimal("100"),
                            new BigDecimal("90"), Direction.DECREASE))
                    .withDeadline(date("2027-06-30")).withOwner("CIO office").withObjective("Cost")
                    .withRequirements("R1"))
            .goal(Goal.of("G2", "Improve service"))
            .requirement(Requirement.of("R1", RequirementType.BUSINESS, Priority.MUST, "Single view"))
            .requirement(Requirement.of("R2", RequirementType.COMPLIANCE, Priority.SHOULD, "Audit"))
            .resource(Resource.of("PM", "Project manager", ResourceType.LABOR, cny("3000.00"), BigDecimal.ONE))
            .resource(Resource.of("DEV", "Developers", ResourceType.LABOR, cny("2000.00"), BigDecimal.TEN))
            .activities(List.of(A1, A2, A12, A13))
            .milestone(new Milestone(MilestoneId.of("M1"), "Go-live", Optional.of(MilestoneKind.PHASE),
                    Optional.of(ActivityId.of("A13")), Optional.of(date("2026-01-30")), Optional.empty(),
                    Optional.empty(), Optional.of("PMO"), Optional.of(date("2026-02-02"))))
            .risk(new Risk(RiskId.of("RK1"), "Vendor late", RiskCategory.VENDOR, RiskKind.THREAT, new BigDecimal("0.4"),
                    RiskImpact.of(cny("300000.00"), 15, 3), Optional.of("Vendor manager"), Optional.empty(),
                    Optional.empty(), RiskStatus.OPEN, Optional.of(date("2026-01-10")), Optional.empty(),
                    List.of(ActivityId.of("A2"), ActivityId.of("A12"))))
            .changeRequest(new ChangeRequest(ChangeRequestId.of("CR1"), "Add a connector", ChangeType.SCOPE, "Retail",
                    Optional.of(date("2026-04-10")),
                    Optional.of(new ImpactAssessment(cny("30000.00"), 3, ImpactLevel.LOW, ImpactLevel.MEDIUM,
                            ImpactLevel.LOW, false)),
                    ChangeStatus.ASSESSED,
                    List.of(new Decision("PMO", Role.PROJECT_MANAGER, DecisionType.APPROVE,
                            OffsetDateTime.parse("2026-04-12T10:30:00+08:00"), Optional.of("Fine"))),
                    Optional.of(new ActivityChanges(List.of(N1), List.of(ActivityId.of("A13")),
                            List.of(new ActivityModification(ActivityId.of("A12"), Optional.of("Build v2"),
                                    OptionalInt.of(12), Optional.of(cny("600000.00")))),
                            List.of(new PredecessorAddition(ActivityId.of("A12"), ActivityId.of("N1"),
                                    DependencyType.FS, 0))))))
            .baseline(new Baseline(1, START, List.of(
                    new BaselineActivity(ActivityId.of("A1"), date("2026-01-05"), date("2026-01-09"), cny("100000.00")),
                    new BaselineActivity(ActivityId.of("A2"), date("2026-01-12"), date("2026-01-16"), cny("200000.00")),
                    new BaselineActivity(ActivityId.of("A12"), date("2026-01-19"), date("2026-01-30"), cny("500000.00")),
                    new BaselineActivity(ActivityId.of("A13"), date("2026-01-30"), date("2026-01-30"), cny("0.00")))))
            .progressRecord(new ProgressRecord(STATUS, ActivityId.of("A1"), BigDecimal.valueOf(100),
                    Optional.of(date("2026-01-05")), Optional.of(date("2026-01-09")), OptionalInt.empty()))
            .progressRecord(new ProgressRecord(STATUS, ActivityId.of("A2"), BigDecimal.valueOf(60),
                    Optional.of(date("2026-01-12")), Optional.empty(), OptionalInt.of(2)))
            .actualCost(new ActualCost(date("2026-01-31"), ActivityId.of("A1"), cny("100000.00")))
            .actualCost(new ActualCost(STATUS, ActivityId.of("A2"), cny("150000.00")))
            .build();

    // Helpers that change one part of the valid project.

    private static Project with(UnaryOperator<Project.Builder> change) {
        return change.apply(VALID.toBuilder()).build();
    }

    private static Project withActivity(Activity changed) {
        List<Activity> activities = new ArrayList<>(VALID.activities());
        activities.replaceAll(a -> a.id().equals(changed.id()) ? changed : a);
        return with(b -> b.activities(activities));
    }

    private static Project withGoal(Goal changed) {
        List<Goal> goals = new ArrayList<>(VALID.goals());
        goals.replaceAll(g -> g.id().equals(changed.id()) ? changed : g);
        return with(b -> b.goals(goals));
    }

    private static Project withChanges(ActivityChanges changes) {
        ChangeRequest cr = VALID.changeRequests().get(0);
        return with(b -> b.changeRequests(List.of(new ChangeRequest(cr.id(), cr.title(), cr.type(), cr.requester(),
                cr.submitted(), cr.impact(), cr.status(), cr.decisions(), Optional.of(changes)))));
    }

    private static ActivityChanges changes(List<Activity> add, List<ActivityId> remove,
            List<ActivityModification> modify, List<PredecessorAddition> links) {
        return new ActivityChanges(add, remove, modify, links);
    }

    private static Project withProgress(ProgressRecord... records) {
        return with(b -> b.progress(List.of(records)));
    }

    private static Project withBaselineActivities(BaselineActivity... activities) {
        return with(b -> b.baselines(List.of(new Baseline(1, START, List.of(activities)))));
    }

    private static ProgressRecord progress(String date, String activity, String start, String finish) {
        return new ProgressRecord(date(date), ActivityId.of(activity), BigDecimal.valueOf(finish == null ? 50 : 100),
                Optional.ofNullable(start).map(LocalDate::parse), Optional.ofNullable(finish).map(LocalDate::parse),
                OptionalInt.empty());
    }

    /** Asserts that the project has exactly one violation, with this code, path and both messages. */
    private static void assertOnly(Project project, ViolationCode code, String path, String english, String chinese) {
        ValidationResult result = VALIDATOR.validate(project);
        assertThat(result.violations()).as("violations of %s", result).hasSize(1);
        Violation v = result.violations().get(0);
        assertThat(v.code()).isEqualTo(code);
        assertThat(v.path()).isEqualTo(path);
        assertThat(v.message(Locale.ENGLISH)).isEqualTo(english);
        assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(chinese);
        assertThat(result.isValid()).isFalse();
    }

    private static void assertValid(Project project) {
        ValidationResult result = VALIDATOR.validate(project);
        assertThat(result.violations()).as("violations of %s", result).isEmpty();
        assertThat(result.isValid()).isTrue();
    }

    @Nested
    class ValidProjects {

        @Test
        void validate_reportsNothing_forTheSmallValidProject() {
            assertValid(VALID);
        }

        @Test
        void validate_reportsNothing_forAMinimalProject() {
            assertValid(Project.builder("P0", "Empty").currency("CNY").calendar(WorkCalendar.CN).start(START).build());
        }

        @Test
        void validate_acceptsAnAbsentOptionalOwner() {
            assertThat(VALID.goals().get(1).owner()).isEmpty();
            assertValid(withGoal(Goal.of("G2", "Improve service")));
        }

        @Test
        void validate_acceptsAGoalDeadlineBeyondTheCalendar() {
            assertThat(VALID.goals().get(0).deadline()).contains(date("2027-06-30"));
            assertValid(withGoal(VALID.goals().get(0).withDeadline(date("2031-12-31"))));
        }

        @Test
        void validate_acceptsTheLimits() {
            assertValid(withActivity(A12.toBuilder().name("x".repeat(200)).duration(100_000)
                    .predecessors(List.of(Dependency.of("A2", DependencyType.SS, -100_000))).build()));
            assertValid(withActivity(A12.toBuilder()
                    .predecessors(List.of(Dependency.of("A2", DependencyType.FF, 100_000))).build()));
        }

        @Test
        void validate_refusesANullProject() {
            assertThatNullPointerException().isThrownBy(() -> VALIDATOR.validate(null)).withMessage("project");
        }

        @Test
        void standard_isOneSharedValidator() {
            assertThat(ProjectValidator.standard()).isSameAs(VALIDATOR);
        }
    }

    @Nested
    class DuplicateIds {

        @Test
        void validate_reportsDuplicateGoal_withPathAndBothLanguages() {
            assertOnly(with(b -> b.goal(Goal.of("G1", "Again"))), ViolationCode.ID_DUPLICATE, "goals[G1]",
                    "goal G1 is defined more than once", "目标 G1 被重复定义");
        }

        @Test
        void validate_reportsDuplicateRequirement_withPathAndBothLanguages() {
            assertOnly(with(b -> b.requirement(Requirement.of("R2", RequirementType.TECHNICAL, Priority.COULD, "x"))),
                    ViolationCode.ID_DUPLICATE, "requirements[R2]", "requirement R2 is defined more than once",
                    "需求 R2 被重复定义");
        }

        @Test
        void validate_reportsDuplicateResource_withPathAndBothLanguages() {
            assertOnly(with(b -> b.resource(Resource.of("PM", "Another PM", ResourceType.LABOR, cny("1.00"),
                    BigDecimal.ONE))), ViolationCode.ID_DUPLICATE, "resources[PM]",
                    "resource PM is defined more than once", "资源 PM 被重复定义");
        }

        @Test
        void validate_reportsDuplicateActivity_withPathAndBothLanguages() {
            assertOnly(with(b -> b.activity(Activity.builder("A2", "Second A2").build())), ViolationCode.ID_DUPLICATE,
                    "activities[A2]", "activity A2 is defined more than once", "任务 A2 被重复定义");
        }

        @Test
        void validate_reportsEachExtraCopy_ofADuplicateActivity() {
            ValidationResult r = VALIDATOR.validate(with(b -> b.activity(Activity.builder("A2", "x").build())
                    .activity(Activity.builder("A2", "y").build())));

            assertThat(r.withCode(ViolationCode.ID_DUPLICATE)).hasSize(2)
                    .allSatisfy(v -> assertThat(v.path()).isEqualTo("activities[A2]"));
        }

        @Test
        void validate_reportsDuplicateMilestone_withPathAndBothLanguages() {
            assertOnly(with(b -> b.milestone(new Milestone(MilestoneId.of("M1"), "Again", Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty()))), ViolationCode.ID_DUPLICATE, "milestones[M1]",
                    "milestone M1 is defined more than once", "里程碑 M1 被重复定义");
        }

        @Test
        void validate_reportsDuplicateRisk_withPathAndBothLanguages() {
            assertOnly(with(b -> b.risk(new Risk(RiskId.of("RK1"), "Again", RiskCategory.SCHEDULE, RiskKind.THREAT,
                    BigDecimal.ZERO, RiskImpact.of(cny("0"), 0, 1), Optional.empty(), Optional.empty(),
                    Optional.empty(), RiskStatus.CLOSED, Optional.empty(), Optional.empty(), List.of()))),
                    ViolationCode.ID_DUPLICATE, "risks[RK1]", "risk RK1 is defined more than once", "风险 RK1 被重复定义");
        }

        @Test
        void validate_reportsDuplicateChangeRequest_withPathAndBothLanguages() {
            assertOnly(with(b -> b.changeRequest(new ChangeRequest(ChangeRequestId.of("CR1"), "Again",
                    ChangeType.COST, "x", Optional.empty(), Optional.empty(), ChangeStatus.DRAFT, List.of(),
                    Optional.empty()))), ViolationCode.ID_DUPLICATE, "changeRequests[CR1]",
                    "change request CR1 is defined more than once", "变更请求 CR1 被重复定义");
        }

        @Test
        void validate_reportsDuplicateBaselineVersion_withPathAndBothLanguages() {
            assertOnly(with(b -> b.baseline(new Baseline(1, date("2026-03-02"), List.of()))),
                    ViolationCode.ID_DUPLICATE, "baselines[1].version", "baseline version 1 is defined more than once",
                    "基线版本 1 被重复定义");
        }

        @Test
        void validate_reportsDuplicateBaselineActivity_withPathAndBothLanguages() {
            List<BaselineActivity> activities = new ArrayList<>(VALID.baselines().get(0).activities());
            activities.add(activities.get(1));

            assertOnly(with(b -> b.baselines(List.of(new Baseline(1, START, activities)))), ViolationCode.ID_DUPLICATE,
                    "baselines[0].activities[4].activity", "baseline activity A2 is defined more than once",
                    "基线任务 A2 被重复定义");
        }

        @Test
        void validate_reportsAnAddedActivityWhoseIdExists_withPathAndBothLanguages() {
            assertOnly(withChanges(changes(List.of(Activity.builder("A12", "Clash").build()), List.of(), List.of(),
                    List.of())), ViolationCode.ID_DUPLICATE, "changeRequests[CR1].activities.add[A12]",
                    "activity A12 is defined more than once", "任务 A12 被重复定义");
        }

        @Test
        void validate_reportsTheSameIdAddedTwice_byOneChangeRequest() {
            assertOnly(withChanges(changes(List.of(N1, Activity.builder("N1", "Again").build()), List.of(), List.of(),
                    List.of())), ViolationCode.ID_DUPLICATE, "changeRequests[CR1].activities.add[N1]",
                    "activity N1 is defined more than once", "任务 N1 被重复定义");
        }

        @Test
        void validate_acceptsTheSameIdAdded_byTwoChangeRequests() {
            ChangeRequest other = new ChangeRequest(ChangeRequestId.of("CR2"), "Alternative", ChangeType.SCOPE, "x",
                    Optional.empty(), Optional.empty(), ChangeStatus.DRAFT, List.of(),
                    Optional.of(changes(List.of(N1), List.of(), List.of(), List.of())));

            assertValid(with(b -> b.changeRequest(other)));
        }
    }

    @Nested
    class UnknownReferences {

        @Test
        void validate_reportsUnknownGoalRequirement_withPathAndBothLanguages() {
            assertOnly(withGoal(VALID.goals().get(0).withRequirements("R1", "R9")), ViolationCode.REFERENCE_UNKNOWN,
                    "goals[G1].requirements[1]", "goals[G1].requirements[1] refers to an unknown requirement: R9",
                    "goals[G1].requirements[1] 引用了不存在的需求：R9");
        }

        @Test
        void validate_reportsUnknownPredecessor_withPathAndBothLanguages() {
            assertOnly(withActivity(A12.toBuilder().predecessor("A99").build()), ViolationCode.REFERENCE_UNKNOWN,
                    "activities[A12].predecessors[1].activity",
                    "activities[A12].predecessors[1].activity refers to an unknown activity: A99",
                    "activities[A12].predecessors[1].activity 引用了不存在的任务：A99");
        }

        @Test
        void validate_reportsUnknownActivityResource_withPathAndBothLanguages() {
            assertOnly(withActivity(A1.toBuilder().resource(Assignment.of("GPU", 1)).build()),
                    ViolationCode.REFERENCE_UNKNOWN, "activities[A1].resources[1].resource",
                    "activities[A1].resources[1].resource refers to an unknown resource: GPU",
                    "activities[A1].resources[1].resource 引用了不存在的资源：GPU");
        }

        @Test
        void validate_reportsUnknownMilestoneActivity_withPathAndBothLanguages() {
            Milestone m = VALID.milestones().get(0);
            Milestone broken = new Milestone(m.id(), m.name(), m.kind(), Optional.of(ActivityId.of("A14")), m.due(),
                    m.deliverable(), m.acceptance(), m.owner(), m.actual());

            assertOnly(with(b -> b.milestones(List.of(broken))), ViolationCode.REFERENCE_UNKNOWN,
                    "milestones[M1].activity", "milestones[M1].activity refers to an unknown activity: A14",
                    "milestones[M1].activity 引用了不存在的任务：A14");
        }

        @Test
        void validate_reportsUnknownRiskActivity_withPathAndBothLanguages() {
            Risk r = VALID.risks().get(0);
            Risk broken = new Risk(r.id(), r.title(), r.category(), r.kind(), r.probability(), r.impact(), r.owner(),
                    r.strategy(), r.response(), r.status(), r.identified(), r.reviewed(),
                    List.of(ActivityId.of("A2"), ActivityId.of("A7")));

            assertOnly(with(b -> b.risks(List.of(broken))), ViolationCode.REFERENCE_UNKNOWN, "risks[RK1].activities[1]",
                    "risks[RK1].activities[1] refers to an unknown activity: A7",
                    "risks[RK1].activities[1] 引用了不存在的任务：A7");
        }

        @Test
        void validate_reportsUnknownProgressActivity_withPathAndBothLanguages() {
            assertOnly(withProgress(VALID.progress().get(0), progress("2026-04-30", "A3", "2026-01-05", null)),
                    ViolationCode.REFERENCE_UNKNOWN, "progress[1].activity",
                    "progress[1].activity refers to an unknown activity: A3",
                    "progress[1].activity 引用了不存在的任务：A3");
        }

        @Test
        void validate_reportsUnknownActualCostActivity_withPathAndBothLanguages() {
            assertOnly(with(b -> b.actualCost(new ActualCost(STATUS, ActivityId.of("a1"), cny("1.00")))),
                    ViolationCode.REFERENCE_UNKNOWN, "actualCosts[2].activity",
                    "actualCosts[2].activity refers to an unknown activity: a1",
                    "actualCosts[2].activity 引用了不存在的任务：a1");
        }

        @Test
        void validate_reportsUnknownBaselineActivity_withPathAndBothLanguages() {
            List<BaselineActivity> activities = new ArrayList<>(VALID.baselines().get(0).activities());
            activities.add(new BaselineActivity(ActivityId.of("A5"), START, START, cny("0")));

            assertOnly(with(b -> b.baselines(List.of(new Baseline(1, START, activities)))),
                    ViolationCode.REFERENCE_UNKNOWN, "baselines[0].activities[4].activity",
                    "baselines[0].activities[4].activity refers to an unknown activity: A5",
                    "baselines[0].activities[4].activity 引用了不存在的任务：A5");
        }

        @Test
        void validate_reportsABaselinesUnknownChangeRequest_withPathAndBothLanguages() {
            List<BaselineActivity> activities = VALID.baselines().get(0).activities();
            Baseline first = new Baseline(1, START, activities);

            assertOnly(with(b -> b.baselines(List.of(first,
                            new Baseline(2, START.plusDays(30), activities, Optional.of(ChangeRequestId.of("CR9")))))),
                    ViolationCode.REFERENCE_UNKNOWN, "baselines[1].change",
                    "baselines[1].change refers to an unknown change request: CR9",
                    "baselines[1].change 引用了不存在的变更请求：CR9");
        }

        @Test
        void validate_acceptsABaselineMadeForAKnownChangeRequest() {
            List<BaselineActivity> activities = VALID.baselines().get(0).activities();
            Project p = with(b -> b.baselines(List.of(new Baseline(1, START, activities),
                    new Baseline(2, START.plusDays(30), activities, Optional.of(ChangeRequestId.of("CR1"))))));

            assertThat(ProjectValidator.standard().validate(p).isValid()).isTrue();
        }

        @Test
        void validate_reportsUnknownRemovedActivity_withPathAndBothLanguages() {
            assertOnly(withChanges(changes(List.of(), List.of(ActivityId.of("A13"), ActivityId.of("A99")), List.of(),
                    List.of())), ViolationCode.REFERENCE_UNKNOWN, "changeRequests[CR1].activities.remove[1]",
                    "changeRequests[CR1].activities.remove[1] refers to an unknown activity: A99",
                    "changeRequests[CR1].activities.remove[1] 引用了不存在的任务：A99");
        }

        @Test
        void validate_reportsUnknownModifiedActivity_withPathAndBothLanguages() {
            assertOnly(withChanges(changes(List.of(), List.of(), List.of(new ActivityModification(
                    ActivityId.of("A99"), Optional.empty(), OptionalInt.of(1), Optional.empty())), List.of())),
                    ViolationCode.REFERENCE_UNKNOWN, "changeRequests[CR1].activities.modify[0].activity",
                    "changeRequests[CR1].activities.modify[0].activity refers to an unknown activity: A99",
                    "changeRequests[CR1].activities.modify[0].activity 引用了不存在的任务：A99");
        }

        @Test
        void validate_reportsUnknownSuccessorOfAnAddedLink_withPathAndBothLanguages() {
            assertOnly(withChanges(changes(List.of(), List.of(), List.of(), List.of(new PredecessorAddition(
                    ActivityId.of("A99"), ActivityId.of("A1"), DependencyType.FS, 0)))),
                    ViolationCode.REFERENCE_UNKNOWN, "changeRequests[CR1].activities.addPredecessors[0].activity",
                    "changeRequests[CR1].activities.addPredecessors[0].activity refers to an unknown activity: A99",
                    "changeRequests[CR1].activities.addPredecessors[0].activity 引用了不存在的任务：A99");
        }

        @Test
        void validate_reportsUnknownPredecessorOfAnAddedLink_withPathAndBothLanguages() {
            assertOnly(withChanges(changes(List.of(), List.of(), List.of(), List.of(new PredecessorAddition(
                    ActivityId.of("A12"), ActivityId.of("N1"), DependencyType.FS, 0)))),
                    ViolationCode.REFERENCE_UNKNOWN, "changeRequests[CR1].activities.addPredecessors[0].predecessor",
                    "changeRequests[CR1].activities.addPredecessors[0].predecessor refers to an unknown activity: N1",
                    "changeRequests[CR1].activities.addPredecessors[0].predecessor 引用了不存在的任务：N1");
        }

        @Test
        void validate_acceptsAnAddedLinkToAnActivityTheSameChangeAdds() {
            assertValid(withChanges(changes(List.of(N1), List.of(), List.of(), List.of(new PredecessorAddition(
                    ActivityId.of("A12"), ActivityId.of("N1"), DependencyType.FS, 0), new PredecessorAddition(
                    ActivityId.of("N1"), ActivityId.of("A1"), DependencyType.SS, 1)))));
        }

        @Test
        void validate_reportsUnknownPredecessorOfAnAddedActivity_withPathAndBothLanguages() {
            Activity added = N1.toBuilder().predecessor("X1").build();

            assertOnly(withChanges(changes(List.of(added), List.of(), List.of(), List.of())),
                    ViolationCode.REFERENCE_UNKNOWN, "changeRequests[CR1].activities.add[N1].predecessors[1].activity",
                    "changeRequests[CR1].activities.add[N1].predecessors[1].activity refers to an unknown activity: X1",
                    "changeRequests[CR1].activities.add[N1].predecessors[1].activity 引用了不存在的任务：X1");
        }

        @Test
        void validate_acceptsAnAddedActivityThatFollowsAnotherAddedActivity() {
            Activity n2 = Activity.builder("N2", "Second").duration(1).predecessor("N1").build();

            assertValid(withChanges(changes(List.of(n2, N1), List.of(), List.of(), List.of())));
        }

        @Test
        void validate_reportsUnknownResourceOfAnAddedActivity_withPathAndBothLanguages() {
            Activity added = N1.toBuilder().resources(List.of(Assignment.of("GPU", 1))).build();

            assertOnly(withChanges(changes(List.of(added), List.of(), List.of(), List.of())),
                    ViolationCode.REFERENCE_UNKNOWN, "changeRequests[CR1].activities.add[N1].resources[0].resource",
                    "changeRequests[CR1].activities.add[N1].resources[0].resource refers to an unknown resource: GPU",
                    "changeRequests[CR1].activities.add[N1].resources[0].resource 引用了不存在的资源：GPU");
        }
    }

    @Nested
    class Cycles {

        @Test
        void validate_reportsADependencyCycle_namedFromItsSmallestId_withPathAndBothLanguages() {
            // A1 -> A2 -> A12 -> A1 once A12 becomes a predecessor of A1.
            assertOnly(withActivity(A1.toBuilder().predecessor("A12").build()), ViolationCode.DEPENDENCY_CYCLE,
                    "activities[A1].predecessors", "dependency cycle: A1 -> A2 -> A12 -> A1",
                    "依赖关系存在循环：A1 -> A2 -> A12 -> A1");
        }

        @Test
        void validate_reportsASelfLoop() {
            assertOnly(withActivity(A13.toBuilder().predecessor("A13").build()), ViolationCode.DEPENDENCY_CYCLE,
                    "activities[A13].predecessors", "dependency cycle: A13 -> A13", "依赖关系存在循环：A13 -> A13");
        }

        @Test
        void validate_reportsEveryCycle_eachOnce() {
            Project p = with(b -> b.activities(List.of(A1.toBuilder().predecessor("A2").build(), A2, A12, A13,
                            Activity.builder("X", "x").predecessor("Y").build(),
                            Activity.builder("Y", "y").predecessor("X").build())));

            assertThat(VALIDATOR.validate(p).violations()).containsExactly(
                    Violation.of("activities[A1].predecessors", ViolationCode.DEPENDENCY_CYCLE, "A1 -> A2 -> A1"),
                    Violation.of("activities[X].predecessors", ViolationCode.DEPENDENCY_CYCLE, "X -> Y -> X"));
        }

        @Test
        void validate_reportsAtMostTheLimitOfCycles() {
            List<Activity> loops = new ArrayList<>();
            for (int i = 0; i < ProjectValidator.MAX_CYCLES_REPORTED + 5; i++) {
                loops.add(Activity.builder("L" + i, "loop").predecessor("L" + i).build());
            }

            assertThat(VALIDATOR.validate(with(b -> b.activities(loops))).withCode(ViolationCode.DEPENDENCY_CYCLE))
                    .hasSize(ProjectValidator.MAX_CYCLES_REPORTED);
        }
    }

    @Nested
    class Currencies {

        @Test
        void validate_reportsAnActivityBudgetInAnotherCurrency_withPathAndBothLanguages() {
            assertOnly(withActivity(A2.toBuilder().budget(usd("200000.00")).build()), ViolationCode.CURRENCY_MISMATCH,
                    "activities[A2].budget", "activities[A2].budget is in USD, but the project currency is CNY",
                    "activities[A2].budget 的币种为 USD，但项目币种为 CNY");
        }

        @Test
        void validate_checksEveryAmount_ofTheProject() {
            Project inUsd = VALID.toBuilder().currency("USD").build();

            assertThat(VALIDATOR.validate(inUsd).violations())
                    .allSatisfy(v -> assertThat(v.code()).isEqualTo(ViolationCode.CURRENCY_MISMATCH))
                    .allSatisfy(v -> assertThat(v.arguments().subList(1, 3)).containsExactly("CNY", "USD"))
                    .extracting(Violation::path)
                    .containsExactly(
                            "budget.approvedTotal", "budget.contingencyReserve", "budget.managementReserve",
                            "resources[PM].rate", "resources[DEV].rate",
                            "activities[A1].budget", "activities[A2].budget", "activities[A12].budget",
                            "activities[A13].budget",
                            "risks[RK1].impact.cost",
                            "changeRequests[CR1].impact.cost", "changeRequests[CR1].activities.add[N1].budget",
                            "changeRequests[CR1].activities.modify[0].budget",
                            "baselines[0].activities[0].budget", "baselines[0].activities[1].budget",
                            "baselines[0].activities[2].budget", "baselines[0].activities[3].budget",
                            "actualCosts[0].amount", "actualCosts[1].amount");
        }
    }

    @Nested
    class Dates {

        @Test
        void validate_reportsAStartOutsideTheCalendar_withPathAndBothLanguages() {
            assertOnly(with(b -> b.start(date("2027-01-04"))), ViolationCode.CALENDAR_NOT_COVERED, "start",
                    "start (2027-01-04) is outside calendar CN, which covers 2025-2026",
                    "start（2027-01-04）超出日历 CN 的覆盖范围（2025-2026）");
        }

        @Test
        void validate_reportsABaselineDateOutsideTheCalendar_withPathAndBothLanguages() {
            List<BaselineActivity> activities = new ArrayList<>(VALID.baselines().get(0).activities());
            activities.set(0, new BaselineActivity(ActivityId.of("A1"), date("2024-12-30"), date("2026-01-09"),
                    cny("100000.00")));

            assertOnly(with(b -> b.baselines(List.of(new Baseline(1, START, activities)))),
                    ViolationCode.CALENDAR_NOT_COVERED, "baselines[0].activities[0].start",
                    "baselines[0].activities[0].start (2024-12-30) is outside calendar CN, which covers 2025-2026",
                    "baselines[0].activities[0].start（2024-12-30）超出日历 CN 的覆盖范围（2025-2026）");
        }

        @Test
        void validate_namesTheSupportedYears_forACalendarWithoutHolidays() {
            Project p = Project.builder("P3", "Far future").currency("CNY").calendar(WorkCalendar.MON_FRI)
                    .start(date("2201-01-05")).build();

            assertOnly(p, ViolationCode.CALENDAR_NOT_COVERED, "start",
                    "start (2201-01-05) is outside calendar MON_FRI, which covers 1900-2200",
                    "start（2201-01-05）超出日历 MON_FRI 的覆盖范围（1900-2200）");
        }

        @Test
        void validate_namesTheOneCoveredYear_ofACustomCalendar() {
            WorkCalendar only2026 = WorkCalendar.custom(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                    List.of(date("2026-05-01")), List.of());
            Project p = Project.builder("P4", "Custom").currency("CNY").calendar(only2026).start(date("2025-12-29"))
                    .build();

            assertOnly(p, ViolationCode.CALENDAR_NOT_COVERED, "start",
                    "start (2025-12-29) is outside calendar CUSTOM, which covers 2026",
                    "start（2025-12-29）超出日历 CUSTOM 的覆盖范围（2026）");
        }

        @Test
        void validate_checksEveryDateThatWorkingDayArithmeticUses() {
            Milestone m = VALID.milestones().get(0);
            Project p = with(b -> b.statusDate(date("2027-01-08"))
                    .activities(List.of(A1, A2, A12.toBuilder().constraint(new ActivityConstraint(
                            ConstraintType.MUST_FINISH_ON, date("2027-02-01"))).build(), A13))
                    .milestones(List.of(new Milestone(m.id(), m.name(), m.kind(), m.activity(),
                            Optional.of(date("2024-01-30")), m.deliverable(), m.acceptance(), m.owner(),
                            Optional.of(date("2027-01-05")))))
                    .progress(List.of(progress("2026-04-30", "A1", "2024-12-31", "2027-01-06"))));

            assertThat(VALIDATOR.validate(p).withCode(ViolationCode.CALENDAR_NOT_COVERED))
                    .extracting(Violation::path)
                    .containsExactly("statusDate", "activities[A12].constraint.date", "milestones[M1].due",
                            "milestones[M1].actual", "progress[0].actualStart", "progress[0].actualFinish");
        }

        @Test
        void validate_reportsProgressAfterTheStatusDate_withPathAndBothLanguages() {
            assertOnly(withProgress(VALID.progress().get(0), VALID.progress().get(1),
                    progress("2026-05-06", "A12", "2026-04-20", null)),
                    ViolationCode.DATE_AFTER_STATUS_DATE, "progress[2].date",
                    "progress[2].date (2026-05-06) is after the status date 2026-04-30",
                    "progress[2].date（2026-05-06）晚于状态日期 2026-04-30");
        }

        @Test
        void validate_reportsAnActualStartAfterTheStatusDate() {
            assertOnly(withProgress(progress("2026-04-30", "A1", "2026-05-06", null)),
                    ViolationCode.DATE_AFTER_STATUS_DATE, "progress[0].actualStart",
                    "progress[0].actualStart (2026-05-06) is after the status date 2026-04-30",
                    "progress[0].actualStart（2026-05-06）晚于状态日期 2026-04-30");
        }

        @Test
        void validate_reportsAnActualCostAfterTheStatusDate_withPathAndBothLanguages() {
            assertOnly(with(b -> b.actualCost(new ActualCost(date("2026-05-31"), ActivityId.of("A2"), cny("1.00")))),
                    ViolationCode.DATE_AFTER_STATUS_DATE, "actualCosts[2].date",
                    "actualCosts[2].date (2026-05-31) is after the status date 2026-04-30",
                    "actualCosts[2].date（2026-05-31）晚于状态日期 2026-04-30");
        }

        @Test
        void validate_reportsAMilestoneReachedAfterTheStatusDate() {
            Milestone m = VALID.milestones().get(0);
            Milestone late = new Milestone(m.id(), m.name(), m.kind(), m.activity(), m.due(), m.deliverable(),
                    m.acceptance(), m.owner(), Optional.of(date("2026-05-06")));

            assertOnly(with(b -> b.milestones(List.of(late))), ViolationCode.DATE_AFTER_STATUS_DATE,
                    "milestones[M1].actual", "milestones[M1].actual (2026-05-06) is after the status date 2026-04-30",
                    "milestones[M1].actual（2026-05-06）晚于状态日期 2026-04-30");
        }

        @Test
        void validate_acceptsRecordsOnTheStatusDate_andAnyDateWithoutAStatusDate() {
            assertValid(withProgress(progress("2026-04-30", "A1", "2026-04-30", "2026-04-30")));
            assertValid(with(b -> b.statusDate(null).progress(List.of(progress("2026-12-30", "A1", "2026-12-01",
                    null))).actualCost(new ActualCost(date("2026-12-31"), ActivityId.of("A1"), cny("1.00")))));
        }

        @Test
        void validate_reportsActualFinishBeforeActualStart_withPathAndBothLanguages() {
            assertOnly(withProgress(progress("2026-04-30", "A1", "2026-01-09", "2026-01-05")), ViolationCode.DATE_ORDER,
                    "progress[0].actualFinish",
                    "progress[0].actualFinish (2026-01-05) must not be before progress[0].actualStart (2026-01-09)",
                    "progress[0].actualFinish（2026-01-05）不能早于 progress[0].actualStart（2026-01-09）");
        }

        @Test
        void validate_reportsBaselineFinishBeforeStart_withPathAndBothLanguages() {
            List<BaselineActivity> activities = new ArrayList<>(VALID.baselines().get(0).activities());
            activities.set(2, new BaselineActivity(ActivityId.of("A12"), date("2026-01-30"), date("2026-01-19"),
                    cny("500000.00")));

            assertOnly(with(b -> b.baselines(List.of(new Baseline(1, START, activities)))), ViolationCode.DATE_ORDER,
                    "baselines[0].activities[2].finish",
                    "baselines[0].activities[2].finish (2026-01-19) must not be before baselines[0].activities[2].start"
                            + " (2026-01-30)",
                    "baselines[0].activities[2].finish（2026-01-19）不能早于 baselines[0].activities[2].start"
                            + "（2026-01-30）");
        }

        @Test
        void validate_acceptsAFinishOnTheStartDay() {
            assertValid(withBaselineActivities(new BaselineActivity(ActivityId.of("A1"), START, START, cny("0"))));
        }

        @Test
        void validate_reportsAnActualFinishWithoutActualStart_withPathAndBothLanguages() {
            assertOnly(withProgress(progress("2026-04-30", "A1", null, "2026-01-09")), ViolationCode.VALUE_REQUIRED,
                    "progress[0].actualStart", "progress[0].actualStart is required", "progress[0].actualStart 为必填项");
        }
    }

    @Nested
    class ModelConstraints {

        @Test
        void validate_reportsABlankActivityName_withPathAndBothLanguages() {
            assertOnly(withActivity(A12.toBuilder().name("  ").build()), ViolationCode.VALUE_BLANK,
                    "activities[A12].name", "activities[A12].name must not be blank", "activities[A12].name 不能为空");
        }

        @Test
        void validate_reportsAPresentButBlankOptionalOwner_withPathAndBothLanguages() {
            assertOnly(withGoal(Goal.of("G2", "Improve service").withOwner(" \t")), ViolationCode.VALUE_BLANK,
                    "goals[G2].owner", "goals[G2].owner must not be blank", "goals[G2].owner 不能为空");
        }

        @Test
        void validate_reportsATooLongName_withPathAndBothLanguages() {
            assertOnly(withActivity(A12.toBuilder().name("x".repeat(201)).build()), ViolationCode.VALUE_TOO_LONG,
                    "activities[A12].name", "activities[A12].name must be at most 200 characters long, but has 201",
                    "activities[A12].name 最多 200 个字符，实际为 201 个");
        }

        @Test
        void validate_reportsAMalformedWbsCode_withPathAndBothLanguages() {
            assertOnly(withActivity(A12.toBuilder().wbs("1..2").build()), ViolationCode.VALUE_MALFORMED,
                    "activities[A12].wbs", "activities[A12].wbs must look like 3.1.2: '1..2'",
                    "activities[A12].wbs 的格式应形如 3.1.2：'1..2'");
        }

        @Test
        void validate_reportsATooLongDuration_withPathAndBothLanguages() {
            assertOnly(withActivity(A12.toBuilder().duration(100_001).build()), ViolationCode.VALUE_TOO_LARGE,
                    "activities[A12].duration", "activities[A12].duration must be at most 100000: 100001",
                    "activities[A12].duration 不能大于 100000：100001");
        }

        @Test
        void validate_reportsATooLongLead_withPathAndBothLanguages() {
            assertOnly(withActivity(A12.toBuilder().predecessors(List.of(Dependency.of("A2", DependencyType.FS,
                    -100_001))).build()), ViolationCode.VALUE_TOO_SMALL, "activities[A12].predecessors[0].lag",
                    "activities[A12].predecessors[0].lag must be at least -100000: -100001",
                    "activities[A12].predecessors[0].lag 不能小于 -100000：-100001");
        }

        @Test
        void validate_reportsATooLongLag() {
            assertOnly(withActivity(A12.toBuilder().predecessors(List.of(Dependency.of("A2", DependencyType.FS,
                    100_001))).build()), ViolationCode.VALUE_TOO_LARGE, "activities[A12].predecessors[0].lag",
                    "activities[A12].predecessors[0].lag must be at most 100000: 100001",
                    "activities[A12].predecessors[0].lag 不能大于 100000：100001");
        }

        @Test
        void validate_reportsABlankProjectName_atThePathName() {
            assertOnly(with(b -> b.name("")), ViolationCode.VALUE_BLANK, "name", "name must not be blank",
                    "name 不能为空");
        }

        @Test
        void validate_namesNestedEntitiesByIdAndOthersByPosition() {
            Kpi blankKpi = new Kpi(" ", Optional.empty(), Optional.of(""), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of());
            ChangeRequest cr = VALID.changeRequests().get(0);
            ChangeRequest broken = new ChangeRequest(cr.id(), "", cr.type(), cr.requester(), cr.submitted(),
                    cr.impact(), cr.status(),
                    List.of(cr.decisions().get(0), new Decision(" ", Role.SPONSOR, DecisionType.REJECT,
                            OffsetDateTime.parse("2026-04-13T09:00:00+08:00"), Optional.of("c".repeat(1001)))),
                    Optional.of(changes(List.of(N1.toBuilder().name(" ").build()), List.of(),
                            List.of(new ActivityModification(ActivityId.of("A12"), Optional.of(""),
                                    OptionalInt.empty(), Optional.empty())),
                            List.of(new PredecessorAddition(ActivityId.of("A12"), ActivityId.of("N1"),
                                    DependencyType.FS, 100_001)))));
            Project p = withGoal(VALID.goals().get(0).withKpi(blankKpi)).toBuilder()
                    .changeRequests(List.of(broken)).sponsor(" ").build();

            assertThat(VALIDATOR.validate(p).violations()).extracting(Violation::path, Violation::code)
                    .containsExactly(
                            tuple("changeRequests[CR1].activities.addPredecessors[0].lag",
                                    ViolationCode.VALUE_TOO_LARGE),
                            tuple("changeRequests[CR1].activities.add[N1].name",
                                    ViolationCode.VALUE_BLANK),
                            tuple("changeRequests[CR1].activities.modify[0].name",
                                    ViolationCode.VALUE_BLANK),
                            tuple("changeRequests[CR1].decisions[1].by",
                                    ViolationCode.VALUE_BLANK),
                            tuple("changeRequests[CR1].decisions[1].comment",
                                    ViolationCode.VALUE_TOO_LONG),
                            tuple("changeRequests[CR1].title", ViolationCode.VALUE_BLANK),
                            tuple("goals[G1].kpi.name", ViolationCode.VALUE_BLANK),
                            tuple("goals[G1].kpi.unit", ViolationCode.VALUE_BLANK),
                            tuple("sponsor", ViolationCode.VALUE_BLANK));
        }

        @Test
        void constructors_refuseWhatNoValueMayBe_withTheCodesReadersReport() {
            InvalidValueException percent = catchThrowableOfType(InvalidValueException.class,
                    () -> new ProgressRecord(STATUS, ActivityId.of("A1"), new BigDecimal("100.5"), Optional.empty(),
                            Optional.empty(), OptionalInt.empty()));
            InvalidValueException duration = catchThrowableOfType(InvalidValueException.class,
                    () -> A12.toBuilder().duration(-3).build());

            assertThat(percent.violation().code()).isEqualTo(ViolationCode.PERCENT_COMPLETE_OUT_OF_RANGE);
            assertThat(percent.violation().under("progress[0]").path()).isEqualTo("progress[0].percentComplete");
            assertThat(duration.violation().code()).isEqualTo(ViolationCode.ACTIVITY_DURATION_NEGATIVE);
            assertThat(duration.violation().under("activities[A12]")).hasToString("activities[A12].duration"
                    + " ACTIVITY_DURATION_NEGATIVE: activity A12: duration must not be negative: -3");
        }
    }

    @Nested
    class WholeProject {

        /** Five problems of five kinds in one project. */
        private Project broken() {
            return with(b -> b.activities(List.of(A1.toBuilder().predecessor("A12").build(),
                            A2.toBuilder().name(" ").build(), A12.toBuilder().budget(usd("1.00")).build(),
                            A13.toBuilder().predecessor("A99").build()))
                    .actualCost(new ActualCost(date("2026-05-04"), ActivityId.of("A1"), cny("1.00"))));
        }

        @Test
        void validate_reportsEveryViolationAtOnce_modelConstraintsFirst() {
            assertThat(VALIDATOR.validate(broken()).violations()).extracting(Violation::code).containsExactly(
                    ViolationCode.VALUE_BLANK, ViolationCode.REFERENCE_UNKNOWN, ViolationCode.DEPENDENCY_CYCLE,
                    ViolationCode.CURRENCY_MISMATCH, ViolationCode.DATE_AFTER_STATUS_DATE);
        }

        @Test
        void validate_givesEqualResults_whenCalledTwice() {
            Project p = broken();

            assertThat(VALIDATOR.validate(p)).isEqualTo(VALIDATOR.validate(p));
            assertThat(VALIDATOR.validate(VALID)).isEqualTo(VALIDATOR.validate(VALID));
        }

        @Test
        void describe_listsEveryViolation_inBothLanguages() {
            ValidationResult r = VALIDATOR.validate(broken());

            assertThat(r.describe(Locale.ENGLISH).lines()).hasSize(5)
                    .contains("activities[A1].predecessors DEPENDENCY_CYCLE: dependency cycle: A1 -> A2 -> A12 -> A1");
            assertThat(r.describe(Locale.SIMPLIFIED_CHINESE).lines()).hasSize(5)
                    .contains("activities[A13].predecessors[1].activity REFERENCE_UNKNOWN: "
                            + "activities[A13].predecessors[1].activity 引用了不存在的任务：A99");
        }
    }

    // The result does not depend on the order of the activities.

    private static final Comparator<Violation> BY_CONTENT = Comparator.comparing(Violation::path)
            .thenComparing(Violation::code).thenComparing(v -> String.join("|", v.arguments()));

    /** Random activities T0..Tn with random links (cycles and unknown ones too) and random flaws. */
    @Provide
    Arbitrary<List<Activity>> activityLists() {
        Arbitrary<Activity> activity = Combinators.combine(
                Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 13).list().ofMaxSize(3),
                Arbitraries.of("Work", " ", "x".repeat(201)),
                Arbitraries.of(0, 5, 100_001),
                Arbitraries.of("CNY", "USD"),
                Arbitraries.of(0, -100_001))
                .as((id, links, name, duration, currency, lag) -> {
                    Activity.Builder b = Activity.builder("T" + id, name).duration(duration)
                            .budget(Money.of(currency, "10.00"));
                    for (int link : links) {
                        b.predecessor(Dependency.of("T" + link, DependencyType.FS, lag)); // T12, T13 are unknown
                    }
                    return b.build();
                });
        return activity.list().ofMaxSize(12).uniqueElements(Activity::id);
    }

    @Property(tries = 200)
    void validate_doesNotDependOnTheOrderOfTheActivities(@ForAll("activityLists") List<Activity> activities,
            @ForAll Random random) {
        List<Activity> shuffled = new ArrayList<>(activities);
        Collections.shuffle(shuffled, random);

        List<Violation> inOrder = new ArrayList<>(VALIDATOR.validate(with(b -> b.activities(activities))).violations());
        List<Violation> inShuffledOrder = new ArrayList<>(
                VALIDATOR.validate(with(b -> b.activities(shuffled))).violations());
        inOrder.sort(BY_CONTENT);
        inShuffledOrder.sort(BY_CONTENT);

        assertThat(inShuffledOrder).isEqualTo(inOrder);
    }
}
