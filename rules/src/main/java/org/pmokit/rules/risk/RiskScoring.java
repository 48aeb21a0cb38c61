package org.pmokit.rules.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.money.CurrencyMismatchException;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskImpact;
import org.pmokit.core.project.RiskKind;
import org.pmokit.rules.BudgetTotal;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKey;
import org.pmokit.rules.PolicyKeys;

/**
 * Scores risks on the 5 x 5 probability-impact matrix and computes their expected monetary value
 * (FORMULAS.md section 6; PMBOK probability-impact matrix; ISO 31000: threats and opportunities
 * alike).
 *
 * <ul>
 *   <li><b>Probability level</b> 1 to 5: the highest level whose policy threshold the probability
 *       exceeds ({@code risk.probability.level2Above} ... {@code level5Above}, by default 0.10,
 *       0.30, 0.50, 0.70), else 1. A probability equal to a threshold stays below it: 0.30 is
 *       level 2.
 *   <li><b>Impact level</b> 1 to 5: the highest of the dimensions the risk states: its own
 *       {@code impact.level}; the level of its cost impact as a share of BAC
 *       ({@code risk.impact.cost.level2Above} ... {@code level5Above}, by default 1%, 3%, 5%, 10%
 *       of BAC, a PMO Kit default in line with the change authorities of the project manager
 *       (1%) and the change control board (5%)); and the level of its schedule impact in working
 *       days ({@code risk.impact.schedule.level2Above} ... {@code level5Above}, by default 2, 5,
 *       10, 20 working days, a PMO Kit default in line with the same authorities (5 and 20
 *       days)). Schedule thresholds are absolute working days rather than a share of the planned
 *       duration, so that a score does not depend on a schedule computation or on the calendar's
 *       coverage. The cost dimension counts only when BAC is known and above zero and the cost is
 *       in the project's currency. A risk that states no dimension has impact level 1. To leave a
 *       dimension out, set its level-2 threshold to the key's maximum.
 *   <li><b>Score</b> = probability level x impact level, 1 to 25, and its {@link RiskBand} from
 *       {@code risk.band.*From} (by default 20-25 critical, 12-19 high, 6-11 medium, 2-5 low, 1
 *       minimal).
 *   <li><b>EMV</b> = probability x cost impact, exact: the product is rounded once, half-even, to
 *       the currency's scale, then signed, negative for a threat and positive for an
 *       opportunity. A risk without a cost impact, or with one in another currency than the
 *       project's (which {@link org.pmokit.core.validation.ProjectValidator} reports), has an EMV
 *       of zero.
 *   <li><b>BAC</b> = the sum of the current baseline's budgets, or of the activities' budgets when
 *       the project has no baseline (FORMULAS.md section 3), counting amounts in the project's
 *       currency only.
 * </ul>
 *
 * <p>Levels and EMVs are computed on {@code long}s where that is exact (a decimal of at most 18
 * digits; thresholds floored to the value's scale; the EMV in minor units) and on
 * {@link BigDecimal}s otherwise: both ways give the same results.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RiskScoring {

    private static final RiskScoring DEFAULTS = new RiskScoring(Policy.defaults());

    /** The scales of probability, 0 to this less one, that {@link #probabilityFloors} covers. */
    private static final int PROBABILITY_SCALES = 7;

    private final BigDecimal[] probabilityAbove;
    /**
     * The probability thresholds floored to each scale s ({@link #levelAbove(long, long[])}), as
     * unscaled values at s; null for a scale where one does not fit.
     */
    private final long[][] probabilityFloors;
    private final BigDecimal[] costShareAbove;
    /** The unscaled values of {@link #costShareAbove}; null if one does not fit. */
    private final long[] costShareUnscaled;
    private final int[] scheduleDaysAbove;
    private final int criticalFrom;
    private final int highFrom;
    private final int mediumFrom;
    private final int lowFrom;

    private RiskScoring(Policy policy) {
        this.probabilityAbove = decimals(policy, List.of(PolicyKeys.PROBABILITY_LEVEL2,
                PolicyKeys.PROBABILITY_LEVEL3, PolicyKeys.PROBABILITY_LEVEL4, PolicyKeys.PROBABILITY_LEVEL5));
        this.probabilityFloors = new long[PROBABILITY_SCALES][];
        for (int scale = 0; scale < PROBABILITY_SCALES; scale++) {
            probabilityFloors[scale] = floors(probabilityAbove, scale);
        }
        this.costShareAbove = decimals(policy, List.of(PolicyKeys.IMPACT_COST_LEVEL2,
                PolicyKeys.IMPACT_COST_LEVEL3, PolicyKeys.IMPACT_COST_LEVEL4, PolicyKeys.IMPACT_COST_LEVEL5));
        this.costShareUnscaled = unscaled(costShareAbove);
        this.scheduleDaysAbove = new int[] {policy.get(PolicyKeys.IMPACT_SCHEDULE_LEVEL2),
            policy.get(PolicyKeys.IMPACT_SCHEDULE_LEVEL3), policy.get(PolicyKeys.IMPACT_SCHEDULE_LEVEL4),
            policy.get(PolicyKeys.IMPACT_SCHEDULE_LEVEL5)};
        this.criticalFrom = policy.get(PolicyKeys.BAND_CRITICAL);
        this.highFrom = policy.get(PolicyKeys.BAND_HIGH);
        this.mediumFrom = policy.get(PolicyKeys.BAND_MEDIUM);
        this.lowFrom = policy.get(PolicyKeys.BAND_LOW);
    }

    private static BigDecimal[] decimals(Policy policy, List<PolicyKey<BigDecimal>> keys) {
        return keys.stream().map(policy::get).toArray(BigDecimal[]::new);
    }

    /**
     * Returns the thresholds floored to a scale ({@link MinorUnits#floor}), as unscaled values at
     * that scale.
     *
     * @param above the thresholds
     * @param scale the scale
     * @return the floors, or null if one does not fit in a {@code long}
     */
    static long[] floors(BigDecimal[] above, int scale) {
        long[] floors = new long[above.length];
        for (int i = 0; i < above.length; i++) {
            floors[i] = MinorUnits.floor(MinorUnits.unscaled(above[i]), above[i].scale(), scale);
            if (floors[i] == MinorUnits.NONE) {
                return null;
            }
        }
        return floors;
    }

    /** The unscaled values of decimals, or null if one does not fit in a {@code long}. */
    private static long[] unscaled(BigDecimal[] values) {
        long[] unscaled = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            unscaled[i] = MinorUnits.unscaled(values[i]);
            if (unscaled[i] == MinorUnits.NONE) {
                return null;
            }
        }
        return unscaled;
    }

    /**
     * Returns the scoring with the thresholds of a policy.
     *
     * @param policy the policy
     * @return the scoring
     */
    public static RiskScoring of(Policy policy) {
        // the default policy, the usual case, is one instance: its scoring is made once
        return Objects.requireNonNull(policy, "policy") == Policy.defaults() ? DEFAULTS : new RiskScoring(policy);
    }

    /**
     * Returns the scoring with the default thresholds.
     *
     * @return the scoring
     */
    public static RiskScoring defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the probability level of a probability.
     *
     * @param probability the probability, 0 to 1
     * @return the level, 1 to 5: with the defaults, 1 up to 0.10, 2 up to 0.30, 3 up to 0.50, 4 up
     *     to 0.70, 5 above
     */
    public int probabilityLevel(BigDecimal probability) {
        Objects.requireNonNull(probability, "probability");
        int scale = probability.scale();
        if (scale >= 0 && scale < PROBABILITY_SCALES && probabilityFloors[scale] != null) {
            long unscaled = MinorUnits.unscaled(probability);
            if (unscaled != MinorUnits.NONE) {
                return levelAbove(unscaled, probabilityFloors[scale]);
            }
        }
        return levelAbove(probability, probabilityAbove);
    }

    /**
     * Returns the impact level of a cost impact, from its share of BAC. The share is compared
     * exactly: cost &gt; threshold x BAC.
     *
     * @param cost the cost impact, a magnitude
     * @param bac the budget at completion, above zero, in the same currency
     * @return the level, 1 to 5
     * @throws IllegalArgumentException if BAC is not above zero
     * @throws CurrencyMismatchException if the currencies differ
     */
    public int costLevel(Money cost, Money bac) {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(bac, "bac");
        if (bac.amount().signum() <= 0) {
            throw new IllegalArgumentException("bac must be above zero: " + bac);
        }
        if (!cost.currency().equals(bac.currency())) {
            throw new CurrencyMismatchException(cost.currency(), bac.currency());
        }
        return costBounds(bac).level(cost.amount());
    }

    /**
     * The cost impacts above which the cost levels 2 to 5 start for one BAC: each threshold x BAC,
     * exact. So that scoring many risks against the same BAC multiplies once per threshold, the
     * bounds are floored to the BAC's scale, the currency's, as unscaled values: a cost in the
     * currency is at that scale, so it exceeds a bound exactly when it exceeds its floor
     * ({@link #levelAbove(long, long[])}). A cost at another scale, or a bound too large for a
     * {@code long}, takes the general way: the exact products, compared as decimals.
     */
    final class CostBounds {

        private final Currency currency;
        private final BigDecimal bac;
        /** The bounds floored to the BAC's scale, as unscaled values; null if one does not fit. */
        private final long[] floors;

        private CostBounds(Money bac) {
            this.currency = bac.currency();
            this.bac = bac.amount();
            this.floors = floorsOf(this.bac);
        }

        /** The bounds share x BAC floored to the BAC's scale, or null if one does not fit. */
        private long[] floorsOf(BigDecimal amount) {
            long unscaledBac = MinorUnits.unscaled(amount);
            if (costShareUnscaled == null || unscaledBac == MinorUnits.NONE) {
                return null;
            }
            long[] out = new long[costShareUnscaled.length];
            for (int i = 0; i < out.length; i++) {
                long product = MinorUnits.times(costShareUnscaled[i], unscaledBac);
                out[i] = MinorUnits.floor(product, costShareAbove[i].scale() + amount.scale(), amount.scale());
                if (out[i] == MinorUnits.NONE) {
                    return null;
                }
            }
            return out;
        }

        /** The cost level of a cost in the BAC's currency: the highest level whose bound it exceeds, else 1. */
        int level(BigDecimal cost) {
            if (floors != null && cost.scale() == bac.scale()) {
                long unscaled = MinorUnits.unscaled(cost);
                if (unscaled != MinorUnits.NONE) {
                    return levelAbove(unscaled, floors);
                }
            }
            return levelAbove(cost, exact());
        }

        /** The exact bounds, threshold x BAC, for the general way. */
        BigDecimal[] exact() {
            BigDecimal[] above = new BigDecimal[costShareAbove.length];
            for (int i = 0; i < above.length; i++) {
                above[i] = costShareAbove[i].multiply(bac);
            }
            return above;
        }
    }

    /** The cost bounds for a BAC above zero. */
    private CostBounds costBounds(Money bac) {
        return new CostBounds(bac);
    }

    /**
     * Returns the cost bounds for a BAC, or null when the cost dimension does not count: BAC unknown
     * or not above zero.
     */
    CostBounds costBounds(Optional<Money> bac) {
        return bac.isPresent() && bac.get().amount().signum() > 0 ? costBounds(bac.get()) : null;
    }

    /**
     * Returns the level of a value against the thresholds of levels 2 to 5: the highest level
     * whose threshold the value exceeds, else 1. The thresholds need not ascend.
     *
     * @param value the value
     * @param above the thresholds of levels 2, 3, ...
     * @return the level
     */
    static int levelAbove(BigDecimal value, BigDecimal[] above) {
        for (int i = above.length - 1; i >= 0; i--) {
            if (value.compareTo(above[i]) > 0) {
                return i + 2;
            }
        }
        return 1;
    }

    /**
     * Returns the level of a value at some scale s against thresholds floored to s
     * ({@link #floors}), both as unscaled values at s: the same level as
     * {@link #levelAbove(BigDecimal, BigDecimal[])} against the exact thresholds. A value v at
     * scale s is a multiple of 10<sup>-s</sup>, and for any threshold t, v &gt; t exactly when
     * v &gt; floor<sub>s</sub>(t), the largest multiple of 10<sup>-s</sup> not above t: if t is
     * such a multiple the two are equal; otherwise floor<sub>s</sub>(t) &lt; t &lt;
     * floor<sub>s</sub>(t) + 10<sup>-s</sup>, so a multiple above the floor is at least the next
     * one, above t. Comparing two longs replaces comparing decimals at different scales.
     *
     * @param value the value's unscaled value at s
     * @param floors the thresholds' floors at s
     * @return the level
     */
    static int levelAbove(long value, long[] floors) {
        for (int i = floors.length - 1; i >= 0; i--) {
            if (value > floors[i]) {
                return i + 2;
            }
        }
        return 1;
    }

    /**
     * Returns the impact level of a schedule impact.
     *
     * @param workingDays the schedule impact in working days, not negative
     * @return the level, 1 to 5: with the defaults, 1 up to 2 days, 2 up to 5, 3 up to 10, 4 up to
     *     20, 5 above
     * @throws IllegalArgumentException if the days are negative
     */
    public int scheduleLevel(int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("schedule impact must not be negative: " + workingDays);
        }
        int level = 1;
        for (int i = 0; i < scheduleDaysAbove.length; i++) {
            if (workingDays > scheduleDaysAbove[i]) {
                level = i + 2;
            }
        }
        return level;
    }

    /**
     * Returns the impact level of an impact: the highest of its stated dimensions, or 1 when it
     * states none.
     *
     * @param impact the impact
     * @param bac the budget at completion, if known; the cost dimension counts only when it is
     *     above zero and in the cost's currency
     * @return the level, 1 to 5
     */
    public int impactLevel(RiskImpact impact, Optional<Money> bac) {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(bac, "bac");
        return impactLevel(impact, costBounds(bac));
    }

    /** The impact level, with the cost bounds of the BAC (null when the cost dimension does not count). */
    private int impactLevel(RiskImpact impact, CostBounds bounds) {
        int level = impact.level().orElse(1);
        if (bounds != null && impact.cost().isPresent() && impact.cost().get().currency().equals(bounds.currency)) {
            level = Math.max(level, bounds.level(impact.cost().get().amount()));
        }
        if (impact.scheduleDays().isPresent()) {
            level = Math.max(level, scheduleLevel(impact.scheduleDays().getAsInt()));
        }
        return level;
    }

    /**
     * Returns the score of a cell of the matrix.
     *
     * @param probabilityLevel the probability level, 1 to 5
     * @param impactLevel the impact level, 1 to 5
     * @return probability level x impact level, 1 to 25
     * @throws IllegalArgumentException if a level is outside 1 to 5
     */
    public static int score(int probabilityLevel, int impactLevel) {
        checkLevel(probabilityLevel, "probability level");
        checkLevel(impactLevel, "impact level");
        return probabilityLevel * impactLevel;
    }

    /**
     * Returns the band of a score.
     *
     * @param score the score, 1 to 25
     * @return the band: with the defaults, critical from 20, high from 12, medium from 6, low from
     *     2, minimal below
     * @throws IllegalArgumentException if the score is outside 1 to 25
     */
    public RiskBand band(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("score must be 1 to 25: " + score);
        }
        if (score >= criticalFrom) {
            return RiskBand.CRITICAL;
        }
        if (score >= highFrom) {
            return RiskBand.HIGH;
        }
        if (score >= mediumFrom) {
            return RiskBand.MEDIUM;
        }
        return score >= lowFrom ? RiskBand.LOW : RiskBand.MINIMAL;
    }

    /**
     * Returns the expected monetary value of a risk: probability x cost impact, rounded half-even
     * to the currency's scale, negative for a threat and positive for an opportunity.
     *
     * @param risk the risk
     * @param currency the project's currency
     * @return the EMV; zero without a cost impact in that currency
     */
    public static Money emv(Risk risk, Currency currency) {
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(currency, "currency");
        Optional<Money> cost = risk.impact().cost();
        if (cost.isEmpty() || !cost.get().currency().equals(currency)) {
            return Money.zero(currency);
        }
        boolean threat = risk.kind() == RiskKind.THREAT;
        long minor = MinorUnits.timesHalfEven(cost.get().amount(), risk.probability());
        if (minor != MinorUnits.NONE) {
            // the amount of a Money is at its currency's scale, so is the rounded product: in minor units
            return Money.ofMinor(currency, threat ? -minor : minor);
        }
        return generalEmv(cost.get(), risk.probability(), threat);
    }

    /**
     * Returns the EMV the general way, with {@link Money#multipliedBy(BigDecimal, RoundingMode)}:
     * what {@link #emv} gives where the minor units might not fit in a {@code long}.
     *
     * @param cost the cost impact
     * @param probability the probability
     * @param threat whether the risk is a threat
     * @return the EMV, negative for a threat
     */
    static Money generalEmv(Money cost, BigDecimal probability, boolean threat) {
        Money expected = cost.multipliedBy(probability, RoundingMode.HALF_EVEN);
        return threat ? expected.negated() : expected;
    }

    /**
     * Scores one risk.
     *
     * @param risk the risk
     * @param currency the project's currency
     * @param bac the budget at completion, if known
     * @return the result
     */
    public RiskResult assess(Risk risk, Currency currency, Optional<Money> bac) {
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(bac, "bac");
        return assess(risk, currency, costBounds(bac));
    }

    /** Scores one risk, with the cost bounds of the BAC (null when the cost dimension does not count). */
    RiskResult assess(Risk risk, Currency currency, CostBounds bounds) {
        int p = probabilityLevel(risk.probability());
        int i = impactLevel(risk.impact(), bounds);
        return new RiskResult(risk, p, i, band(p * i), emv(risk, currency));
    }

    /**
     * Returns the budget at completion: the sum of the current baseline's budgets, or of the
     * activities' budgets when there is no baseline, in the project's currency.
     *
     * @param project the project
     * @return BAC; empty when nothing is budgeted in the project's currency
     */
    public static Optional<Money> budgetAtCompletion(Project project) {
        return BudgetTotal.of(project).inProjectCurrency();
    }

    static void checkLevel(int level, String what) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException(what + " must be 1 to 5: " + level);
        }
    }
}
