package org.pmokit.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.pmokit.core.money.Money;
import org.pmokit.rules.MetricValue;

/**
 * The series of an S-curve (FORMULAS.md section 3): the cumulative planned value at the end of each
 * month of the plan, the earned value and actual cost at the end of each month up to the status
 * date, and the estimate at completion with the forecast finish that project the actual cost
 * forward.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param planDates the month ends of the plan, the last one the planned finish
 * @param plannedValue the cumulative PV at each plan date
 * @param dates the month ends up to the status date, the last one the status date
 * @param earnedValue the cumulative EV at each date
 * @param actualCost the cumulative AC at each date
 * @param bac the budget at completion
 * @param plannedFinish the planned finish date
 * @param statusDate the status date
 * @param eac the estimate at completion, or undefined with the reason
 * @param forecastFinish the forecast finish by earned schedule, or undefined with the reason
 */
public record SCurve(List<LocalDate> planDates, List<Money> plannedValue, List<LocalDate> dates,
        List<Money> earnedValue, List<Money> actualCost, Money bac, LocalDate plannedFinish, LocalDate statusDate,
        MetricValue eac, MetricValue forecastFinish) {

    /**
     * Checks and copies the parts: one value per date.
     *
     * @param planDates the plan dates
     * @param plannedValue the PV series
     * @param dates the dates
     * @param earnedValue the EV series
     * @param actualCost the AC series
     * @param bac the BAC
     * @param plannedFinish the planned finish
     * @param statusDate the status date
     * @param eac the EAC
     * @param forecastFinish the forecast finish
     */
    public SCurve {
        planDates = List.copyOf(planDates);
        plannedValue = List.copyOf(plannedValue);
        dates = List.copyOf(dates);
        earnedValue = List.copyOf(earnedValue);
        actualCost = List.copyOf(actualCost);
        if (planDates.size() != plannedValue.size()) {
            throw new IllegalArgumentException("PV needs one value per plan date: " + plannedValue.size() + " for "
                    + planDates.size());
        }
        if (dates.size() != earnedValue.size() || dates.size() != actualCost.size()) {
            throw new IllegalArgumentException("EV and AC need one value per date: " + earnedValue.size() + " and "
                    + actualCost.size() + " for " + dates.size());
        }
        Objects.requireNonNull(bac, "bac");
        Objects.requireNonNull(plannedFinish, "plannedFinish");
        Objects.requireNonNull(statusDate, "statusDate");
        Objects.requireNonNull(eac, "eac");
        Objects.requireNonNull(forecastFinish, "forecastFinish");
    }
}
