package org.pmokit.rules.finance;

import java.math.BigDecimal;
import java.util.Objects;
import org.pmokit.core.money.Money;

/**
 * The measures of an investment case, as {@link InvestmentAppraisal} computes them; each may be
 * undefined with a reason.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param series the net cash flow per period
 * @param discountRate the discount rate per period of the NPV and the discounted payback
 * @param roi the return on investment, as a fraction
 * @param npv the net present value at the discount rate, rounded to the minor unit
 * @param irr the internal rate of return per period, as a fraction
 * @param payback the simple payback period, in periods
 * @param discountedPayback the discounted payback period, in periods
 */
public record Appraisal(CashFlowSeries series, BigDecimal discountRate, Outcome<BigDecimal> roi, Outcome<Money> npv,
        Outcome<BigDecimal> irr, Outcome<BigDecimal> payback, Outcome<BigDecimal> discountedPayback) {

    /**
     * Checks the parts.
     *
     * @param series the series
     * @param discountRate the discount rate
     * @param roi the ROI
     * @param npv the NPV
     * @param irr the IRR
     * @param payback the payback
     * @param discountedPayback the discounted payback
     */
    public Appraisal {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(discountRate, "discountRate");
        Objects.requireNonNull(roi, "roi");
        Objects.requireNonNull(npv, "npv");
        Objects.requireNonNull(irr, "irr");
        Objects.requireNonNull(payback, "payback");
        Objects.requireNonNull(discountedPayback, "discountedPayback");
    }
}
