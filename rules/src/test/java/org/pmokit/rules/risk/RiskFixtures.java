package org.pmokit.rules.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskId;
import org.pmokit.core.project.RiskImpact;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInput;

/**
 * Projects and risks for the risk pack's tests. A project has BAC CNY 1,000,000.00 (one activity,
 * no baseline), so the default cost thresholds are CNY 10,000 / 30,000 / 50,000 / 100,000, and its
 * status date is {@link #STATUS_DATE}.
 */
final class RiskFixtures {

    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final LocalDate STATUS_DATE = LocalDate.of(2026, 4, 30);

    private RiskFixtures() {
    }

    static Money cny(String amount) {
        return Money.of("CNY", amount);
    }

    /** A project with BAC 1,000,000.00, the given risks, and no budget (so no contingency reserve). */
    static Project project(Risk... risks) {
        return project(List.of(risks));
    }

    static Project project(List<Risk> risks) {
        return Project.builder("P1", "Risk test project").currency("CNY").calendar(WorkCalendar.MON_FRI).start(START)
                .statusDate(STATUS_DATE)
                .activity(Activity.builder("A1", "Build").duration(50).budget(cny("1000000.00")).build())
                .risks(risks)
                .build();
    }

    /** The same project with a budget that holds a contingency reserve. */
    static Project withContingency(Project project, String reserve) {
        return project.toBuilder().budget(Budget.of(cny("1200000.00"), cny(reserve), cny("50000.00"))).build();
    }

    static List<Finding> evaluate(Rule rule, Project project) {
        return evaluate(rule, project, Policy.defaults());
    }

    static List<Finding> evaluate(Rule rule, Project project, Policy policy) {
        return rule.evaluate(new RuleInput(project, EvaluationContext.of(project).withPolicy(policy)));
    }

    static RiskBuilder threat(String id) {
        return new RiskBuilder(id, RiskKind.THREAT).strategy(RiskStrategy.MITIGATE);
    }

    static RiskBuilder opportunity(String id) {
        return new RiskBuilder(id, RiskKind.OPPORTUNITY).strategy(RiskStrategy.EXPLOIT);
    }

    /**
     * Builds a risk; by default open, probability 0.5 (level 3), impact level 3 (score 9, medium),
     * owned, with a strategy and a response, identified on 2026-04-20.
     */
    static final class RiskBuilder {
        private final String id;
        private final RiskKind kind;
        private String title;
        private RiskCategory category = RiskCategory.TECHNICAL;
        private BigDecimal probability = new BigDecimal("0.5");
        private Money cost;
        private Integer days;
        private Integer level = 3;
        private String owner = "Risk owner";
        private RiskStrategy strategy;
        private String response = "Planned response";
        private RiskStatus status = RiskStatus.OPEN;
        private LocalDate identified = LocalDate.of(2026, 4, 20);
        private LocalDate reviewed;
        private OffsetDateTime identifiedAt;
        private OffsetDateTime responseStarted;

        RiskBuilder(String id, RiskKind kind) {
            this.id = id;
            this.kind = kind;
            this.title = "Risk " + id;
        }

        RiskBuilder title(String value) {
            title = value;
            return this;
        }

        RiskBuilder category(RiskCategory value) {
            category = value;
            return this;
        }

        RiskBuilder probability(String value) {
            probability = new BigDecimal(value);
            return this;
        }

        RiskBuilder cost(String value) {
            cost = value == null ? null : cny(value);
            return this;
        }

        RiskBuilder cost(Money value) {
            cost = value;
            return this;
        }

        RiskBuilder days(Integer value) {
            days = value;
            return this;
        }

        RiskBuilder level(Integer value) {
            level = value;
            return this;
        }

        RiskBuilder owner(String value) {
            owner = value;
            return this;
        }

        RiskBuilder strategy(RiskStrategy value) {
            strategy = value;
            return this;
        }

        RiskBuilder response(String value) {
            response = value;
            return this;
        }

        RiskBuilder status(RiskStatus value) {
            status = value;
            return this;
        }

        RiskBuilder identified(LocalDate value) {
            identified = value;
            return this;
        }

        RiskBuilder reviewed(LocalDate value) {
            reviewed = value;
            return this;
        }

        RiskBuilder identifiedAt(String value) {
            identifiedAt = value == null ? null : OffsetDateTime.parse(value);
            return this;
        }

        RiskBuilder responseStarted(String value) {
            responseStarted = value == null ? null : OffsetDateTime.parse(value);
            return this;
        }

        Risk build() {
            RiskImpact impact = new RiskImpact(Optional.ofNullable(cost),
                    days == null ? OptionalInt.empty() : OptionalInt.of(days),
                    level == null ? OptionalInt.empty() : OptionalInt.of(level));
            return new Risk(RiskId.of(id), title, category, kind, probability, impact, Optional.ofNullable(owner),
                    Optional.ofNullable(strategy), Optional.ofNullable(response), status, Optional.ofNullable(identified),
                    Optional.ofNullable(reviewed), List.of(), Optional.ofNullable(identifiedAt),
                    Optional.ofNullable(responseStarted));
        }
    }
}
