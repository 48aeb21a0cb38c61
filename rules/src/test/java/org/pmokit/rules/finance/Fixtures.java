package org.pmokit.rules.finance;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.CashFlow;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.RuleSet;

/** Small projects for the finance tests, on the Monday-to-Friday calendar from Monday 2026-01-05. */
final class Fixtures {

    static final Currency CNY = Currency.getInstance("CNY");
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private Fixtures() {
    }

    static Money cny(String amount) {
        return Money.of(CNY, amount);
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    /** A project with nothing but its required parts. */
    static Project.Builder project() {
        return Project.builder("P1", "Finance test").currency(CNY).calendar(WorkCalendar.MON_FRI).start(START);
    }

    static BaselineActivity activity(String id, String start, String finish, String budget) {
        return new BaselineActivity(ActivityId.of(id), date(start), date(finish), cny(budget));
    }

    static Baseline baseline(BaselineActivity... activities) {
        return new Baseline(1, START, List.of(activities));
    }

    /** One 10-working-day activity of 100,000.00 from Monday 2026-01-05 to Friday 2026-01-16. */
    static Baseline tenDayPlan() {
        return baseline(activity("A1", "2026-01-05", "2026-01-16", "100000.00"));
    }

    /** A budget with both reserves. */
    static Budget budget(String approved, String contingency, String management) {
        return Budget.of(cny(approved), cny(contingency), cny(management));
    }

    static List<CashFlow> cashFlows(long... amounts) {
        return IntStream.range(0, amounts.length)
                .mapToObj(t -> CashFlow.of(t, Money.of(CNY, amounts[t])))
                .toList();
    }

    static Evaluation evaluate(Project project, LocalDate statusDate, Policy policy) {
        return RuleSet.of(FinanceRules.pack()).evaluate(project, EvaluationContext.at(statusDate).withPolicy(policy));
    }

    static Evaluation evaluate(Project project, LocalDate statusDate) {
        return evaluate(project, statusDate, Policy.defaults());
    }

    /** The findings of one rule of the pack. */
    static List<Finding> findings(Project project, LocalDate statusDate, Policy policy, String ruleId) {
        return evaluate(project, statusDate, policy).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    static List<Finding> findings(Project project, LocalDate statusDate, String ruleId) {
        return findings(project, statusDate, Policy.defaults(), ruleId);
    }

    static RuleInput input(Project project, LocalDate statusDate) {
        return new RuleInput(project, EvaluationContext.at(statusDate));
    }
}
