package org.pmokit.rules.evm;

import org.pmokit.rules.Text;

/**
 * Every metric of earned value and earned schedule (FORMULAS.md sections 3 and 4) that
 * {@link EvmFigures#get(EvmMetric)} gives, in the order reports list them. Each has a stable key, used
 * in metric names ({@code evm.cpi}), and a label in both languages.
 */
public enum EvmMetric {
    /** Budget at completion BAC: the baseline budgets, reserves excluded (an amount). */
    BAC("bac", "BAC", "完工预算"),
    /** Planned value PV: the budget planned through the status date (an amount). */
    PV("pv", "PV", "计划值"),
    /** Earned value EV: the budget of the work done (an amount). */
    EV("ev", "EV", "挣值"),
    /** Actual cost AC: the costs booked through the status date (an amount). */
    AC("ac", "AC", "实际成本"),
    /** Cost variance CV = EV - AC (an amount). */
    CV("cv", "CV", "成本偏差"),
    /** Schedule variance SV = EV - PV (an amount). */
    SV("sv", "SV", "进度偏差"),
    /** CV% = CV / EV (a ratio). */
    CV_PERCENT("cvPercent", "CV%", "成本偏差率"),
    /** SV% = SV / PV (a ratio). */
    SV_PERCENT("svPercent", "SV%", "进度偏差率"),
    /** Cost performance index CPI = EV / AC (a ratio). */
    CPI("cpi", "CPI", "成本绩效指数"),
    /** Schedule performance index SPI = EV / PV (a ratio). */
    SPI("spi", "SPI", "进度绩效指数"),
    /** Cost-schedule index CSI = CPI x SPI (a ratio). */
    CSI("csi", "CSI", "成本进度指数"),
    /** EAC(CPI) = BAC / CPI (an amount). */
    EAC_CPI("eac.cpi", "EAC (CPI)", "完工估算（按 CPI）"),
    /** EAC(budget rate) = AC + (BAC - EV) (an amount). */
    EAC_BUDGET_RATE("eac.budgetRate", "EAC (budget rate)", "完工估算（按预算费率）"),
    /** EAC(CPI x SPI) = AC + (BAC - EV) / (CPI x SPI) (an amount). */
    EAC_CPI_SPI("eac.cpiSpi", "EAC (CPI x SPI)", "完工估算（按 CPI × SPI）"),
    /** EAC(bottom-up) = AC + the estimates to complete (an amount). */
    EAC_BOTTOM_UP("eac.bottomUp", "EAC (bottom-up)", "完工估算（自下而上）"),
    /** ETC = EAC - AC, by the figures' {@link EacMethod} (an amount). */
    ETC("etc", "ETC", "完工尚需估算"),
    /** VAC = BAC - EAC, by the figures' {@link EacMethod} (an amount). */
    VAC("vac", "VAC", "完工偏差"),
    /** TCPI(BAC) = (BAC - EV) / (BAC - AC) (a ratio). */
    TCPI_BAC("tcpi.bac", "TCPI (BAC)", "完工尚需绩效指数（BAC）"),
    /** TCPI(EAC) = (BAC - EV) / (EAC - AC), by the figures' {@link EacMethod} (a ratio). */
    TCPI_EAC("tcpi.eac", "TCPI (EAC)", "完工尚需绩效指数（EAC）"),
    /** Actual time AT: working days from the start through the status date (a quantity in days). */
    AT("at", "AT", "实际时间"),
    /** Planned duration PD in working days (a quantity in days). */
    PD("pd", "PD", "计划工期"),
    /** Earned schedule ES in working days (a quantity in days). */
    ES("es", "ES", "挣得进度"),
    /** SV(t) = ES - AT (a quantity in days). */
    SV_T("svt", "SV(t)", "进度偏差（时间）"),
    /** SPI(t) = ES / AT (a ratio). */
    SPI_T("spit", "SPI(t)", "进度绩效指数（时间）"),
    /** TSPI = (PD - ES) / (PD - AT) (a ratio). */
    TSPI("tspi", "TSPI", "完工尚需进度绩效指数"),
    /** IEAC(t) = PD / SPI(t), the forecast duration (a quantity in days). */
    IEAC_T("ieact", "IEAC(t)", "完工工期估算"),
    /** The forecast finish: the date of working day ceil(IEAC(t)) - 1 (a date). */
    FORECAST_FINISH("forecastFinish", "Forecast finish", "预测完工日期");

    /** The unit of the quantities in working days. */
    public static final String DAYS = "days";

    private final String key;
    private final Text label;

    EvmMetric(String key, String english, String chinese) {
        this.key = key;
        this.label = Text.of(english, chinese);
    }

    /**
     * Returns the stable key.
     *
     * @return such as {@code cpi} or {@code eac.budgetRate}
     */
    public String key() {
        return key;
    }

    /**
     * Returns the name in both languages.
     *
     * @return such as {@code CPI} / {@code 成本绩效指数}
     */
    public Text label() {
        return label;
    }
}
