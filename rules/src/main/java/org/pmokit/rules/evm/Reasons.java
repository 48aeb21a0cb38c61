package org.pmokit.rules.evm;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.SortedSet;
import org.pmokit.rules.Text;

/**
 * Why a metric or a whole analysis is undefined (FORMULAS.md section 5), in English and Simplified
 * Chinese: one place for every reason the earned value engine gives.
 */
final class Reasons {

    /** No baseline, so no performance measurement baseline. */
    static final Text NO_BASELINE = Text.of("no baseline to plan against", "没有可对照的基线");
    /** PV = 0: SPI and SV% (FORMULAS.md section 5). */
    static final Text NOTHING_PLANNED = Text.of("nothing planned yet", "尚无计划工作");
    /** AC = 0: CPI, EAC(CPI) and EAC(CPI x SPI) (FORMULAS.md section 5). */
    static final Text NO_ACTUAL_COST = Text.of("no actual cost yet", "尚无实际成本");
    /** AC below 0: corrections larger than the costs booked. */
    static final Text NEGATIVE_ACTUAL_COST = Text.of("the actual cost is negative: corrections exceed the costs booked",
            "实际成本为负：冲销金额超过已记成本");
    /** EV = 0: EAC(CPI) and CV% (FORMULAS.md section 5); ES = 0: IEAC(t). */
    static final Text NO_WORK_EARNED = Text.of("no work earned", "尚无挣值");
    /** AC >= BAC: TCPI(BAC) (FORMULAS.md section 5). */
    static final Text BUDGET_EXHAUSTED = Text.of("budget exhausted", "预算已耗尽");
    /** AT = 0: SPI(t) and IEAC(t) (FORMULAS.md section 5). */
    static final Text NO_TIME_ELAPSED = Text.of("no working day has passed yet", "尚未经过任何工作日");
    /** EV = BAC: TCPI(EAC). */
    static final Text NO_WORK_REMAINING = Text.of("no work remains", "已无剩余工作");
    /** A bottom-up estimate to complete of zero for remaining work: TCPI(EAC). */
    static final Text NOTHING_LEFT_TO_SPEND = Text.of("the estimate to complete is zero, but work remains",
            "仍有剩余工作，但完工尚需估算为零");
    /** AT >= PD: TSPI. */
    static final Text DURATION_ELAPSED = Text.of("the planned duration has elapsed", "计划工期已过");
    /** BAC = 0: earned schedule. */
    static final Text NOTHING_BUDGETED = Text.of("nothing budgeted in the baseline", "基线中没有预算");
    /** No estimates to complete: EAC(bottom-up). */
    static final Text NO_ESTIMATES = Text.of("no estimates to complete given", "未提供完工尚需估算");
    /** Figures without a time-phased baseline: the earned schedule metrics. */
    static final Text NO_SCHEDULE = Text.of("no time-phased baseline", "没有按时间分布的基线");
    /** Portfolio figures: the earned schedule metrics. */
    static final Text PORTFOLIO_SCHEDULE = Text.of("earned schedule does not add up across projects",
            "挣得进度不能跨项目相加");
    /** Figures without a calendar: the forecast finish date. */
    static final Text NO_CALENDAR = Text.of("no calendar to date the forecast", "没有可推算日期的日历");
    /** A series point before the status date: EAC(bottom-up). */
    static final Text ESTIMATES_AT_STATUS_DATE = Text.of("estimates to complete are given for the status date only",
            "完工尚需估算仅适用于状态日期");
    /** A forecast beyond any date. */
    static final Text FORECAST_TOO_FAR = Text.of("the forecast finish lies beyond any calendar",
            "预测完工日期超出任何日历的范围");

    /** How many names a reason lists before it says how many more there are. */
    private static final int LISTED = 5;

    private Reasons() {
    }

    /** A calendar without data for a date. */
    static Text beyondCalendar(String calendarName, LocalDate date) {
        return Text.of("the calendar " + calendarName + " does not cover " + date,
                "日历 " + calendarName + " 不覆盖 " + date);
    }

    /** Amounts in other currencies than the one expected. */
    static Text otherCurrency(String english, String chinese, SortedSet<String> others, Currency currency) {
        String code = currency.getCurrencyCode();
        return Text.of(english + " in " + String.join(", ", others) + ", not in the project's currency " + code,
                chinese + "币种 " + String.join("、", others) + " 与项目币种 " + code + " 不一致");
    }

    /** Projects of a portfolio in several currencies and no exchange rates. */
    static Text mixedCurrencies(SortedSet<String> codes) {
        return Text.of("the projects are in several currencies (" + String.join(", ", codes)
                        + "): pass exchange rates to add them up",
                "项目使用多种币种（" + String.join("、", codes) + "）：须提供汇率才能汇总");
    }

    /** A currency without an exchange rate. */
    static Text noRate(Currency from, Currency to) {
        return Text.of("no exchange rate from " + from.getCurrencyCode() + " to " + to.getCurrencyCode(),
                "没有从 " + from.getCurrencyCode() + " 到 " + to.getCurrencyCode() + " 的汇率");
    }

    /** Work without an estimate to complete: EAC(bottom-up). */
    static Text missingEstimates(Collection<String> names) {
        String listed = listed(names, ", ");
        return Text.of("no estimate to complete for " + listed, "以下各项没有完工尚需估算：" + listed(names, "、"));
    }

    /** A baseline that lists an activity twice. */
    static Text duplicate(String activity) {
        return Text.of("the baseline lists activity " + activity + " more than once",
                "基线中任务 " + activity + " 出现不止一次");
    }

    /** Sums beyond the exact range. */
    static Text tooLarge(Text what) {
        return Text.of("amounts too large to add up exactly in minor units: " + what.english(),
                "金额过大，无法按最小货币单位精确求和：" + what.chinese());
    }

    private static String listed(Collection<String> names, String separator) {
        List<String> all = List.copyOf(names);
        String head = String.join(separator, all.subList(0, Math.min(LISTED, all.size())));
        return all.size() <= LISTED ? head : head + separator + "+" + (all.size() - LISTED);
    }
}
