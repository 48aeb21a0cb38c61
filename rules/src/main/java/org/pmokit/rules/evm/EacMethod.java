package org.pmokit.rules.evm;

import org.pmokit.rules.Text;

/**
 * The ways to forecast the estimate at completion (FORMULAS.md section 3), each reported with its
 * name.
 */
public enum EacMethod {
    /** EAC = BAC / CPI: the cost efficiency so far continues (the default). */
    CPI(Text.of("EAC (CPI)", "完工估算（按 CPI）")),
    /** EAC = AC + (BAC - EV): the remaining work is done at the budgeted rate. */
    BUDGET_RATE(Text.of("EAC (budget rate)", "完工估算（按预算费率）")),
    /** EAC = AC + (BAC - EV) / (CPI x SPI): cost and schedule efficiency both weigh on the rest. */
    CPI_SPI(Text.of("EAC (CPI x SPI)", "完工估算（按 CPI × SPI）")),
    /** EAC = AC + the estimates to complete given for the remaining work. */
    BOTTOM_UP(Text.of("EAC (bottom-up)", "完工估算（自下而上）"));

    private final Text label;

    EacMethod(Text label) {
        this.label = label;
    }

    /**
     * Returns the method's name in both languages.
     *
     * @return such as {@code EAC (CPI)}
     */
    public Text label() {
        return label;
    }
}
