package org.pmokit.rules.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * SMART-005, time-bound (T): the goal has a deadline (an error without one), the deadline is after
 * the project start (an error otherwise), and it is at most
 * {@link PolicyKeys#GOAL_HORIZON_DAYS goal.deadline.horizonDays} calendar days (default 365) after
 * the planned finish (a warning beyond), so that the goal can still be judged against the project
 * (FORMULAS.md section 7: "a deadline inside the project window").
 *
 * <p>The planned finish is the latest finish date of the current baseline; a project without a
 * baseline, or whose current baseline has no activities, gets only the first two checks.
 *
 * <p>This class is immutable and thread-safe.
 */
final class TimeBoundRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("SMART-005", GoalRules.PACK, Area.GOALS, Subject.GOAL,
            Text.of("Goal is time-bound (T): a deadline after the project start and within goal.deadline.horizonDays "
                            + "of the planned finish",
                    "目标是有时限的（T）：期限晚于项目开始日期，且不超过计划完工日期后 goal.deadline.horizonDays 天"),
            Severity.ERROR);

    private static final Text REMEDY_MISSING = Text.of(
            "Set the date by which the goal must be met.",
            "设定目标必须达成的期限。");

    private static final Text REMEDY_BEFORE_START = Text.of(
            "Set a deadline after the project start.",
            "将期限设在项目开始日期之后。");

    private static final Text REMEDY_TOO_LATE = Text.of(
            "Bring the deadline closer to the planned finish, or split the goal into a project goal and a later "
                    + "benefit to track after closure.",
            "将期限调整到接近计划完工日期，或拆分为项目目标和收尾后跟踪的后续收益。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        Project project = input.project();
        int horizon = input.policy().get(PolicyKeys.GOAL_HORIZON_DAYS);
        Optional<LocalDate> plannedFinish = plannedFinish(project);
        List<Finding> out = new ArrayList<>();
        LocalDate start = project.start();
        for (Goal g : project.goals()) {
            if (g.deadline().isEmpty()) {
                out.add(INFO.finding(Show.subject(g), Text.lazy(() -> Text.of(
                        "goal " + g.id() + " is not time-bound (T): it has no deadline",
                        "目标 " + g.id() + " 没有时限（T）：未设定期限")), REMEDY_MISSING));
                continue;
            }
            LocalDate deadline = g.deadline().get();
            if (!deadline.isAfter(start)) {
                out.add(INFO.finding(Show.subject(g), Text.lazy(() -> Text.of(
                        "goal " + g.id() + " is not time-bound (T): its deadline " + deadline
                                + " is not after the project start " + start,
                        "目标 " + g.id() + " 的时限不合理（T）：期限 " + deadline + " 不晚于项目开始日期 " + start)),
                        REMEDY_BEFORE_START).withMeasure(Show.measure(deadline::toString), Show.measure(() -> "> " + start)));
            } else if (plannedFinish.isPresent() && deadline.isAfter(plannedFinish.get().plusDays(horizon))) {
                LocalDate finish = plannedFinish.get();
                long days = deadline.toEpochDay() - finish.toEpochDay();
                out.add(INFO.finding(Show.subject(g), Text.lazy(() -> Text.of(
                        "goal " + g.id() + " is not time-bound (T): its deadline " + deadline + " is " + days
                                + " days after the planned finish " + finish + ", beyond " + horizon + " days",
                        "目标 " + g.id() + " 的时限过远（T）：期限 " + deadline + " 在计划完工日期 " + finish
                                + " 之后 " + days + " 天，超过 " + horizon + " 天")),
                        REMEDY_TOO_LATE).withSeverity(Severity.WARNING)
                        .withMeasure(Show.measure(deadline::toString), Show.measure(() -> "<= " + finish.plusDays(horizon))));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the planned finish: the latest finish date of the current baseline.
     *
     * @param project the project
     * @return the planned finish, or empty without a baseline or with an empty one
     */
    static Optional<LocalDate> plannedFinish(Project project) {
        Optional<Baseline> baseline = project.currentBaseline();
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        LocalDate latest = null;
        for (BaselineActivity row : baseline.get().activities()) {
            if (latest == null || row.finish().isAfter(latest)) {
                latest = row.finish();
            }
        }
        return Optional.ofNullable(latest);
    }
}
