package org.pmokit.rules.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.CashFlow;
import org.pmokit.core.project.Limits;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Analysis;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Text;

/**
 * Appraises an investment case from its net cash flow per period ({@link CashFlowSeries}):
 * return on investment, net present value, internal rate of return, and simple and discounted
 * payback. The formulas are the textbook ones (Brigham and Ehrhardt, <i>Financial Management</i>,
 * capital budgeting), with period {@code t} from 0 and the flow of period {@code t} at time {@code t}:
 *
 * <ul>
 *   <li>ROI = (G - I) / I, where G is the sum of the positive net flows and I the sum of the absolute
 *       negative net flows (the investment), both exact. Undefined without an investment (I = 0).
 *   <li>NPV(r) = &Sigma; CF<sub>t</sub> / (1 + r)<sup>t</sup>, at a rate per period above -1.
 *   <li>IRR: the rate at which NPV is zero, searched in (-0.99, 10] (see {@link #irr(CashFlowSeries)}).
 *   <li>Payback: the first time at which the cumulative cash flow, having been negative, reaches
 *       zero; within the period in which it does, the flow is taken to arrive evenly, so with
 *       C<sub>t-1</sub> &lt; 0 &le; C<sub>t</sub> the payback is (t - 1) + |C<sub>t-1</sub>| / CF<sub>t</sub>
 *       periods. Only the first such crossing counts: a later dip below zero does not change it. A case
 *       whose cumulative cash flow is never negative pays back at 0; one whose
 *       cumulative cash flow is still negative at the horizon is undefined ("never pays back").
 *       Discounted payback is the same on the discounted flows CF<sub>t</sub> / (1 + r)<sup>t</sup>.
 * </ul>
 *
 * <p>Precision: sums of money are exact. Every discount factor, discounted flow, partial NPV sum and
 * ratio is computed with {@link BigDecimal} at {@link #PRECISION} (34 significant digits, rounded
 * half-even). For a case of at most {@link Limits#MAX_PERIOD} periods the error of the NPV is then
 * below 10<sup>-27</sup> times the sum of the absolute discounted flows, far below a minor unit,
 * before the NPV is rounded half-even, once, to the currency's minor unit. Ratios and payback
 * periods are returned at that precision, unrounded; the IRR at {@value #IRR_SCALE} decimal places.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvestmentAppraisal {

    /** The precision of every discounted amount, rate and ratio: 34 significant digits, half-even. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    /** The lower end of the IRR search, excluded: -99% per period. */
    public static final BigDecimal IRR_LOWER_BOUND = new BigDecimal("-0.99");

    /** The upper end of the IRR search, included: 1000% per period. */
    public static final BigDecimal IRR_UPPER_BOUND = BigDecimal.TEN;

    /** The bisection stops when the bracket around the IRR is at most this wide. */
    public static final BigDecimal IRR_TOLERANCE = new BigDecimal("1E-12");

    /** The decimal places of a reported IRR; with the tolerance, it is within 1e-10 of the true rate. */
    public static final int IRR_SCALE = 10;

    /**
     * The most bisection steps: halving the 10.99-wide search range 44 times leaves a bracket of
     * 6.2e-13, within {@link #IRR_TOLERANCE}. Each step computes one NPV.
     */
    public static final int IRR_MAX_ITERATIONS = 44;

    /**
     * The shared analysis: the appraisal of the project's cash flows at the policy's discount rate
     * ({@link PolicyKeys#DISCOUNT_RATE}), or undefined when the project has no cash flows, when one is
     * not in the project's currency, or when a period is beyond {@link Limits#MAX_PERIOD}.
     */
    public static final Analysis<Outcome<Appraisal>> ANALYSIS = InvestmentAppraisal::analyse;

    static final Text NO_CASH_FLOWS = Text.of("no investment case: the project has no cash flows",
            "没有投资测算：项目没有现金流");
    static final Text NO_INVESTMENT = Text.of("no investment: no period has a negative net cash flow",
            "没有投入：没有净现金流为负的期间");
    static final Text NO_SIGN_CHANGE = Text.of("the cash flows do not change sign", "现金流没有正负变化");
    static final Text NO_ROOT = Text.of("no IRR between -99% and 1000% per period",
            "每期 -99% 至 1000% 之间没有内部收益率");
    static final Text NEVER_PAYS_BACK = Text.of("never pays back within the cash-flow horizon",
            "在现金流测算期内无法收回投资");

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** One unit in the last place of a reported IRR: 1e-10. */
    private static final BigDecimal IRR_STEP = BigDecimal.ONE.movePointLeft(IRR_SCALE);

    /** {@link #IRR_LOWER_BOUND}, {@link #IRR_UPPER_BOUND} and {@link #IRR_TOLERANCE} as doubles. */
    private static final double FAST_LOW = IRR_LOWER_BOUND.doubleValue();
    private static final double FAST_HIGH = IRR_UPPER_BOUND.doubleValue();
    private static final double FAST_TOLERANCE = IRR_TOLERANCE.doubleValue();

    private InvestmentAppraisal() {
    }

    /**
     * Appraises a series at a discount rate.
     *
     * @param series the net cash flow per period
     * @param discountRate the discount rate per period, above -1
     * @return every measure of the case
     * @throws IllegalArgumentException if the rate is not above -1
     */
    public static Appraisal appraise(CashFlowSeries series, BigDecimal discountRate) {
        checkRate(discountRate);
        Objects.requireNonNull(series, "series");
        if (series.isEmpty()) {
            return new Appraisal(series, discountRate, roi(series), npv(series, discountRate), irr(series),
                    payback(series), discountedPayback(series, discountRate));
        }
        // one pass of discounting serves both the NPV and the discounted payback
        BigDecimal[] discounted = discounted(series, discountRate);
        BigDecimal npv = BigDecimal.ZERO;
        for (int t = 0; t < discounted.length; t++) {
            if (!series.flow(t).isZero()) { // as npvUnrounded: zero flows are not added
                npv = npv.add(discounted[t], PRECISION);
            }
        }
        return new Appraisal(series, discountRate, roi(series), rounded(series, npv), irr(series),
                payback(series), paybackOf(discounted));
    }

    /**
     * Returns the return on investment: (gains - investment) / investment, where the gains are the
     * positive net flows and the investment the absolute negative ones.
     *
     * @param series the net cash flow per period
     * @return the ROI as a fraction (0.3 for 30%), or undefined without cash flows or investment
     */
    public static Outcome<BigDecimal> roi(CashFlowSeries series) {
        Objects.requireNonNull(series, "series");
        if (series.isEmpty()) {
            return Outcome.undefined(NO_CASH_FLOWS);
        }
        BigDecimal gains = BigDecimal.ZERO;
        BigDecimal investment = BigDecimal.ZERO;
        for (Money flow : series.flows()) {
            if (flow.isPositive()) {
                gains = gains.add(flow.amount());
            } else {
                investment = investment.add(flow.amount().negate());
            }
        }
        if (investment.signum() == 0) {
            return Outcome.undefined(NO_INVESTMENT);
        }
        return Outcome.of(Quotients.divide(gains.subtract(investment), investment, PRECISION));
    }

    /**
     * Returns the net present value at a rate, rounded half-even to the currency's minor unit.
     *
     * @param series the net cash flow per period
     * @param rate the discount rate per period, above -1
     * @return the NPV, or undefined without cash flows
     * @throws IllegalArgumentException if the rate is not above -1, or the NPV is too large for
     *         {@link Money}
     */
    public static Outcome<Money> npv(CashFlowSeries series, BigDecimal rate) {
        Objects.requireNonNull(series, "series");
        checkRate(rate);
        if (series.isEmpty()) {
            return Outcome.undefined(NO_CASH_FLOWS);
        }
        return rounded(series, npvUnrounded(series, rate));
    }

    /** The NPV rounded half-even to the minor unit of the series' currency. */
    private static Outcome<Money> rounded(CashFlowSeries series, BigDecimal value) {
        return Outcome.of(Money.of(series.currency(), value.setScale(scaleOf(series.currency()), RoundingMode.HALF_EVEN)));
    }

    /**
     * Returns the net present value at a rate at {@link #PRECISION}, before rounding to the minor
     * unit: for the IRR search and for checks.
     *
     * @param series the net cash flow per period
     * @param rate the discount rate per period, above -1
     * @return the NPV, zero for an empty series
     * @throws IllegalArgumentException if the rate is not above -1
     */
    public static BigDecimal npvUnrounded(CashFlowSeries series, BigDecimal rate) {
        Objects.requireNonNull(series, "series");
        checkRate(rate);
        BigDecimal growth = BigDecimal.ONE.add(rate);
        BigDecimal factor = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ZERO;
        for (int t = 0; t <= series.horizon(); t++) {
            if (t > 0) {
                factor = factor.multiply(growth, PRECISION);
            }
            Money flow = series.flow(t);
            if (!flow.isZero()) {
                sum = sum.add(flow.amount().divide(factor, PRECISION), PRECISION);
            }
        }
        return sum;
    }

    /**
     * Returns the internal rate of return: the rate per period at which the NPV is zero.
     *
     * <p>The IRR is reported only where it is unique: when the net flows, zero periods left out,
     * change sign exactly once. Then, by Descartes' rule of signs, NPV(r) has exactly one root with
     * r &gt; -1. With no sign change there is no root; with two or more there may be none or several
     * (-100, 230, -132 has roots at 10% and 20%), and PMO Kit does not pick one.
     *
     * <p>The root is found by bisection on NPV over (-0.99, 10]: the exact NPVs at both ends must
     * differ in sign (the IRR is 10 itself if the NPV at 10 is zero). The bisection runs first in
     * {@code double} arithmetic down to {@link #IRR_TOLERANCE}; its midpoint, rounded half-even to
     * {@value #IRR_SCALE} places, is accepted only when the exact NPVs 1e-10 below and above it differ
     * in sign. Otherwise the bisection runs again in exact arithmetic (at most
     * {@value #IRR_MAX_ITERATIONS} halvings). Either way the result is within 1e-10 of the true IRR;
     * a rate such as 10% is reported exactly ({@code 0.1000000000}).
     *
     * @param series the net cash flow per period
     * @return the IRR as a fraction per period (0.1 for 10%), or undefined with the reason: no cash
     *         flows, no sign change, more than one sign change, or no root in (-0.99, 10]
     */
    public static Outcome<BigDecimal> irr(CashFlowSeries series) {
        Objects.requireNonNull(series, "series");
        if (series.isEmpty()) {
            return Outcome.undefined(NO_CASH_FLOWS);
        }
        int changes = signChanges(series);
        if (changes == 0) {
            return Outcome.undefined(NO_SIGN_CHANGE);
        }
        if (changes > 1) {
            return Outcome.undefined("the cash flows change sign " + changes + " times, so the IRR may not be unique",
                    "现金流正负变化 " + changes + " 次，内部收益率可能不唯一");
        }
        BigDecimal low = IRR_LOWER_BOUND;
        BigDecimal high = IRR_UPPER_BOUND;
        double[] flows = doubleFlows(series);
        int lowSign = npvSign(series, flows, low);
        int highSign = npvSign(series, flows, high);
        if (highSign == 0) {
            return Outcome.of(high.setScale(IRR_SCALE, RoundingMode.HALF_EVEN));
        }
        if (lowSign == 0 || lowSign == highSign) {
            return Outcome.undefined(NO_ROOT);
        }
        BigDecimal fast = certified(series, flows, fastRoot(flows, lowSign), lowSign);
        return Outcome.of(fast != null ? fast : exactRoot(series, flows, low, high, lowSign));
    }

    /**
     * Bisects NPV in double arithmetic, which is cheap, down to the IRR tolerance. The result is an
     * estimate; {@link #certified} proves it or the exact bisection replaces it.
     */
    private static double fastRoot(double[] flows, int lowSign) {
        double low = FAST_LOW;
        double high = FAST_HIGH;
        for (int i = 0; i < 200 && high - low > FAST_TOLERANCE; i++) {
            double mid = (low + high) / 2;
            double growth = 1 + mid;
            double factor = 1;
            double npv = 0;
            for (double flow : flows) {
                npv += flow / factor;
                factor *= growth;
            }
            int midSign = npv > 0 ? 1 : npv < 0 ? -1 : 0;
            if (midSign == 0) {
                return mid;
            }
            if (midSign == lowSign) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /**
     * Returns the estimate rounded to {@value #IRR_SCALE} places if exact NPVs prove the root lies
     * within 1e-10 of it (they differ in sign, or one is zero, at the estimate minus and plus 1e-10;
     * the root is unique), or null if they do not.
     */
    private static BigDecimal certified(CashFlowSeries series, double[] flows, double estimate, int lowSign) {
        if (!Double.isFinite(estimate)) {
            return null;
        }
        BigDecimal rounded = DoubleRounding.halfEven(estimate, IRR_SCALE);
        BigDecimal below = rounded.subtract(IRR_STEP);
        BigDecimal above = rounded.add(IRR_STEP);
        if (below.compareTo(IRR_LOWER_BOUND) <= 0 || above.compareTo(IRR_UPPER_BOUND) > 0) {
            return null;
        }
        int belowSign = npvSign(series, flows, below);
        int aboveSign = npvSign(series, flows, above);
        boolean bracketed = belowSign == 0 || aboveSign == 0 || (belowSign == lowSign && aboveSign == -lowSign);
        return bracketed ? rounded : null;
    }

    /** The net flow of every period, 0 to the horizon, as the nearest {@code double}. */
    private static double[] doubleFlows(CashFlowSeries series) {
        double[] flows = new double[series.horizon() + 1];
        for (int t = 0; t < flows.length; t++) {
            flows[t] = series.flow(t).amount().doubleValue();
        }
        return flows;
    }

    /**
     * Returns the sign of {@code npvUnrounded(series, rate)}: from a {@code double} evaluation when
     * its error bound proves the sign, else from the exact evaluation.
     */
    private static int npvSign(CashFlowSeries series, double[] flows, BigDecimal rate) {
        int sign = provenSign(flows, rate);
        return sign != 0 ? sign : npvUnrounded(series, rate).signum();
    }

    /**
     * Returns the sign of the NPV at a rate if a {@code double} evaluation proves it, or 0 if it
     * cannot.
     *
     * <p>With n = flows.length and u = 2^-53, each {@code double} term flow / growth^t carries a
     * relative error of at most about (2t + 2)u (the conversions, t products and the quotient) and
     * the running sum adds at most about nu of the sum of the terms' magnitudes S, so the
     * {@code double} NPV is within about (3n + 2)uS of the true NPV; the {@link #PRECISION} NPV is
     * within about (3n + 2) x 5e-34 x S of it. An NPV beyond (8n + 16)uS, more than twice both bounds,
     * therefore has the sign of the true NPV and of the {@link #PRECISION} one. Factors outside
     * [1e-290, 1e290] and non-finite sums are left to the exact evaluation, so no term is subnormal
     * or infinite.
     */
    private static int provenSign(double[] flows, BigDecimal rate) {
        double growth = BigDecimal.ONE.add(rate).doubleValue();
        double factor = 1;
        double npv = 0;
        double size = 0;
        for (int t = 0; t < flows.length; t++) {
            if (t > 0) {
                factor *= growth;
            }
            if (!(factor >= 1e-290 && factor <= 1e290)) {
                return 0;
            }
            double term = flows[t] / factor;
            npv += term;
            size += Math.abs(term);
        }
        if (!Double.isFinite(npv) || !Double.isFinite(size)) {
            return 0;
        }
        double bound = (8.0 * flows.length + 16) * 0x1p-53 * size;
        return npv > bound ? 1 : npv < -bound ? -1 : 0;
    }

    /** The exact bisection in BigDecimal, for flows where the double estimate cannot be proven. */
    private static BigDecimal exactRoot(CashFlowSeries series, double[] flows, BigDecimal from, BigDecimal to,
            int lowSign) {
        BigDecimal low = from;
        BigDecimal high = to;
        for (int i = 0; i < IRR_MAX_ITERATIONS && high.subtract(low).compareTo(IRR_TOLERANCE) > 0; i++) {
            BigDecimal mid = low.add(high).multiply(HALF);
            int midSign = npvSign(series, flows, mid);
            if (midSign == 0) {
                return mid.setScale(IRR_SCALE, RoundingMode.HALF_EVEN);
            }
            if (midSign == lowSign) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low.add(high).multiply(HALF).setScale(IRR_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * Returns the simple payback period, in periods, interpolated within the period in which the
     * cumulative cash flow reaches zero.
     *
     * @param series the net cash flow per period
     * @return the payback, such as 2.33 periods, 0 if the cumulative cash flow is never negative, or
     *         undefined without cash flows or if it never pays back
     */
    public static Outcome<BigDecimal> payback(CashFlowSeries series) {
        Objects.requireNonNull(series, "series");
        if (series.isEmpty()) {
            return Outcome.undefined(NO_CASH_FLOWS);
        }
        BigDecimal[] amounts = new BigDecimal[series.flows().size()];
        for (int t = 0; t < amounts.length; t++) {
            amounts[t] = series.flow(t).amount();
        }
        return paybackOf(amounts);
    }

    /**
     * Returns the discounted payback period: the payback of the flows discounted at a rate.
     *
     * @param series the net cash flow per period
     * @param rate the discount rate per period, above -1
     * @return the discounted payback, 0 if the cumulative discounted flow is never negative, or
     *         undefined without cash flows or if it never pays back
     * @throws IllegalArgumentException if the rate is not above -1
     */
    public static Outcome<BigDecimal> discountedPayback(CashFlowSeries series, BigDecimal rate) {
        Objects.requireNonNull(series, "series");
        checkRate(rate);
        if (series.isEmpty()) {
            return Outcome.undefined(NO_CASH_FLOWS);
        }
        return paybackOf(discounted(series, rate));
    }

    /** Every period's flow divided by (1 + rate)^t, at {@link #PRECISION}, as npvUnrounded divides it. */
    private static BigDecimal[] discounted(CashFlowSeries series, BigDecimal rate) {
        BigDecimal growth = BigDecimal.ONE.add(rate);
        BigDecimal factor = BigDecimal.ONE;
        BigDecimal[] discounted = new BigDecimal[series.horizon() + 1];
        for (int t = 0; t <= series.horizon(); t++) {
            if (t > 0) {
                factor = factor.multiply(growth, PRECISION);
            }
            discounted[t] = Quotients.divide(series.flow(t).amount(), factor, PRECISION);
        }
        return discounted;
    }

    /** The cumulative sum is exact; only the fraction of the crossing period is rounded. */
    private static Outcome<BigDecimal> paybackOf(BigDecimal[] flows) {
        BigDecimal cumulative = BigDecimal.ZERO;
        boolean everNegative = false;
        for (int t = 0; t < flows.length; t++) {
            BigDecimal before = cumulative;
            cumulative = cumulative.add(flows[t]);
            if (before.signum() < 0 && cumulative.signum() >= 0) {
                BigDecimal fraction = Quotients.divide(before.negate(), flows[t], PRECISION);
                return Outcome.of(BigDecimal.valueOf(t - 1L).add(fraction, PRECISION));
            }
            everNegative |= cumulative.signum() < 0;
        }
        return everNegative ? Outcome.undefined(NEVER_PAYS_BACK) : Outcome.of(BigDecimal.ZERO);
    }

    /** The number of sign changes of the net flows, zero periods left out. */
    static int signChanges(CashFlowSeries series) {
        int changes = 0;
        int last = 0;
        for (Money flow : series.flows()) {
            int sign = flow.amount().signum();
            if (sign != 0) {
                if (last != 0 && sign != last) {
                    changes++;
                }
                last = sign;
            }
        }
        return changes;
    }

    private static Outcome<Appraisal> analyse(RuleInput input) {
        Project project = input.project();
        if (project.cashFlows().isEmpty()) {
            return Outcome.undefined(NO_CASH_FLOWS);
        }
        Currency currency = project.currency();
        SortedSet<String> others = null; // made only for a flow in another currency
        for (CashFlow flow : project.cashFlows()) {
            if (flow.period() > Limits.MAX_PERIOD) {
                return Outcome.undefined("a cash flow period is beyond " + Limits.MAX_PERIOD,
                        "现金流期间超过 " + Limits.MAX_PERIOD);
            }
            if (!flow.amount().currency().equals(currency)) {
                if (others == null) {
                    others = new TreeSet<>();
                }
                others.add(flow.amount().currency().getCurrencyCode());
            }
        }
        if (others != null) {
            return Outcome.undefined(Texts.otherCurrency("cash flows", "现金流", others, currency));
        }
        CashFlowSeries series;
        try {
            series = CashFlowSeries.of(currency, project.cashFlows());
        } catch (IllegalArgumentException e) { // a per-period sum beyond Money's range
            return Outcome.undefined("the cash flows cannot be summed: " + e.getMessage(),
                    "现金流无法汇总：" + e.getMessage());
        }
        return Outcome.of(appraise(series, input.policy().get(PolicyKeys.DISCOUNT_RATE)));
    }

    private static void checkRate(BigDecimal rate) {
        Objects.requireNonNull(rate, "rate");
        if (rate.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new IllegalArgumentException("rate must be above -1: " + rate.toPlainString());
        }
    }

    static int scaleOf(Currency currency) {
        return Money.zero(currency).amount().scale();
    }
}
