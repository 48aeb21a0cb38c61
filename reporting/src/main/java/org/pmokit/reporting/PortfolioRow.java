package org.pmokit.reporting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pmokit.core.money.Money;
import org.pmokit.rules.AreaStatus;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Severity;
import org.pmokit.rules.evm.EvmMetric;
import org.pmokit.rules.evm.EvmRules;

/**
 * One project of a portfolio report: its header, statuses, finding counts, the main earned value
 * figures and its risk exposure.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param header the project's header
 * @param overall its overall status
 * @param areas the status of each area, in {@link org.pmokit.rules.Area} order
 * @param findingCounts how many findings each severity has
 * @param bac the budget at completion, or undefined
 * @param pv the planned value, or undefined
 * @param ev the earned value, or undefined
 * @param ac the actual cost, or undefined
 * @param cpi the cost performance index, or undefined
 * @param spi the schedule performance index, or undefined
 * @param eac the estimate at completion, or undefined
 * @param forecastFinish the forecast finish: the schedule's, else undefined with the reason
 * @param emvTotal the net EMV of the open risks
 * @param openRisks how many risks are open
 * @param suggestedContingency the EMV of the open threats as a positive amount
 */
public record PortfolioRow(ProjectHeader header, AreaStatus overall, List<AreaStatus> areas,
        Map<Severity, Integer> findingCounts, MetricValue bac, MetricValue pv, MetricValue ev, MetricValue ac,
        MetricValue cpi, MetricValue spi, MetricValue eac, MetricValue forecastFinish, Money emvTotal, int openRisks,
        Money suggestedContingency) {

    /**
     * Checks and copies the parts.
     *
     * @param header the header
     * @param overall the overall status
     * @param areas the area statuses
     * @param findingCounts the finding counts
     * @param bac the BAC
     * @param pv the PV
     * @param ev the EV
     * @param ac the AC
     * @param cpi the CPI
     * @param spi the SPI
     * @param eac the EAC
     * @param forecastFinish the forecast finish
     * @param emvTotal the net EMV
     * @param openRisks the open risks
     * @param suggestedContingency the suggested contingency
     */
    public PortfolioRow {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(overall, "overall");
        areas = List.copyOf(areas);
        findingCounts = Collections.unmodifiableMap(new EnumMap<>(findingCounts));
        Objects.requireNonNull(bac, "bac");
        Objects.requireNonNull(pv, "pv");
        Objects.requireNonNull(ev, "ev");
        Objects.requireNonNull(ac, "ac");
        Objects.requireNonNull(cpi, "cpi");
        Objects.requireNonNull(spi, "spi");
        Objects.requireNonNull(eac, "eac");
        Objects.requireNonNull(forecastFinish, "forecastFinish");
        Objects.requireNonNull(emvTotal, "emvTotal");
        Objects.requireNonNull(suggestedContingency, "suggestedContingency");
    }

    /** The row of a project's report. */
    static PortfolioRow of(ProjectReport r) {
        MetricValue finish = r.schedule().content()
                .<MetricValue>map(s -> new MetricValue.Date(s.finish()))
                .orElseGet(() -> new MetricValue.Undefined(r.schedule().reason().orElseThrow()));
        return new PortfolioRow(r.header(), r.overall(), r.areas(), r.findingCounts(),
                evm(r, EvmMetric.BAC), evm(r, EvmMetric.PV), evm(r, EvmMetric.EV), evm(r, EvmMetric.AC),
                evm(r, EvmMetric.CPI), evm(r, EvmMetric.SPI), evm(r, EvmMetric.EAC_CPI), finish,
                r.risks().emvTotal(), r.risks().openCount(), r.risks().suggestedContingency());
    }

    private static MetricValue evm(ProjectReport r, EvmMetric metric) {
        if (r.earnedValue().content().isEmpty()) {
            return new MetricValue.Undefined(r.earnedValue().reason().orElseThrow());
        }
        String key = EvmRules.metricName(metric);
        return r.earnedValue().get().figures().stream().filter(m -> m.key().equals(key)).findFirst()
                .map(ReportMetric::value).orElseThrow();
    }
}
