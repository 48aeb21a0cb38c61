package org.pmokit.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Project;
import org.pmokit.rules.evm.EacMethod;
import org.pmokit.rules.evm.EvmFigures;
import org.pmokit.rules.evm.EvmInputException;
import org.pmokit.rules.evm.EvmMetric;
import org.pmokit.rules.evm.EvmOptions;
import org.pmokit.rules.evm.EvmOutcome;
import org.pmokit.rules.evm.EvmRules;
import org.pmokit.rules.evm.EvmSeries;
import org.pmokit.rules.evm.PerformanceBaseline;
import org.pmokit.rules.evm.Period;
import org.pmokit.rules.evm.ProjectEvm;

/**
 * The earned value of a report (FORMULAS.md sections 3 to 5): every metric of
 * {@link EvmMetric}, in its order, at the status date, and the S-curve series.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param eacMethod the EAC method behind ETC, VAC and TCPI(EAC)
 * @param figures the metrics, keyed as the evm pack publishes them ({@code evm.cpi})
 * @param curve the S-curve series
 */
public record EarnedValueSection(EacMethod eacMethod, List<ReportMetric> figures, SCurve curve) {

    /**
     * Checks and copies the parts.
     *
     * @param eacMethod the EAC method
     * @param figures the figures
     * @param curve the S-curve
     */
    public EarnedValueSection {
        Objects.requireNonNull(eacMethod, "eacMethod");
        figures = List.copyOf(figures);
        Objects.requireNonNull(curve, "curve");
    }

    /** The section of a project at a status date, with the default options of the evm pack. */
    static Slot<EarnedValueSection> of(Project project, EvmOutcome<PerformanceBaseline> baseline, LocalDate statusDate) {
        if (baseline.value().isEmpty()) {
            return Slot.empty(baseline.reason().orElseThrow());
        }
        PerformanceBaseline pmb = baseline.value().get();
        try {
            ProjectEvm evm = ProjectEvm.of(project, pmb, EvmOptions.defaults());
            EvmFigures now = evm.at(statusDate).project();
            List<ReportMetric> figures = new ArrayList<>();
            for (EvmMetric m : EvmMetric.values()) {
                figures.add(new ReportMetric(EvmRules.metricName(m), m.label(), now.get(m),
                        m == EvmMetric.CV_PERCENT || m == EvmMetric.SV_PERCENT));
            }
            return Slot.of(new EarnedValueSection(now.eacMethod(), figures, curve(evm, pmb, now, statusDate)));
        } catch (EvmInputException e) {
            return Slot.empty(e.reason());
        }
    }

    private static SCurve curve(ProjectEvm evm, PerformanceBaseline pmb, EvmFigures now, LocalDate statusDate) {
        LocalDate finish = pmb.plannedFinish();
        List<LocalDate> planDates = Period.MONTH.ends(pmb.start(), finish.isBefore(pmb.start()) ? pmb.start() : finish);
        List<Money> pv = planDates.stream().map(pmb::plannedValueAt).toList();
        EvmSeries series = evm.series(statusDate, Period.MONTH);
        List<Money> ev = new ArrayList<>();
        List<Money> ac = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            ev.add(series.figures(i).ev());
            ac.add(series.figures(i).ac());
        }
        return new SCurve(planDates, pv, series.dates(), ev, ac, now.bac(), finish, statusDate, now.eac(),
                now.forecastFinish());
    }
}
