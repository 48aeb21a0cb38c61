package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.finance.Fixtures.CNY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.CashFlow;

/**
 * Invariants of {@link InvestmentAppraisal} on conventional cash flows: an investment at period 0,
 * then 1 to 10 returns of which the first is at least a tenth of the investment, so the IRR exists
 * and lies within the search range (NPV(-0.99) &gt; 0 &gt; NPV(10)).
 */
class InvestmentAppraisalPropertiesTest {

    /** The distance from the reported IRR within which NPV changes sign: IRR_SCALE places plus the bracket. */
    private static final BigDecimal RATE_TOLERANCE = new BigDecimal("1E-10");

    @Provide
    Arbitrary<CashFlowSeries> conventional() {
        return Arbitraries.longs().between(1_000, 10_000_000).flatMap(investment -> Combinators.combine(
                Arbitraries.longs().between(investment / 10, investment),
                Arbitraries.longs().between(0, investment).list().ofMaxSize(9))
                .as((first, rest) -> {
                    long[] flows = new long[rest.size() + 2];
                    flows[0] = -investment;
                    flows[1] = first;
                    for (int i = 0; i < rest.size(); i++) {
                        flows[i + 2] = rest.get(i);
                    }
                    return CashFlowSeries.of(CNY, flows);
                }));
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-0.5"), new BigDecimal("5")).ofScale(4);
    }

    @Property
    void npvDecreases_asTheRateRises(@ForAll("conventional") CashFlowSeries series, @ForAll("rates") BigDecimal a,
            @ForAll("rates") BigDecimal b) {
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        if (low.compareTo(high) == 0) {
            return;
        }
        assertThat(InvestmentAppraisal.npvUnrounded(series, low)).isGreaterThan(InvestmentAppraisal.npvUnrounded(series, high));
        Money atLow = InvestmentAppraisal.npv(series, low).toOptional().orElseThrow();
        Money atHigh = InvestmentAppraisal.npv(series, high).toOptional().orElseThrow();
        assertThat(atLow).isGreaterThanOrEqualTo(atHigh);
    }

    /**
     * The reported IRR is within 1e-10 of the root: NPV is positive just below that window and
     * negative just above it. So, by the mean value theorem, |NPV(IRR)| is at most 1e-10 times the
     * largest slope |NPV'(r)| = &Sigma; t |CF_t| (1 + r)^-(t+1) in the window, the tolerance checked here.
     */
    @Property
    void npvAtTheIrr_isZero_withinWhatA1e10RateErrorAllows(@ForAll("conventional") CashFlowSeries series) {
        BigDecimal irr = InvestmentAppraisal.irr(series).toOptional().orElseThrow();
        assertThat(InvestmentAppraisal.npvUnrounded(series, irr.subtract(RATE_TOLERANCE)).signum()).isNotNegative();
        assertThat(InvestmentAppraisal.npvUnrounded(series, irr.add(RATE_TOLERANCE)).signum()).isNotPositive();
        double base = 1 + irr.doubleValue() - 1e-10;
        double slope = 0;
        for (int t = 1; t <= series.horizon(); t++) {
            slope += t * series.flow(t).amount().abs().doubleValue() / Math.pow(base, t + 1);
        }
        double npv = InvestmentAppraisal.npvUnrounded(series, irr).abs().doubleValue();
        assertThat(npv).isLessThanOrEqualTo(1e-10 * slope * (1 + 1e-9));
    }

    @Property
    void theIrr_isPositive_exactlyWhenTheReturnsExceedTheInvestment(@ForAll("conventional") CashFlowSeries series) {
        BigDecimal irr = InvestmentAppraisal.irr(series).toOptional().orElseThrow();
        int total = series.total().amount().signum();
        if (total != 0) {
            assertThat(irr.signum()).isEqualTo(total);
        }
    }

    @Property
    void discountingDelaysPayback(@ForAll("conventional") CashFlowSeries series, @ForAll("rates") BigDecimal rate) {
        if (rate.signum() < 0) {
            return;
        }
        var discounted = InvestmentAppraisal.discountedPayback(series, rate).toOptional();
        var simple = InvestmentAppraisal.payback(series).toOptional();
        if (discounted.isPresent()) {
            assertThat(simple).isPresent();
            assertThat(simple.get()).isLessThanOrEqualTo(discounted.get());
        }
    }

    @Property
    void theSeries_doesNotDependOnTheOrderOfCashFlows(@ForAll("conventional") CashFlowSeries series, @ForAll long seed) {
        List<CashFlow> flows = new ArrayList<>();
        for (int t = 0; t <= series.horizon(); t++) {
            // split each period's flow in two parts to be summed again
            Money part = Money.ofMinor(CNY, series.flow(t).toMinorUnits() / 3);
            flows.add(CashFlow.of(t, part));
            flows.add(CashFlow.of(t, series.flow(t).minus(part)));
        }
        Collections.shuffle(flows, new Random(seed));
        CashFlowSeries again = CashFlowSeries.of(CNY, flows);
        assertThat(again).isEqualTo(series);
        assertThat(InvestmentAppraisal.appraise(again, new BigDecimal("0.08")))
                .isEqualTo(InvestmentAppraisal.appraise(series, new BigDecimal("0.08")));
    }
}
