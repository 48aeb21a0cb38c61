package org.pmokit.rules.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.core.project.KpiReading;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.MilestoneId;
import org.pmokit.core.project.MilestoneKind;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInput;

/** Small projects for the goals pack's tests: a start on Monday 2026-01-05, one activity A1 baselined to Friday 2026-01-16. */
final class Fixtures {

    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final LocalDate A1_FINISH = LocalDate.of(2026, 1, 16);

    private Fixtures() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** A project with no goals or milestones, activity A1 and a baseline finishing on 2026-01-16. */
    static Project.Builder project() {
        return Project.builder("P", "p").currency("CNY").calendar(WorkCalendar.MON_FRI).start(START)
                .activity(Activity.builder("A1", "Build").duration(10).build())
                .baseline(baseline(1, A1_FINISH));
    }

    /** A project without any baseline. */
    static Project.Builder projectWithoutBaseline() {
        return Project.builder("P", "p").currency("CNY").calendar(WorkCalendar.MON_FRI).start(START)
                .activity(Activity.builder("A1", "Build").duration(10).build());
    }

    static Baseline baseline(int version, LocalDate finish) {
        return new Baseline(version, START, List.of(
                new BaselineActivity(ActivityId.of("A1"), START, finish, Money.of("CNY", "0.00"))));
    }

    /** Client retention in %, from 76 to 82. */
    static Kpi retention(KpiReading... readings) {
        return new Kpi("Client retention", Optional.of(KpiDimension.VALUE), Optional.of("%"), Optional.of(dec("76")),
                Optional.of(dec("82")), Optional.of(Direction.INCREASE), List.of(readings));
    }

    static KpiReading reading(String date, String value) {
        return new KpiReading(date(date), dec(value));
    }

    /** A goal that passes every SMART rule. */
    static Goal smart(String id) {
        return Goal.of(id, "Raise client retention from 76% to 82% by 2026-12-31")
                .withKpi(retention())
                .withDeadline(date("2026-12-31"))
                .withOwner("Private banking")
                .withObjective("Wealth growth");
    }

    /** A milestone that passes every milestone rule: marks A1, due on its baseline finish, not yet reached. */
    static Milestone milestone(String id) {
        return new Milestone(MilestoneId.of(id), "Build done", Optional.of(MilestoneKind.PHASE),
                Optional.of(ActivityId.of("A1")), Optional.of(A1_FINISH), Optional.of("Release 1.0"),
                Optional.of("Signed by business, IT and compliance"), Optional.of("PMO"), Optional.empty());
    }

    static Milestone withDue(Milestone m, Optional<LocalDate> due) {
        return new Milestone(m.id(), m.name(), m.kind(), m.activity(), due, m.deliverable(), m.acceptance(),
                m.owner(), m.actual());
    }

    static Milestone withActual(Milestone m, LocalDate actual) {
        return new Milestone(m.id(), m.name(), m.kind(), m.activity(), m.due(), m.deliverable(), m.acceptance(),
                m.owner(), Optional.of(actual));
    }

    /** Evaluates one rule at the project's status date, or its start. */
    static List<Finding> evaluate(Rule rule, Project project) {
        return evaluate(rule, project, EvaluationContext.of(project));
    }

    static List<Finding> evaluate(Rule rule, Project project, EvaluationContext context) {
        return rule.evaluate(new RuleInput(project, context));
    }
}
