package org.pmokit.rules.change;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ImpactAssessment;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Text;
import org.pmokit.rules.finance.FinanceRules;
import org.pmokit.rules.finance.Outcome;

/**
 * Routes a change request to the authority that may approve it (FORMULAS.md section 7; seeds 000,
 * 001, 002): the project manager up to {@link PolicyKeys#CHANGE_PM_COST 1%} of BAC and
 * {@link PolicyKeys#CHANGE_PM_DAYS 5} working days; the change control board up to
 * {@link PolicyKeys#CHANGE_CCB_COST 5%} and {@link PolicyKeys#CHANGE_CCB_DAYS 20} working days, by a
 * simple majority of a {@link PolicyKeys#CHANGE_QUORUM quorum} of 3 members; the steering committee
 * above. A compliance impact adds the compliance officer.
 *
 * <p>Both limits are inclusive and apply to the size of the delta, so a saving of 4% of BAC needs
 * the board as a cost growth of 4% does. The cost comparison is exact (|cost| &le; share x BAC).
 * When the cost cannot be set against BAC (BAC is zero or undefined, or the cost is in another
 * currency) and is not zero, the change goes to the steering committee, and the explanation says
 * why.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApprovalRouting {

    private static final ApprovalRouting STANDARD = new ApprovalRouting(Policy.defaults());

    private final BigDecimal pmCost;
    private final int pmDays;
    private final BigDecimal ccbCost;
    private final int ccbDays;
    private final int quorum;

    private ApprovalRouting(Policy policy) {
        this.pmCost = policy.get(PolicyKeys.CHANGE_PM_COST);
        this.pmDays = policy.get(PolicyKeys.CHANGE_PM_DAYS);
        this.ccbCost = policy.get(PolicyKeys.CHANGE_CCB_COST);
        this.ccbDays = policy.get(PolicyKeys.CHANGE_CCB_DAYS);
        this.quorum = policy.get(PolicyKeys.CHANGE_QUORUM);
    }

    /**
     * Returns the routing of a policy.
     *
     * @param policy the thresholds
     * @return the routing
     */
    public static ApprovalRouting of(Policy policy) {
        return new ApprovalRouting(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Returns the routing of the default policy.
     *
     * @return the routing
     */
    public static ApprovalRouting standard() {
        return STANDARD;
    }

    /**
     * Routes an impact assessment against a budget at completion.
     *
     * @param impact the assessed impact
     * @param bac the budget at completion
     * @return the route
     */
    public ApprovalRoute route(ImpactAssessment impact, Money bac) {
        Objects.requireNonNull(bac, "bac");
        return route(impact, Outcome.of(bac));
    }

    /**
     * Routes a change request of a project against the project's budget at completion
     * ({@link FinanceRules#budgetAtCompletion(Project)}).
     *
     * @param project the project
     * @param change the change request
     * @return the route, or a refusal if the change request has no impact assessment
     */
    public Result<ApprovalRoute> route(Project project, ChangeRequest change) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(change, "change");
        if (change.impact().isEmpty()) {
            return Result.refused(Refusal.of(Refusal.Reason.NO_IMPACT_ASSESSMENT,
                    "cannot route change request " + change.id() + ": it has no impact assessment",
                    "无法确定变更请求 " + change.id() + " 的审批路径：尚无影响评估"));
        }
        return Result.accepted(route(change.impact().get(), FinanceRules.budgetAtCompletion(project)));
    }

    /** Routes an impact against a BAC that may be undefined. */
    ApprovalRoute route(ImpactAssessment impact, Outcome<Money> bac) {
        Objects.requireNonNull(impact, "impact");
        Money cost = impact.cost();
        int days = impact.scheduleDays();
        Share share = share(cost, bac);
        long absDays = Math.abs((long) days);
        boolean pmCostOk = share.within(pmCost);
        boolean pmDaysOk = absDays <= pmDays;
        Authority authority;
        List<Text> reasons = new ArrayList<>();
        if (pmCostOk && pmDaysOk) {
            authority = Authority.PROJECT_MANAGER;
            reasons.add(share.describe(pmCost));
            reasons.add(days(days, pmDays));
        } else if (share.within(ccbCost) && absDays <= ccbDays) {
            authority = Authority.CHANGE_CONTROL_BOARD;
            if (!pmCostOk) {
                reasons.add(share.describe(pmCost));
            }
            if (!pmDaysOk) {
                reasons.add(days(days, pmDays));
            }
        } else {
            authority = Authority.STEERING_COMMITTEE;
            if (!share.within(ccbCost)) {
                reasons.add(share.describe(ccbCost));
            }
            if (absDays > ccbDays) {
                reasons.add(days(days, ccbDays));
            }
        }
        String english = "needs " + authority.label().english() + ": " + join(reasons, true);
        String chinese = "需由" + authority.label().chinese() + "审批：" + join(reasons, false);
        if (impact.compliance()) {
            english += "; and the compliance officer: the change affects compliance";
            chinese += "；另需合规官审批：该变更影响合规";
        }
        return new ApprovalRoute(authority, impact.compliance(),
                authority == Authority.CHANGE_CONTROL_BOARD ? quorum : 1, cost, share.value(), days,
                Text.of(english, chinese));
    }

    private static String join(List<Text> reasons, boolean english) {
        List<String> parts = reasons.stream().map(t -> english ? t.english() : t.chinese()).toList();
        return String.join(english ? " and " : "，", parts);
    }

    private static Text days(int days, int limit) {
        Text delta = Words.workingDays(days);
        Text max = Words.dayLimit(limit);
        long size = Math.abs((long) days);
        if (size <= limit) {
            return days < 0
                    ? Text.of("schedule " + delta.english() + " is within " + max.english() + " in size",
                            "进度 " + delta.chinese() + "绝对值不超过 " + max.chinese())
                    : Text.of("schedule " + delta.english() + " is within " + max.english(),
                            "进度 " + delta.chinese() + "不超过 " + max.chinese());
        }
        return days < 0
                ? Text.of("schedule " + delta.english() + " is above " + max.english() + " in size",
                        "进度 " + delta.chinese() + "绝对值高于 " + max.chinese())
                : Text.of("schedule " + delta.english() + " is above " + max.english(),
                        "进度 " + delta.chinese() + "高于 " + max.chinese());
    }

    private static Share share(Money cost, Outcome<Money> bac) {
        if (cost.isZero()) {
            return new Share(cost, Optional.of(Money.zero(cost.currency())), Optional.of(BigDecimal.ZERO), Optional.empty());
        }
        if (bac instanceof Outcome.Undefined<Money> undefined) {
            return Share.unknown(cost, undefined.reason());
        }
        Money b = ((Outcome.Defined<Money>) bac).value();
        if (!b.currency().equals(cost.currency())) {
            String code = b.currency().getCurrencyCode();
            String other = cost.currency().getCurrencyCode();
            return Share.unknown(cost, Text.of("the cost is in " + other + ", the budget at completion in " + code,
                    "成本币种 " + other + " 与完工预算币种 " + code + " 不一致"));
        }
        if (b.isZero()) {
            return Share.unknown(cost, Text.of("the budget at completion is zero", "完工预算为零"));
        }
        return new Share(cost, Optional.of(b), Optional.of(cost.amount().divide(b.amount(), MathContext.DECIMAL128)),
                Optional.empty());
    }

    /** The cost as a share of BAC, or why it is unknown. */
    private record Share(Money cost, Optional<Money> bac, Optional<BigDecimal> value, Optional<Text> unknown) {

        static Share unknown(Money cost, Text why) {
            return new Share(cost, Optional.empty(), Optional.empty(), Optional.of(why));
        }

        /** Whether |cost| is at most limit x BAC, exactly; never when the share is unknown. */
        boolean within(BigDecimal limit) {
            if (cost.isZero()) {
                return true;
            }
            return bac.isPresent() && cost.amount().abs().compareTo(bac.get().amount().multiply(limit)) <= 0;
        }

        Text describe(BigDecimal limit) {
            if (unknown.isPresent()) {
                String amount = Words.signedMoney(cost);
                return Text.of("cost " + amount + " cannot be set against BAC: " + unknown.get().english(),
                        "成本 " + amount + " 无法与完工预算比较：" + unknown.get().chinese());
            }
            BigDecimal fraction = value.orElseThrow();
            String shown = Words.signedPercentAgainst(fraction, limit);
            String max = Words.percent(limit);
            boolean inside = within(limit);
            boolean negative = fraction.signum() < 0;
            String english = "cost " + shown + " of BAC is " + (inside ? "within " : "above ") + max
                    + (negative ? " in size" : "");
            String chinese = "成本 " + shown + "（占完工预算）" + (negative ? "绝对值" : "") + (inside ? "不超过 " : "高于 ")
                    + max;
            return Text.of(english, chinese);
        }
    }
}
