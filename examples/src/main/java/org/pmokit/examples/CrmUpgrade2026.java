package org.pmokit.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.Assignment;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ChangeType;
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
import org.pmokit.core.project.Phase;
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
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.core.project.Role;
import org.pmokit.core.time.WorkCalendar;

/**
 * The CRM upgrade of seed 002 built in Java: the same project as {@code samples/crm-upgrade-2026.json}
 * (the agreed example document), at its status date 2026-04-30.
 *
 * <p>It shows how a host builds a project in code, and it is the fixture that tests compare the
 * JSON reader against.
 */
public final class CrmUpgrade2026 {

    private CrmUpgrade2026() {
    }

    private static Money cny(String amount) {
        return Money.of("CNY", amount);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    /**
     * Returns the project.
     *
     * @return the CRM upgrade project
     */
    public static Project project() {
        return Project.builder("CRM-2026", "CRM upgrade 2026")
                .localName("客户关系管理系统升级 2026")
                .description("Consolidate three CRM systems onto one customer data platform and cut CRM operating cost (seed 002).")
                .sponsor("Retail banking division")
                .manager("PMO project manager")
                .department("Information technology department")
                .currency("CNY")
                .calendar(WorkCalendar.CN)
                .start(date("2026-01-05"))
                .statusDate(date("2026-04-30"))
                .phase(Phase.BUILD)
                .goals(goals())
                .requirements(requirements())
                .resources(resources())
                .activities(activities())
                .milestones(milestones())
                .budget(Budget.of(cny("9800000.00"), cny("1400000.00"),
                        cny("400000.00")))
                .risks(risks())
                .changeRequests(changeRequests())
                .baselines(List.of(baseline()))
                .progress(progress())
                .actualCosts(actualCosts())
                .build();
    }

    private static List<Goal> goals() {
        return List.of(
                Goal.of("G1", "Cut CRM annual operating cost by 27% by 2026-12-31")
                        .withKpi(Kpi.of("CRM annual operating cost", KpiDimension.COST, "CNY",
                                new BigDecimal("40000000"), new BigDecimal("29200000"), Direction.DECREASE))
                        .withDeadline(date("2026-12-31"))
                        .withOwner("CIO office")
                        .withObjective("Digital transformation cost target"),
                Goal.of("G2", "Raise high-net-worth client retention to 82% by 2026-12-31")
                        .withKpi(Kpi.of("High-net-worth client retention", KpiDimension.VALUE, "%",
                                new BigDecimal("76"), new BigDecimal("82"), Direction.INCREASE))
                        .withDeadline(date("2026-12-31"))
                        .withOwner("Private banking")
                        .withRequirements("R1"),
                Goal.of("G3", "Cut average customer acquisition cost by 40%")
                        .withKpi(Kpi.of("Average acquisition cost, high-net-worth client", KpiDimension.EFFICIENCY, "CNY",
                                new BigDecimal("120000"), new BigDecimal("72000"), Direction.DECREASE))
                        .withDeadline(date("2027-06-30"))
                        .withOwner("Marketing"),
                Goal.of("G4", "提升客户服务体验")
                        .withOwner("Customer service"));
    }

    private static List<Requirement> requirements() {
        return List.of(
                Requirement.of("R1", RequirementType.BUSINESS, Priority.MUST, "Single customer view across channels"),
                Requirement.of("R2", RequirementType.TECHNICAL, Priority.MUST, "Customer data platform with lake-house storage"),
                Requirement.of("R3", RequirementType.COMPLIANCE, Priority.MUST, "Personal information protection: consent, masking and access audit"),
                Requirement.of("R4", RequirementType.BUSINESS, Priority.SHOULD, "Churn early-warning for relationship managers"));
    }

    private static List<Resource> resources() {
        return List.of(
                Resource.of("PM", "Project manager", ResourceType.LABOR, cny("3000.00"), BigDecimal.valueOf(1)),
                Resource.of("DS", "Data scientists", ResourceType.LABOR, cny("4500.00"), BigDecimal.valueOf(6)),
                Resource.of("DEV", "Vendor development team", ResourceType.LABOR, cny("3800.00"), BigDecimal.valueOf(10)),
                Resource.of("GPU", "GPU server cluster", ResourceType.EQUIPMENT, cny("2000.00"), BigDecimal.valueOf(1)));
    }

    private static List<Activity> activities() {
        return List.of(
                Activity.builder("A1", "Current-state assessment").wbs("1.1").phase(Phase.INITIATION)
                        .duration(15).budget(cny("300000.00"))
                        .resource(Assignment.of("PM", 1))
                        .build(),
                Activity.builder("A2", "Requirements priority matrix").wbs("1.2").phase(Phase.REQUIREMENTS)
                        .duration(5).budget(cny("100000.00"))
                        .predecessor("A1")
                        .build(),
                Activity.builder("A3", "Target architecture (customer data platform)").wbs("2.1").phase(Phase.DESIGN)
                        .duration(20).budget(cny("600000.00"))
                        .predecessor("A2")
                        .build(),
                Activity.builder("A4", "Data governance design").wbs("2.2").phase(Phase.DESIGN)
                        .duration(15).budget(cny("400000.00"))
                        .predecessor("A2")
                        .build(),
                Activity.builder("A5", "Implementation roadmap").wbs("2.3").phase(Phase.DESIGN)
                        .duration(10).budget(cny("200000.00"))
                        .predecessor("A3")
                        .predecessor("A4")
                        .build(),
                Activity.builder("A6", "Customer data platform build").wbs("3.1").phase(Phase.BUILD)
                        .duration(40).budget(cny("2400000.00"))
                        .predecessor("A5")
                        .resource(Assignment.of("DEV", 8))
                        .build(),
                Activity.builder("A7", "Churn early-warning model").wbs("3.2").phase(Phase.BUILD)
                        .duration(30).budget(cny("900000.00"))
                        .predecessor(Dependency.of("A6", DependencyType.SS, 10))
                        .resource(Assignment.of("DS", 4))
                        .resource(Assignment.of("GPU", 1))
                        .build(),
                Activity.builder("A8", "Integration and security testing").wbs("3.3").phase(Phase.TEST)
                        .duration(20).budget(cny("600000.00"))
                        .predecessor("A6")
                        .predecessor("A7")
                        .build(),
                Activity.builder("A9", "Pilot in three branches").wbs("4.1").phase(Phase.DEPLOYMENT)
                        .duration(20).budget(cny("700000.00"))
                        .predecessor("A8")
                        .build(),
                Activity.builder("A10", "Pilot review").wbs("4.2").phase(Phase.DEPLOYMENT)
                        .duration(5).budget(cny("100000.00"))
                        .predecessor("A9")
                        .build(),
                Activity.builder("A11", "Rollout to all branches").wbs("5.1").phase(Phase.DEPLOYMENT)
                        .duration(30).budget(cny("1200000.00"))
                        .predecessor("A10")
                        .build(),
                Activity.builder("A12", "Operations handover").wbs("5.2").phase(Phase.OPERATIONS)
                        .duration(10).budget(cny("200000.00"))
                        .predecessor("A11")
                        .build(),
                Activity.builder("A13", "Staff training").wbs("5.3").phase(Phase.DEPLOYMENT)
                        .duration(15).budget(cny("300000.00"))
                        .predecessor(Dependency.of("A11", DependencyType.SS, 5))
                        .build(),
                Activity.builder("A14", "Go-live complete").wbs("5.4").phase(Phase.CLOSURE)
                        .duration(0).budget(cny("0.00"))
                        .predecessor("A12")
                        .predecessor("A13")
                        .build());
    }

    private static List<Milestone> milestones() {
        return List.of(
                new Milestone(MilestoneId.of("M1"), "Assessment and requirements signed off", Optional.of(MilestoneKind.PHASE),
                        Optional.of(ActivityId.of("A2")), Optional.of(date("2026-01-30")),
                        Optional.of("Requirements specification"),
                        Optional.of("Signed by business, IT and compliance"),
                        Optional.of("PMO project manager"), Optional.of(LocalDate.parse("2026-01-30"))),
                new Milestone(MilestoneId.of("M2"), "Target architecture approved", Optional.of(MilestoneKind.KEY_TASK),
                        Optional.of(ActivityId.of("A3")), Optional.of(date("2026-03-05")),
                        Optional.of("Architecture design document"),
                        Optional.of("Approved by the architecture review board"),
                        Optional.of("Chief architect"), Optional.of(LocalDate.parse("2026-03-10"))),
                new Milestone(MilestoneId.of("M3"), "Customer data platform ready for integration testing", Optional.of(MilestoneKind.DELIVERABLE),
                        Optional.of(ActivityId.of("A6")), Optional.of(date("2026-05-19")),
                        Optional.of("Platform release 1.0"),
                        Optional.of("All must-have requirements pass acceptance tests; no open severity-1 defects"),
                        Optional.of("Vendor delivery lead"), Optional.empty()),
                new Milestone(MilestoneId.of("M4"), "Pilot complete in three branches", Optional.of(MilestoneKind.PHASE),
                        Optional.of(ActivityId.of("A10")), Optional.of(date("2026-07-22")),
                        Optional.of("Pilot review report"),
                        Optional.empty(),
                        Optional.of("Retail banking division"), Optional.empty()),
                new Milestone(MilestoneId.of("M5"), "Go-live complete", Optional.of(MilestoneKind.PHASE),
                        Optional.of(ActivityId.of("A14")), Optional.of(date("2026-09-16")),
                        Optional.of("Operations handover report"),
                        Optional.of("Operations team signs the handover checklist"),
                        Optional.of("PMO project manager"), Optional.empty()));
    }

    private static List<Risk> risks() {
        return List.of(
                new Risk(RiskId.of("RK1"), "Customer data lost or corrupted during migration", RiskCategory.TECHNICAL, RiskKind.THREAT,
                        new BigDecimal("0.3"), new RiskImpact(Optional.of(cny("500000.00")), OptionalInt.of(10), OptionalInt.of(4)),
                        Optional.of("Data migration lead"), Optional.of(RiskStrategy.MITIGATE),
                        Optional.of("Dual-run old and new systems; reconcile row counts daily"),
                        RiskStatus.OPEN, Optional.of(LocalDate.parse("2026-01-20")), Optional.of(LocalDate.parse("2026-04-15")),
                        List.of(ActivityId.of("A6"))),
                new Risk(RiskId.of("RK2"), "Vendor team delivers late", RiskCategory.VENDOR, RiskKind.THREAT,
                        new BigDecimal("0.4"), new RiskImpact(Optional.of(cny("300000.00")), OptionalInt.of(15), OptionalInt.of(3)),
                        Optional.of("Vendor manager"), Optional.of(RiskStrategy.TRANSFER),
                        Optional.of("Late-delivery penalty clause in the contract"),
                        RiskStatus.OPEN, Optional.of(LocalDate.parse("2026-02-02")), Optional.of(LocalDate.parse("2026-03-01")),
                        List.of(ActivityId.of("A6"), ActivityId.of("A8"))),
                new Risk(RiskId.of("RK3"), "Personal-information protection finding by the regulator", RiskCategory.COMPLIANCE, RiskKind.THREAT,
                        new BigDecimal("0.2"), new RiskImpact(Optional.of(cny("1000000.00")), OptionalInt.of(20), OptionalInt.of(5)),
                        Optional.of("Compliance officer"), Optional.of(RiskStrategy.MITIGATE),
                        Optional.of("Privacy impact assessment before the pilot"),
                        RiskStatus.OPEN, Optional.of(LocalDate.parse("2026-01-12")), Optional.of(LocalDate.parse("2026-04-20")),
                        List.of(ActivityId.of("A8"), ActivityId.of("A9"))),
                new Risk(RiskId.of("RK4"), "Key data scientists leave", RiskCategory.RESOURCE, RiskKind.THREAT,
                        new BigDecimal("0.5"), new RiskImpact(Optional.of(cny("150000.00")), OptionalInt.of(8), OptionalInt.of(3)),
                        Optional.empty(), Optional.empty(),
                        Optional.empty(),
                        RiskStatus.OPEN, Optional.of(LocalDate.parse("2026-03-02")), Optional.empty(),
                        List.of(ActivityId.of("A7"))),
                new Risk(RiskId.of("OP1"), "Reuse the group's customer data platform licence", RiskCategory.FINANCIAL, RiskKind.OPPORTUNITY,
                        new BigDecimal("0.3"), new RiskImpact(Optional.of(cny("200000.00")), OptionalInt.empty(), OptionalInt.of(2)),
                        Optional.of("CIO office"), Optional.of(RiskStrategy.EXPLOIT),
                        Optional.empty(),
                        RiskStatus.OPEN, Optional.of(LocalDate.parse("2026-02-20")), Optional.of(LocalDate.parse("2026-04-10")),
                        List.of()));
    }

    private static List<ChangeRequest> changeRequests() {
        return List.of(
                new ChangeRequest(ChangeRequestId.of("CR1"), "Move the churn model to start ten days after the platform build starts",
                        ChangeType.SCHEDULE, "Data science team lead", Optional.of(date("2026-02-03")),
                        Optional.of(new ImpactAssessment(cny("0.00"), 0, ImpactLevel.LOW, ImpactLevel.LOW,
                                ImpactLevel.MEDIUM, false)),
                        ChangeStatus.CLOSED, List.of(new Decision("PMO project manager", Role.PROJECT_MANAGER, DecisionType.APPROVE,
                                OffsetDateTime.parse("2026-02-05T10:30:00+08:00"), Optional.of("No effect on the critical path"))),
                        Optional.empty()),
                new ChangeRequest(ChangeRequestId.of("CR2"), "Add WeChat customer-service conversations as a data source",
                        ChangeType.SCOPE, "Retail banking division", Optional.of(date("2026-04-10")),
                        Optional.of(new ImpactAssessment(cny("350000.00"), 8, ImpactLevel.MEDIUM, ImpactLevel.HIGH,
                                ImpactLevel.MEDIUM, true)),
                        ChangeStatus.ASSESSED, List.of(),
                        Optional.of(new ActivityChanges(List.of(
                                Activity.builder("A6b", "WeChat data connector").wbs("3.1.1").phase(Phase.BUILD)
                                        .duration(8).budget(cny("350000.00"))
                                        .predecessor("A6")
                                        .build()),
                                List.of(), List.of(),
                                List.of(new PredecessorAddition(ActivityId.of("A8"), ActivityId.of("A6b"), DependencyType.FS, 0))))));
    }

    private static Baseline baseline() {
        return new Baseline(1, date("2026-01-05"), List.of(
                new BaselineActivity(ActivityId.of("A1"), date("2026-01-05"), date("2026-01-23"), cny("300000.00")),
                new BaselineActivity(ActivityId.of("A2"), date("2026-01-26"), date("2026-01-30"), cny("100000.00")),
                new BaselineActivity(ActivityId.of("A3"), date("2026-02-02"), date("2026-03-05"), cny("600000.00")),
                new BaselineActivity(ActivityId.of("A4"), date("2026-02-02"), date("2026-02-27"), cny("400000.00")),
                new BaselineActivity(ActivityId.of("A5"), date("2026-03-06"), date("2026-03-19"), cny("200000.00")),
                new BaselineActivity(ActivityId.of("A6"), date("2026-03-20"), date("2026-05-19"), cny("2400000.00")),
                new BaselineActivity(ActivityId.of("A7"), date("2026-04-03"), date("2026-05-19"), cny("900000.00")),
                new BaselineActivity(ActivityId.of("A8"), date("2026-05-20"), date("2026-06-16"), cny("600000.00")),
                new BaselineActivity(ActivityId.of("A9"), date("2026-06-17"), date("2026-07-15"), cny("700000.00")),
                new BaselineActivity(ActivityId.of("A10"), date("2026-07-16"), date("2026-07-22"), cny("100000.00")),
                new BaselineActivity(ActivityId.of("A11"), date("2026-07-23"), date("2026-09-02"), cny("1200000.00")),
                new BaselineActivity(ActivityId.of("A12"), date("2026-09-03"), date("2026-09-16"), cny("200000.00")),
                new BaselineActivity(ActivityId.of("A13"), date("2026-07-30"), date("2026-08-19"), cny("300000.00")),
                new BaselineActivity(ActivityId.of("A14"), date("2026-09-16"), date("2026-09-16"), cny("0.00"))));
    }

    private static List<ProgressRecord> progress() {
        return List.of(
                new ProgressRecord(date("2026-04-30"), ActivityId.of("A1"), BigDecimal.valueOf(100),
                        Optional.of(LocalDate.parse("2026-01-05")), Optional.of(LocalDate.parse("2026-01-23")), OptionalInt.empty()),
                new ProgressRecord(date("2026-04-30"), ActivityId.of("A2"), BigDecimal.valueOf(100),
                        Optional.of(LocalDate.parse("2026-01-26")), Optional.of(LocalDate.parse("2026-01-30")), OptionalInt.empty()),
                new ProgressRecord(date("2026-04-30"), ActivityId.of("A3"), BigDecimal.valueOf(100),
                        Optional.of(LocalDate.parse("2026-02-02")), Optional.of(LocalDate.parse("2026-03-10")), OptionalInt.empty()),
                new ProgressRecord(date("2026-04-30"), ActivityId.of("A4"), BigDecimal.valueOf(100),
                        Optional.of(LocalDate.parse("2026-02-02")), Optional.of(LocalDate.parse("2026-02-27")), OptionalInt.empty()),
                new ProgressRecord(date("2026-04-30"), ActivityId.of("A5"), BigDecimal.valueOf(100),
                        Optional.of(LocalDate.parse("2026-03-11")), Optional.of(LocalDate.parse("2026-03-24")), OptionalInt.empty()),
                new ProgressRecord(date("2026-04-30"), ActivityId.of("A6"), BigDecimal.valueOf(55),
                        Optional.of(LocalDate.parse("2026-03-25")), Optional.empty(), OptionalInt.empty()),
                new ProgressRecord(date("2026-04-30"), ActivityId.of("A7"), BigDecimal.valueOf(35),
                        Optional.of(LocalDate.parse("2026-04-08")), Optional.empty(), OptionalInt.empty()));
    }

    private static List<ActualCost> actualCosts() {
        return List.of(
                new ActualCost(date("2026-01-31"), ActivityId.of("A1"), cny("320000.00")),
                new ActualCost(date("2026-01-31"), ActivityId.of("A2"), cny("95000.00")),
                new ActualCost(date("2026-02-28"), ActivityId.of("A3"), cny("400000.00")),
                new ActualCost(date("2026-02-28"), ActivityId.of("A4"), cny("410000.00")),
                new ActualCost(date("2026-03-31"), ActivityId.of("A3"), cny("290000.00")),
                new ActualCost(date("2026-03-31"), ActivityId.of("A5"), cny("230000.00")),
                new ActualCost(date("2026-03-31"), ActivityId.of("A6"), cny("380000.00")),
                new ActualCost(date("2026-04-30"), ActivityId.of("A6"), cny("1000000.00")),
                new ActualCost(date("2026-04-30"), ActivityId.of("A7"), cny("330000.00")));
    }
}
