package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.finance.Fixtures.CNY;
import static org.pmokit.rules.finance.Fixtures.cashFlows;
import static org.pmokit.rules.finance.Fixtures.cny;
import static org.pmokit.rules.finance.Fixtures.input;
import static org.pmokit.rules.finance.Fixtures.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.CashFlow;
import org.pmokit.core.project.Limits;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Text;

class InvestmentAppraisalTest {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    private static CashFlowSeries series(long... amounts) {
        return CashFlowSeries.of(CNY, amounts);
    }

    private static BigDecimal value(Outcome<BigDecimal> outcome) {
        return outcome.toOptional().orElseThrow(() -> new AssertionError("undefined: " + outcome));
    }

    private static BigDecimal at10(Outcome<BigDecimal> outcome) {
        return value(outcome).setScale(10, RoundingMode.HALF_EVEN);
    }

    /**
     * Projects S and L of Brigham and Ehrhardt (capital budgeting), at 10% per period; each figure
     * checked by hand with exact fractions:
     *
     * <p>S = -1000, 500, 400, 300, 100. NPV = -1000 + 500/1.1 + 400/1.21 + 300/1.331 + 100/1.4641
     * = -1000 + 454.5455 + 330.5785 + 225.3944 + 68.3013 = 1154000/14641 = 78.8198, so CNY 78.82.
     * IRR 14.4888442786% (the textbook's 14.49%). Cumulative -1000, -500, -100, 200: payback
     * 2 + 100/300 = 2.3333. Discounted cumulative -1000, -545.45, -214.88, 10.52: discounted payback
     * 2 + (260/1.21)/(300/1.331) = 2 + 286/300 = 2.9533. ROI (1300 - 1000)/1000 = 0.3.
     *
     * <p>L = -1000, 100, 300, 400, 675. NPV 100.40 (exactly 100.402977...), IRR 13.5492041472%
     * (textbook 13.55%). Cumulative -1000, -900, -600, -200, 475: payback 3 + 200/675 = 3.2963.
     * Discounted flows 90.91, 247.93, 300.53, 461.03: discounted payback 3 + 361.63/461.03 = 3.7822.
     * ROI (1475 - 1000)/1000 = 0.475.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "S, -1000, 500, 400, 300, 100, 78.82, 0.1448884428, 2.3333333333, 2.9533333333, 0.3",
        "L, -1000, 100, 300, 400, 675, 100.40, 0.1354920415, 3.2962962963, 3.7822222222, 0.475",
    })
    void textbookProjects_at10Percent(String name, long cf0, long cf1, long cf2, long cf3, long cf4, String npv,
            String irr, String payback, String discountedPayback, String roi) {
        CashFlowSeries s = series(cf0, cf1, cf2, cf3, cf4);
        Appraisal a = InvestmentAppraisal.appraise(s, TEN_PERCENT);
        assertThat(a.npv().toOptional()).contains(cny(npv));
        assertThat(value(a.irr())).isEqualByComparingTo(irr);
        assertThat(at10(a.payback())).isEqualByComparingTo(payback);
        assertThat(at10(a.discountedPayback())).isEqualByComparingTo(discountedPayback);
        assertThat(value(a.roi())).isEqualByComparingTo(roi);
        assertThat(a.discountRate()).isEqualTo(TEN_PERCENT);
    }

    @Test
    void npvUnrounded_ofProjectS_isTheExactFractionTo34Digits() {
        // NPV of project S at 10% is exactly 1154000 / 14641 = 78.8197527491...
        BigDecimal exact = new BigDecimal(1154000).divide(new BigDecimal(14641), InvestmentAppraisal.PRECISION);
        assertThat(InvestmentAppraisal.npvUnrounded(series(-1000, 500, 400, 300, 100), TEN_PERCENT)
                .subtract(exact).abs()).isLessThan(new BigDecimal("1E-29"));
    }

    @Test
    void npv_atZero_isTheSumOfTheFlows() {
        assertThat(InvestmentAppraisal.npv(series(-1000, 500, 400, 300, 100), BigDecimal.ZERO).toOptional())
                .contains(cny("300.00"));
    }

    @Test
    void npv_roundsHalfEvenOnceAtTheEnd() {
        // 1/1.08 = 0.925925...: CNY 0.93; -1000 + 1000/1.08 = -74.0740...: CNY -74.07
        assertThat(InvestmentAppraisal.npv(series(0, 1), new BigDecimal("0.08")).toOptional()).contains(cny("0.93"));
        assertThat(InvestmentAppraisal.npv(series(-1000, 1000), new BigDecimal("0.08")).toOptional())
                .contains(cny("-74.07"));
    }

    @Test
    void irr_ofMinus100Then110_isExactly10Percent() {
        // -100 + 110 / (1 + r) = 0 gives r = 0.1
        assertThat(value(InvestmentAppraisal.irr(series(-100, 110)))).isEqualTo(new BigDecimal("0.1000000000"));
    }

    @Test
    void irr_ofAnInvestmentThatLosesHalf_isMinus50Percent() {
        assertThat(value(InvestmentAppraisal.irr(series(-100, 50)))).isEqualByComparingTo("-0.5");
    }

    @Test
    void irr_atTheUpperEndOfTheSearch_is1000Percent() {
        // -1 + 11 / (1 + r) = 0 gives r = 10, the upper end, which is included
        assertThat(value(InvestmentAppraisal.irr(series(-1, 11)))).isEqualByComparingTo("10");
    }

    @Test
    void irr_ofABorrowing_positiveThenNegative_isFound() {
        // +100 now, -121 in two periods: 100 = 121 / (1 + r)^2 gives r = 0.1
        assertThat(value(InvestmentAppraisal.irr(series(100, 0, -121)))).isEqualByComparingTo("0.1");
    }

    @Test
    void irr_withoutASignChange_isUndefined() {
        assertThat(InvestmentAppraisal.irr(series(100, 200)).undefinedReason()).contains(InvestmentAppraisal.NO_SIGN_CHANGE);
        assertThat(InvestmentAppraisal.irr(series(-100, 0, -5)).undefinedReason())
                .contains(InvestmentAppraisal.NO_SIGN_CHANGE);
        assertThat(InvestmentAppraisal.irr(series(0, 0)).undefinedReason()).contains(InvestmentAppraisal.NO_SIGN_CHANGE);
    }

    @Test
    void irr_withTwoSignChanges_isUndefined_evenWhereRootsExist() {
        // -100, 230, -132: -100(1+r)^2 + 230(1+r) - 132 = 0 has the roots 1 + r = 1.1 and 1.2, so NPV is
        // zero at both 10% and 20%; neither is "the" IRR.
        CashFlowSeries s = series(-100, 230, -132);
        assertThat(InvestmentAppraisal.npv(s, new BigDecimal("0.1")).toOptional()).contains(cny("0.00"));
        assertThat(InvestmentAppraisal.npv(s, new BigDecimal("0.2")).toOptional()).contains(cny("0.00"));
        Outcome<BigDecimal> irr = InvestmentAppraisal.irr(s);
        assertThat(irr.isDefined()).isFalse();
        assertThat(irr.undefinedReason().orElseThrow().english())
                .isEqualTo("the cash flows change sign 2 times, so the IRR may not be unique");
        assertThat(irr.undefinedReason().orElseThrow().chinese()).isEqualTo("现金流正负变化 2 次，内部收益率可能不唯一");
    }

    @Test
    void irr_outsideTheSearchRange_isUndefined() {
        // -1, 100 has IRR 99 = 9900% per period; -100, 0.5 (in minor units 50 fen) has IRR -99.5%
        assertThat(InvestmentAppraisal.irr(series(-1, 100)).undefinedReason()).contains(InvestmentAppraisal.NO_ROOT);
        CashFlowSeries lossOf99_5 = new CashFlowSeries(CNY, List.of(cny("-100.00"), cny("0.50")));
        assertThat(InvestmentAppraisal.irr(lossOf99_5).undefinedReason()).contains(InvestmentAppraisal.NO_ROOT);
        assertThat(InvestmentAppraisal.NO_ROOT.english()).isEqualTo("no IRR between -99% and 1000% per period");
    }

    @Test
    void irr_bisectionBound_reachesTheTolerance() {
        BigDecimal width = InvestmentAppraisal.IRR_UPPER_BOUND.subtract(InvestmentAppraisal.IRR_LOWER_BOUND);
        BigDecimal last = width.divide(BigDecimal.valueOf(2).pow(InvestmentAppraisal.IRR_MAX_ITERATIONS));
        BigDecimal before = width.divide(BigDecimal.valueOf(2).pow(InvestmentAppraisal.IRR_MAX_ITERATIONS - 1));
        assertThat(last).isLessThanOrEqualTo(InvestmentAppraisal.IRR_TOLERANCE);
        assertThat(before).isGreaterThan(InvestmentAppraisal.IRR_TOLERANCE);
    }

    @Test
    void signChanges_leaveZeroPeriodsOut() {
        assertThat(InvestmentAppraisal.signChanges(series(-5, 0, 0, 3, 0, 4))).isEqualTo(1);
        assertThat(InvestmentAppraisal.signChanges(series(-5, 3, -1, 4))).isEqualTo(3);
        assertThat(InvestmentAppraisal.signChanges(series())).isZero();
    }

    @Test
    void payback_atAPeriodBoundary_isWhole() {
        assertThat(value(InvestmentAppraisal.payback(series(-1000, 500, 500)))).isEqualByComparingTo("2");
    }

    @Test
    void payback_countsPeriodsWithoutFlow() {
        // cumulative -1000, -1000, 0: the crossing is in period 2, at 1 + 1000/1000 = 2
        assertThat(value(InvestmentAppraisal.payback(series(-1000, 0, 1000)))).isEqualByComparingTo("2");
    }

    @Test
    void payback_isTheFirstCrossing_evenIfTheCumulativeDipsAgain() {
        // cumulative -100, 50, -150: first non-negative in period 1, at 0 + 100/150
        assertThat(at10(InvestmentAppraisal.payback(series(-100, 150, -200)))).isEqualByComparingTo("0.6666666667");
    }

    @Test
    void payback_ofACaseThatIsNeverNegative_isZero() {
        assertThat(value(InvestmentAppraisal.payback(series(100, 200)))).isEqualByComparingTo("0");
        assertThat(value(InvestmentAppraisal.payback(series(0, 0, 5)))).isEqualByComparingTo("0");
    }

    @Test
    void payback_thatNeverComes_isUndefined() {
        Outcome<BigDecimal> payback = InvestmentAppraisal.payback(series(-1000, 100, 100));
        assertThat(payback.undefinedReason()).contains(InvestmentAppraisal.NEVER_PAYS_BACK);
        assertThat(InvestmentAppraisal.NEVER_PAYS_BACK.english()).isEqualTo("never pays back within the cash-flow horizon");
        assertThat(InvestmentAppraisal.NEVER_PAYS_BACK.chinese()).isEqualTo("在现金流测算期内无法收回投资");
    }

    @Test
    void discountedPayback_canNeverCome_whereTheSimpleOneDoes() {
        // -1000, 500, 500 pays back at 2 undiscounted; discounted at 10% it reaches only -132.23
        CashFlowSeries s = series(-1000, 500, 500);
        assertThat(value(InvestmentAppraisal.payback(s))).isEqualByComparingTo("2");
        assertThat(InvestmentAppraisal.discountedPayback(s, TEN_PERCENT).undefinedReason())
                .contains(InvestmentAppraisal.NEVER_PAYS_BACK);
    }

    @Test
    void discountedPayback_atZero_isTheSimplePayback() {
        CashFlowSeries s = series(-1000, 500, 400, 300, 100);
        assertThat(value(InvestmentAppraisal.discountedPayback(s, BigDecimal.ZERO)))
                .isEqualByComparingTo(value(InvestmentAppraisal.payback(s)));
    }

    @Test
    void roi_withoutInvestment_isUndefined() {
        assertThat(InvestmentAppraisal.roi(series(0, 100)).undefinedReason()).contains(InvestmentAppraisal.NO_INVESTMENT);
    }

    @Test
    void roi_ofALoss_isNegative() {
        // (200 - 1000) / 1000
        assertThat(value(InvestmentAppraisal.roi(series(-1000, 200)))).isEqualByComparingTo("-0.8");
    }

    @Test
    void roi_usesNetFlowsPerPeriod() {
        // period 0 nets -1000 + 100 = -900; period 1 nets 1000: (1000 - 900) / 900
        CashFlowSeries s = CashFlowSeries.of(CNY, List.of(CashFlow.of(0, cny("-1000.00")), CashFlow.of(0, cny("100.00")),
                CashFlow.of(1, cny("1000.00"))));
        assertThat(value(InvestmentAppraisal.roi(s))).isEqualByComparingTo(
                new BigDecimal(100).divide(new BigDecimal(900), InvestmentAppraisal.PRECISION));
    }

    @Test
    void anEmptySeries_isUndefinedEverywhere_withTheReason() {
        Appraisal a = InvestmentAppraisal.appraise(series(), TEN_PERCENT);
        assertThat(List.of(a.roi().undefinedReason(), a.npv().undefinedReason(), a.irr().undefinedReason(),
                a.payback().undefinedReason(), a.discountedPayback().undefinedReason()))
                .allSatisfy(r -> assertThat(r).contains(InvestmentAppraisal.NO_CASH_FLOWS));
        assertThat(InvestmentAppraisal.npvUnrounded(series(), TEN_PERCENT)).isZero();
    }

    @Test
    void aRateOfMinusOneOrBelow_isRefused() {
        assertThatThrownBy(() -> InvestmentAppraisal.npv(series(-1, 2), new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rate must be above -1: -1");
        assertThatThrownBy(() -> InvestmentAppraisal.discountedPayback(series(-1, 2), new BigDecimal("-1.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rate must be above -1: -1.5");
    }

    @Test
    void analysis_appraisesTheProjectsCashFlows_atThePolicyRate() {
        Project p = project().cashFlows(cashFlows(-1000, 500, 400, 300, 100)).build();
        RuleInput input = new RuleInput(p, EvaluationContext.at(Fixtures.START)
                .withPolicy(Policy.defaults().with(PolicyKeys.DISCOUNT_RATE, TEN_PERCENT)));
        Appraisal a = input.get(InvestmentAppraisal.ANALYSIS).toOptional().orElseThrow();
        assertThat(a.npv().toOptional()).contains(cny("78.82"));
        assertThat(a.discountRate()).isEqualByComparingTo("0.10");
        // the default policy rate is 8%: NPV 117.55
        Appraisal atDefault = input(p, Fixtures.START).get(InvestmentAppraisal.ANALYSIS).toOptional().orElseThrow();
        assertThat(atDefault.npv().toOptional()).contains(cny("117.55"));
    }

    @Test
    void analysis_withoutCashFlows_isUndefined() {
        assertThat(input(project().build(), Fixtures.START).get(InvestmentAppraisal.ANALYSIS).undefinedReason())
                .contains(InvestmentAppraisal.NO_CASH_FLOWS);
    }

    @Test
    void analysis_withACashFlowInAnotherCurrency_isUndefined_andSaysWhich() {
        Project p = project().cashFlow(CashFlow.of(0, cny("-10.00")))
                .cashFlow(CashFlow.of(1, Money.of(Currency.getInstance("USD"), 20))).build();
        assertThat(input(p, Fixtures.START).get(InvestmentAppraisal.ANALYSIS).undefinedReason().orElseThrow())
                .isEqualTo(Text.of("cash flows in USD, not in the project's currency CNY",
                        "现金流币种 USD 与项目币种 CNY 不一致"));
    }

    @Test
    void analysis_withAPeriodBeyondTheLimit_isUndefined() {
        Project p = project().cashFlow(CashFlow.of(Limits.MAX_PERIOD + 1, cny("-10.00"))).build();
        assertThat(input(p, Fixtures.START).get(InvestmentAppraisal.ANALYSIS).undefinedReason().orElseThrow().english())
                .isEqualTo("a cash flow period is beyond 1000");
    }
}
