package org.pmokit.rules.evm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.pmokit.core.money.CurrencyMismatchException;
import org.pmokit.core.money.Money;
import org.pmokit.core.time.CalendarCoverageException;
import org.pmokit.core.time.WorkingDayIndex;
import org.pmokit.rules.Display;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;

/**
 * The earned value and earned schedule metrics of one scope (an activity, a WBS node, a phase, a
 * project or a portfolio) at one status date, computed from exact sums (FORMULAS.md sections 3 to
 * 5).
 *
 * <p>The figures hold BAC, PV, EV and AC exactly in minor units, optionally the bottom-up estimate to
 * complete, and the schedule facts AT, PD and ES in working days. Every other metric is derived on
 * request: variances are exact amounts; ratios are {@code double}s computed from the exact sums;
 * EACs are exact quotients rounded half-even once to the minor unit. A metric that cannot be computed
 * is {@link MetricValue.Undefined} with its reason, exactly as FORMULAS.md section 5 says, never 0, NaN,
 * infinity or null:
 *
 * <table class="striped">
 *   <caption>Undefined results</caption>
 *   <thead><tr><th>case</th><th>undefined</th><th>reason</th></tr></thead>
 *   <tbody>
 *     <tr><td>PV = 0</td><td>SPI, SV%, CSI, EAC(CPI x SPI)</td><td>nothing planned yet</td></tr>
 *     <tr><td>AC = 0</td><td>CPI, CSI, EAC(CPI), EAC(CPI x SPI)</td><td>no actual cost yet</td></tr>
 *     <tr><td>EV = 0, AC &gt; 0</td><td>EAC(CPI), EAC(CPI x SPI), CV% (CPI is 0)</td><td>no work earned</td></tr>
 *     <tr><td>AC &gt;= BAC</td><td>TCPI(BAC) (use TCPI(EAC))</td><td>budget exhausted</td></tr>
 *     <tr><td>AT = 0</td><td>SPI(t), IEAC(t), forecast finish</td><td>no working day has passed yet</td></tr>
 *     <tr><td>EV &gt; BAC</td><td colspan="2">an input error: {@link EvmInputException}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>PMO Kit adds the cases that the table implies: AC below 0 (corrections exceed the costs) leaves
 * CPI and the EACs built on it undefined; EV = BAC leaves TCPI(EAC) undefined ("no work remains");
 * ES = 0 leaves IEAC(t) undefined ("no work earned"); AT &gt;= PD leaves TSPI undefined ("the
 * planned duration has elapsed"); BAC = 0 leaves ES undefined ("nothing budgeted in the baseline");
 * without estimates EAC(bottom-up) is undefined; figures without a time-phased baseline (such as a
 * portfolio's) have no earned schedule.
 *
 * <p>ETC, VAC and TCPI(EAC) use the figures' {@link EacMethod} ({@link EacMethod#CPI} unless changed
 * with {@link #withEacMethod(EacMethod)}); {@link #etc(EacMethod)}, {@link #vac(EacMethod)} and
 * {@link #tcpiEac(EacMethod)} give them for any method.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvmFigures {

    private final Currency currency;
    private final long bac;
    private final long pv;
    private final long ev;
    private final long ac;
    private final EacMethod method;
    /** The bottom-up estimate to complete; meaningful when {@link #etcReason} is null. */
    private final long estimate;
    /** Why there is no bottom-up estimate to complete; null when there is one. */
    private final Text etcReason;
    /** Why AT and PD are unknown; null when they are known. */
    private final Text scheduleReason;
    private final int at;
    private final int pd;
    /** ES; meaningful when {@link #esReason} and {@link #scheduleReason} are null. */
    private final double es;
    /** Why ES is undefined; null when it is defined. */
    private final Text esReason;
    /** The working days for the forecast finish date; null without a calendar. */
    private final WorkingDayIndex index;

    /** Makes figures whose parts the engine has made consistent; no check, for the hot loops. */
    EvmFigures(Currency currency, long bac, long pv, long ev, long ac, EacMethod method, long estimate,
            Text etcReason, Text scheduleReason, int at, int pd, double es, Text esReason, WorkingDayIndex index) {
        this.currency = currency;
        this.method = method;
        this.bac = bac;
        this.pv = pv;
        this.ev = ev;
        this.ac = ac;
        this.estimate = estimate;
        this.etcReason = etcReason;
        this.scheduleReason = scheduleReason;
        this.at = at;
        this.pd = pd;
        this.es = es;
        this.esReason = esReason;
        this.index = index;
    }

    /**
     * Makes figures from parts that come from outside the engine, checking them: BAC, PV and EV not
     * negative, PV and EV not above BAC, the estimate not negative, the schedule facts in range.
     */
    static EvmFigures checked(Currency currency, long bac, long pv, long ev, long ac, EacMethod method, long estimate,
            Text etcReason, Text scheduleReason, int at, int pd, double es, Text esReason, WorkingDayIndex index) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(method, "method");
        if (bac < 0) {
            throw new IllegalArgumentException("budget at completion must not be negative: " + money(currency, bac));
        }
        if (pv < 0) {
            throw new IllegalArgumentException("planned value must not be negative: " + money(currency, pv));
        }
        if (ev < 0) {
            throw new IllegalArgumentException("earned value must not be negative: " + money(currency, ev));
        }
        if (ev > bac) {
            String e = Display.money(MinorUnits.money(currency, ev));
            String b = Display.money(MinorUnits.money(currency, bac));
            throw new EvmInputException(Text.of("earned value " + e + " exceeds the budget at completion " + b,
                    "挣值 " + e + " 超过完工预算 " + b));
        }
        if (pv > bac) {
            String p = Display.money(MinorUnits.money(currency, pv));
            String b = Display.money(MinorUnits.money(currency, bac));
            throw new EvmInputException(Text.of("planned value " + p + " exceeds the budget at completion " + b,
                    "计划值 " + p + " 超过完工预算 " + b));
        }
        if (etcReason == null && estimate < 0) {
            throw new IllegalArgumentException("estimate to complete must not be negative: " + money(currency, estimate));
        }
        if (scheduleReason == null) {
            if (at < 0 || pd < 0) {
                throw new IllegalArgumentException("actual time and planned duration must not be negative: AT "
                        + at + ", PD " + pd);
            }
            if (esReason == null && !(es >= 0 && es <= pd)) {
                throw new IllegalArgumentException("earned schedule must be within 0.." + pd + ": " + es);
            }
        }
        return new EvmFigures(currency, bac, pv, ev, ac, method, estimate, etcReason, scheduleReason, at, pd, es,
                esReason, index);
    }

    /**
     * Returns the cost figures of a scope, without estimates to complete or earned schedule: the
     * metrics that need them are undefined until {@link #withEstimateToComplete(Money)} and
     * {@link #withSchedule(int, int, double)} add them.
     *
     * @param bac the budget at completion, not negative
     * @param pv the planned value, from 0 to BAC
     * @param ev the earned value, from 0 to BAC
     * @param ac the actual cost
     * @return the figures
     * @throws CurrencyMismatchException if the amounts are in different currencies
     * @throws EvmInputException if EV or PV exceeds BAC (FORMULAS.md section 5: an input error)
     * @throws IllegalArgumentException if BAC, PV or EV is negative
     */
    public static EvmFigures of(Money bac, Money pv, Money ev, Money ac) {
        Currency c = Objects.requireNonNull(bac, "bac").currency();
        for (Money m : new Money[] {Objects.requireNonNull(pv, "pv"), Objects.requireNonNull(ev, "ev"),
                Objects.requireNonNull(ac, "ac")}) {
            if (!m.currency().equals(c)) {
                throw new CurrencyMismatchException(c, m.currency());
            }
        }
        Text what = Text.of("the figures", "各项数值");
        return checked(c, MinorUnits.of(bac, what), MinorUnits.of(pv, what), MinorUnits.of(ev, what),
                MinorUnits.of(ac, what), EacMethod.CPI, 0, Reasons.NO_ESTIMATES, Reasons.NO_SCHEDULE, 0, 0, 0,
                Reasons.NO_SCHEDULE, null);
    }

    /**
     * Returns these figures with a bottom-up estimate to complete the remaining work.
     *
     * @param etc the estimate to complete, not negative
     * @return the changed figures
     * @throws CurrencyMismatchException if the estimate is in another currency
     * @throws IllegalArgumentException if the estimate is negative
     */
    public EvmFigures withEstimateToComplete(Money etc) {
        Objects.requireNonNull(etc, "etc");
        if (!etc.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, etc.currency());
        }
        return checked(currency, bac, pv, ev, ac, method, MinorUnits.of(etc, Text.of("the estimate", "估算")),
                null, scheduleReason, at, pd, es, esReason, index);
    }

    /**
     * Returns these figures with the earned schedule facts, without a calendar for the forecast
     * finish date.
     *
     * @param actualTime AT in working days, not negative
     * @param plannedDuration PD in working days, not negative
     * @param earnedSchedule ES in working days, from 0 to PD
     * @return the changed figures
     * @throws IllegalArgumentException if a value is out of its range
     */
    public EvmFigures withSchedule(int actualTime, int plannedDuration, double earnedSchedule) {
        return checked(currency, bac, pv, ev, ac, method, estimate, etcReason, null, actualTime, plannedDuration,
                earnedSchedule, null, null);
    }

    /**
     * Returns these figures with another method for ETC, VAC and TCPI(EAC).
     *
     * @param newMethod the method
     * @return the changed figures
     */
    public EvmFigures withEacMethod(EacMethod newMethod) {
        return new EvmFigures(currency, bac, pv, ev, ac, Objects.requireNonNull(newMethod, "newMethod"), estimate,
                etcReason, scheduleReason, at, pd, es, esReason, index);
    }

    // ---- the exact sums -------------------------------------------------------------------

    /**
     * Returns the currency of every amount.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the method of ETC, VAC and TCPI(EAC).
     *
     * @return the EAC method
     */
    public EacMethod eacMethod() {
        return method;
    }

    /**
     * Returns the budget at completion BAC.
     *
     * @return BAC, exact
     */
    public Money bac() {
        return money(currency, bac);
    }

    /**
     * Returns the planned value PV.
     *
     * @return PV, exact
     */
    public Money pv() {
        return money(currency, pv);
    }

    /**
     * Returns the earned value EV.
     *
     * @return EV, exact
     */
    public Money ev() {
        return money(currency, ev);
    }

    /**
     * Returns the actual cost AC.
     *
     * @return AC, exact
     */
    public Money ac() {
        return money(currency, ac);
    }

    /**
     * Returns the cost variance CV = EV - AC.
     *
     * @return CV, exact
     */
    public Money cv() {
        return money(currency, ev).minus(money(currency, ac));
    }

    /**
     * Returns the schedule variance SV = EV - PV.
     *
     * @return SV, exact
     */
    public Money sv() {
        return money(currency, ev - pv);
    }

    // ---- ratios ---------------------------------------------------------------------------

    /**
     * Returns CV% = CV / EV; undefined when EV = 0.
     *
     * @return a ratio or undefined
     */
    public MetricValue cvPercent() {
        if (ev == 0) {
            return new MetricValue.Undefined(Reasons.NO_WORK_EARNED);
        }
        return new MetricValue.Ratio(((double) ev - (double) ac) / ev);
    }

    /**
     * Returns SV% = SV / PV; undefined when PV = 0.
     *
     * @return a ratio or undefined
     */
    public MetricValue svPercent() {
        if (pv == 0) {
            return new MetricValue.Undefined(Reasons.NOTHING_PLANNED);
        }
        return new MetricValue.Ratio((double) (ev - pv) / pv);
    }

    /**
     * Returns CPI = EV / AC; undefined when AC = 0 (or negative); 0 when EV = 0 and AC &gt; 0.
     *
     * @return a ratio or undefined
     */
    public MetricValue cpi() {
        Text why = cpiUndefined();
        return why != null ? new MetricValue.Undefined(why) : new MetricValue.Ratio((double) ev / ac);
    }

    /**
     * Returns SPI = EV / PV; undefined when PV = 0.
     *
     * @return a ratio or undefined
     */
    public MetricValue spi() {
        if (pv == 0) {
            return new MetricValue.Undefined(Reasons.NOTHING_PLANNED);
        }
        return new MetricValue.Ratio((double) ev / pv);
    }

    /**
     * Returns CSI = CPI x SPI; undefined when either is.
     *
     * @return a ratio or undefined
     */
    public MetricValue csi() {
        Text why = csiUndefined();
        return why != null ? new MetricValue.Undefined(why)
                : new MetricValue.Ratio(((double) ev / ac) * ((double) ev / pv));
    }

    private Text cpiUndefined() {
        if (ac == 0) {
            return Reasons.NO_ACTUAL_COST;
        }
        return ac < 0 ? Reasons.NEGATIVE_ACTUAL_COST : null;
    }

    private Text csiUndefined() {
        Text why = cpiUndefined();
        if (why == null && pv == 0) {
            why = Reasons.NOTHING_PLANNED;
        }
        return why;
    }

    // ---- forecasts ------------------------------------------------------------------------

    /**
     * Returns the estimate at completion by the figures' method.
     *
     * @return an amount or undefined
     */
    public MetricValue eac() {
        return eac(method);
    }

    /**
     * Returns the estimate at completion by a method: EAC(CPI) = BAC / CPI; EAC(budget rate) = AC +
     * (BAC - EV); EAC(CPI x SPI) = AC + (BAC - EV) / (CPI x SPI); EAC(bottom-up) = AC + ETC given.
     *
     * @param eacMethod the method
     * @return an amount, rounded half-even to the minor unit, or undefined
     */
    public MetricValue eac(EacMethod eacMethod) {
        Text why = eacUndefined(eacMethod);
        return why != null ? new MetricValue.Undefined(why) : new MetricValue.Amount(eacMoney(eacMethod));
    }

    /**
     * Returns the estimate to complete ETC = EAC - AC by the figures' method.
     *
     * @return an amount or undefined
     */
    public MetricValue etc() {
        return etc(method);
    }

    /**
     * Returns the estimate to complete ETC = EAC - AC by a method.
     *
     * @param eacMethod the method
     * @return an amount or undefined
     */
    public MetricValue etc(EacMethod eacMethod) {
        Text why = eacUndefined(eacMethod);
        return why != null ? new MetricValue.Undefined(why)
                : new MetricValue.Amount(eacMoney(eacMethod).minus(money(currency, ac)));
    }

    /**
     * Returns the variance at completion VAC = BAC - EAC by the figures' method.
     *
     * @return an amount or undefined
     */
    public MetricValue vac() {
        return vac(method);
    }

    /**
     * Returns the variance at completion VAC = BAC - EAC by a method.
     *
     * @param eacMethod the method
     * @return an amount or undefined
     */
    public MetricValue vac(EacMethod eacMethod) {
        Text why = eacUndefined(eacMethod);
        return why != null ? new MetricValue.Undefined(why)
                : new MetricValue.Amount(money(currency, bac).minus(eacMoney(eacMethod)));
    }

    /**
     * Returns TCPI(BAC) = (BAC - EV) / (BAC - AC); undefined ("budget exhausted") when AC &gt;= BAC.
     *
     * @return a ratio or undefined
     */
    public MetricValue tcpiBac() {
        if (ac >= bac) {
            return new MetricValue.Undefined(Reasons.BUDGET_EXHAUSTED);
        }
        return new MetricValue.Ratio((double) (bac - ev) / ((double) bac - (double) ac));
    }

    /**
     * Returns TCPI(EAC) = (BAC - EV) / (EAC - AC) by the figures' method.
     *
     * @return a ratio or undefined
     */
    public MetricValue tcpiEac() {
        return tcpiEac(method);
    }

    /**
     * Returns TCPI(EAC) = (BAC - EV) / (EAC - AC) by a method, from the exact EAC before rounding;
     * undefined when the EAC is, or when no work remains.
     *
     * @param eacMethod the method
     * @return a ratio or undefined
     */
    public MetricValue tcpiEac(EacMethod eacMethod) {
        Text why = eacUndefined(eacMethod);
        if (why != null) {
            return new MetricValue.Undefined(why);
        }
        if (bac == ev) {
            return new MetricValue.Undefined(Reasons.NO_WORK_REMAINING);
        }
        double remaining = (double) (bac - ev);
        double etc = switch (eacMethod) {
            case CPI -> (double) ac * remaining / ev;
            case BUDGET_RATE -> remaining;
            case CPI_SPI -> remaining * ((double) ac / ev) * ((double) pv / ev);
            case BOTTOM_UP -> estimate;
        };
        if (etc <= 0) {
            return new MetricValue.Undefined(Reasons.NOTHING_LEFT_TO_SPEND);
        }
        return new MetricValue.Ratio(remaining / etc);
    }

    private Text eacUndefined(EacMethod eacMethod) {
        Objects.requireNonNull(eacMethod, "eacMethod");
        switch (eacMethod) {
            case CPI: {
                Text why = cpiUndefined();
                return why == null && ev == 0 ? Reasons.NO_WORK_EARNED : why;
            }
            case CPI_SPI: {
                Text why = csiUndefined();
                return why == null && ev == 0 ? Reasons.NO_WORK_EARNED : why;
            }
            case BOTTOM_UP:
                return etcReason;
            case BUDGET_RATE:
            default:
                return null;
        }
    }

    /** The EAC of a defined method, exact and rounded half-even once. */
    private Money eacMoney(EacMethod eacMethod) {
        BigInteger acBig = BigInteger.valueOf(ac);
        BigInteger remaining = BigInteger.valueOf(bac - ev);
        BigInteger minor = switch (eacMethod) {
            case CPI -> halfEven(BigInteger.valueOf(bac).multiply(acBig), BigInteger.valueOf(ev));
            case BUDGET_RATE -> acBig.add(remaining);
            case CPI_SPI -> acBig.add(halfEven(remaining.multiply(acBig).multiply(BigInteger.valueOf(pv)),
                    BigInteger.valueOf(ev).multiply(BigInteger.valueOf(ev))));
            case BOTTOM_UP -> acBig.add(BigInteger.valueOf(estimate));
        };
        return Money.of(currency, new BigDecimal(minor, currency.getDefaultFractionDigits() < 0 ? 0
                : currency.getDefaultFractionDigits()));
    }

    private static BigInteger halfEven(BigInteger numerator, BigInteger divisor) {
        return new BigDecimal(numerator).divide(new BigDecimal(divisor), 0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }

    // ---- earned schedule ------------------------------------------------------------------

    /**
     * Returns the actual time AT: working days from the start through the status date.
     *
     * @return a quantity in {@value EvmMetric#DAYS} or undefined
     */
    public MetricValue at() {
        return scheduleReason != null ? new MetricValue.Undefined(scheduleReason) : days(at);
    }

    /**
     * Returns the planned duration PD.
     *
     * @return a quantity in {@value EvmMetric#DAYS} or undefined
     */
    public MetricValue pd() {
        return scheduleReason != null ? new MetricValue.Undefined(scheduleReason) : days(pd);
    }

    /**
     * Returns the earned schedule ES.
     *
     * @return a quantity in {@value EvmMetric#DAYS} or undefined
     */
    public MetricValue es() {
        Text why = esUndefined();
        return why != null ? new MetricValue.Undefined(why) : days(es);
    }

    /**
     * Returns SV(t) = ES - AT.
     *
     * @return a quantity in {@value EvmMetric#DAYS} or undefined
     */
    public MetricValue svT() {
        Text why = esUndefined();
        return why != null ? new MetricValue.Undefined(why) : days(es - at);
    }

    /**
     * Returns SPI(t) = ES / AT; undefined when AT = 0.
     *
     * @return a ratio or undefined
     */
    public MetricValue spiT() {
        Text why = spiTUndefined();
        return why != null ? new MetricValue.Undefined(why) : new MetricValue.Ratio(es / at);
    }

    /**
     * Returns TSPI = (PD - ES) / (PD - AT); undefined once AT reaches PD.
     *
     * @return a ratio or undefined
     */
    public MetricValue tspi() {
        Text why = esUndefined();
        if (why == null && at >= pd) {
            why = Reasons.DURATION_ELAPSED;
        }
        return why != null ? new MetricValue.Undefined(why) : new MetricValue.Ratio((pd - es) / (pd - at));
    }

    /**
     * Returns IEAC(t) = PD / SPI(t), the forecast duration in working days.
     *
     * @return a quantity in {@value EvmMetric#DAYS} or undefined
     */
    public MetricValue ieacT() {
        Text why = ieacUndefined();
        return why != null ? new MetricValue.Undefined(why) : days(ieac());
    }

    /**
     * Returns the forecast finish: the date of working day {@code ceil(IEAC(t)) - 1} from the start
     * (FORMULAS.md section 1), on the calendar of the project.
     *
     * @return a date or undefined
     */
    public MetricValue forecastFinish() {
        Text why = ieacUndefined();
        if (why == null && index == null) {
            why = Reasons.NO_CALENDAR;
        }
        if (why != null) {
            return new MetricValue.Undefined(why);
        }
        // a tolerance of 1e-9 day keeps a whole number of days whole despite the double quotient
        double days = Math.ceil(ieac() - 1e-9);
        if (days > Integer.MAX_VALUE) {
            return new MetricValue.Undefined(Reasons.FORECAST_TOO_FAR);
        }
        int finish = Math.max((int) days, 1) - 1;
        try {
            return new MetricValue.Date(index.dateOf(finish));
        } catch (CalendarCoverageException e) {
            return new MetricValue.Undefined(Reasons.beyondCalendar(e.calendarName(), e.date()));
        }
    }

    private double ieac() {
        return (double) pd * at / es;
    }

    private Text esUndefined() {
        return scheduleReason != null ? scheduleReason : esReason;
    }

    private Text spiTUndefined() {
        Text why = esUndefined();
        return why == null && at == 0 ? Reasons.NO_TIME_ELAPSED : why;
    }

    private Text ieacUndefined() {
        Text why = spiTUndefined();
        return why == null && es == 0 ? Reasons.NO_WORK_EARNED : why;
    }

    private static MetricValue days(double value) {
        return new MetricValue.Quantity(value, EvmMetric.DAYS);
    }

    // ---- all at once ----------------------------------------------------------------------

    /**
     * Returns one metric.
     *
     * @param metric the metric
     * @return its value or undefined
     */
    public MetricValue get(EvmMetric metric) {
        return switch (Objects.requireNonNull(metric, "metric")) {
            case BAC -> new MetricValue.Amount(bac());
            case PV -> new MetricValue.Amount(pv());
            case EV -> new MetricValue.Amount(ev());
            case AC -> new MetricValue.Amount(ac());
            case CV -> new MetricValue.Amount(cv());
            case SV -> new MetricValue.Amount(sv());
            case CV_PERCENT -> cvPercent();
            case SV_PERCENT -> svPercent();
            case CPI -> cpi();
            case SPI -> spi();
            case CSI -> csi();
            case EAC_CPI -> eac(EacMethod.CPI);
            case EAC_BUDGET_RATE -> eac(EacMethod.BUDGET_RATE);
            case EAC_CPI_SPI -> eac(EacMethod.CPI_SPI);
            case EAC_BOTTOM_UP -> eac(EacMethod.BOTTOM_UP);
            case ETC -> etc();
            case VAC -> vac();
            case TCPI_BAC -> tcpiBac();
            case TCPI_EAC -> tcpiEac();
            case AT -> at();
            case PD -> pd();
            case ES -> es();
            case SV_T -> svT();
            case SPI_T -> spiT();
            case TSPI -> tspi();
            case IEAC_T -> ieacT();
            case FORECAST_FINISH -> forecastFinish();
        };
    }

    /**
     * Returns every metric, in the order of {@link EvmMetric}.
     *
     * @return the metrics, unmodifiable
     */
    public Map<EvmMetric, MetricValue> metrics() {
        Map<EvmMetric, MetricValue> all = new EnumMap<>(EvmMetric.class);
        for (EvmMetric m : EvmMetric.values()) {
            all.put(m, get(m));
        }
        return Collections.unmodifiableMap(all);
    }

    // ---- for the engine and the portfolio ---------------------------------------------------

    long bacMinor() {
        return bac;
    }

    long pvMinor() {
        return pv;
    }

    long evMinor() {
        return ev;
    }

    long acMinor() {
        return ac;
    }

    boolean hasEstimate() {
        return etcReason == null;
    }

    long estimateMinor() {
        return estimate;
    }

    /** The forecast finish date, if defined; for tests and rules. */
    LocalDate forecastFinishDate() {
        MetricValue v = forecastFinish();
        return v instanceof MetricValue.Date d ? d.date() : null;
    }

    private static Money money(Currency currency, long minor) {
        return MinorUnits.money(currency, minor);
    }

    /**
     * Returns whether another object is figures with the same sums, method, estimate and schedule.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EvmFigures f)) {
            return false;
        }
        return currency.equals(f.currency) && bac == f.bac && pv == f.pv && ev == f.ev && ac == f.ac
                && method == f.method && estimate == f.estimate && Objects.equals(etcReason, f.etcReason)
                && Objects.equals(scheduleReason, f.scheduleReason) && at == f.at && pd == f.pd
                && Double.compare(es, f.es) == 0 && Objects.equals(esReason, f.esReason)
                && Objects.equals(index, f.index);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, bac, pv, ev, ac, method, estimate, etcReason, scheduleReason, at, pd, es,
                esReason, index);
    }

    /**
     * Returns the sums and the schedule facts.
     *
     * @return such as {@code EvmFigures[CNY BAC 100000.00, PV 40000.00, EV 30000.00, AC 35000.00, AT 4, PD 10, ES 3.0]}
     */
    @Override
    public String toString() {
        String schedule = scheduleReason != null ? "" : ", AT " + at + ", PD " + pd
                + (esReason != null ? ", ES undefined" : ", ES " + es);
        return "EvmFigures[" + currency.getCurrencyCode() + " BAC " + bac().amount().toPlainString() + ", PV "
                + pv().amount().toPlainString() + ", EV " + ev().amount().toPlainString() + ", AC "
                + ac().amount().toPlainString() + schedule + "]";
    }
}
