package org.pmokit.reporting.writer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.RiskKind;
import org.pmokit.reporting.ActivityLine;
import org.pmokit.reporting.EarnedValueSection;
import org.pmokit.reporting.Label;
import org.pmokit.reporting.MilestoneTrack;
import org.pmokit.reporting.MilestoneTrend;
import org.pmokit.reporting.RiskSection;
import org.pmokit.reporting.SCurve;
import org.pmokit.reporting.chart.ChartPoint;
import org.pmokit.reporting.chart.GanttBar;
import org.pmokit.reporting.chart.GanttChart;
import org.pmokit.reporting.chart.HeatMapChart;
import org.pmokit.reporting.chart.MilestoneTrendChart;
import org.pmokit.reporting.chart.SCurveChart;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.evm.EvmMetric;
import org.pmokit.rules.schedule.ActivitySchedule;

/**
 * Feeds the chart builders from the sections of a report, with labels in one language.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Charts {

    private final Words words;

    Charts(Words words) {
        this.words = words;
    }

    /** The S-curve of the earned value section: PV, EV, AC and the EAC projection. */
    String sCurve(EarnedValueSection ev) {
        SCurve c = ev.curve();
        List<ChartPoint> pv = points(c.planDates(), c.plannedValue());
        List<ChartPoint> earned = points(c.dates(), c.earnedValue());
        List<ChartPoint> actual = points(c.dates(), c.actualCost());
        List<ChartPoint> eac = new ArrayList<>();
        if (c.eac() instanceof MetricValue.Amount a && !actual.isEmpty()) {
            LocalDate end = c.forecastFinish() instanceof MetricValue.Date d ? d.date() : c.plannedFinish();
            ChartPoint last = actual.get(actual.size() - 1);
            if (end.isAfter(last.date())) {
                eac.add(last);
                eac.add(new ChartPoint(end, value(a.money())));
            }
        }
        return new SCurveChart(pv, earned, actual, eac, Optional.of(c.statusDate()), new SCurveChart.Labels(
                words.label(Label.S_CURVE), words.text(EvmMetric.PV.label()), words.text(EvmMetric.EV.label()),
                words.text(EvmMetric.AC.label()), words.label(Label.EAC_PROJECTION), words.label(Label.STATUS_DATE)))
                .toSvg();
    }

    private static List<ChartPoint> points(List<LocalDate> dates, List<Money> values) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            points.add(new ChartPoint(dates.get(i), value(values.get(i))));
        }
        return points;
    }

    private static double value(Money money) {
        return money.amount().doubleValue();
    }

    /** The Gantt chart of the scheduled activities, or empty if none is scheduled. */
    Optional<String> gantt(List<ActivityLine> activities, LocalDate statusDate) {
        List<GanttBar> bars = new ArrayList<>();
        for (ActivityLine a : activities) {
            if (a.schedule().isEmpty()) {
                continue;
            }
            ActivitySchedule s = a.schedule().get();
            boolean milestone = s.duration() == 0;
            boolean baseline = s.baselineStart().isPresent() && s.baselineFinish().isPresent()
                    && !s.baselineFinish().get().isBefore(s.baselineStart().get());
            LocalDate start = milestone ? s.earlyFinishDate() : s.earlyStartDate();
            LocalDate finish = s.earlyFinishDate().isBefore(start) ? start : s.earlyFinishDate();
            bars.add(new GanttBar(a.id(), a.name(), start, finish, s.critical(), milestone, baseline ? s.baselineStart() : Optional.empty(),
                    baseline ? s.baselineFinish() : Optional.empty()));
        }
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GanttChart(bars, Optional.of(statusDate), new GanttChart.Labels(words.label(Label.GANTT),
                words.label(Label.CRITICAL_PATH), words.label(Label.ACTIVITIES), words.label(Label.BASELINE),
                words.label(Label.STATUS_DATE))).toSvg());
    }

    /** The heat map of one kind of open risk. */
    String heatMap(RiskSection risks, RiskKind kind) {
        return new HeatMapChart(kind == RiskKind.THREAT ? risks.threats() : risks.opportunities(), risks::bandOf,
                new HeatMapChart.Labels(words.label(kind == RiskKind.THREAT ? Label.HEAT_MAP_THREATS
                        : Label.HEAT_MAP_OPPORTUNITIES), words.label(Label.PROBABILITY), words.label(Label.IMPACT)))
                .toSvg();
    }

    /** The milestone trend chart, or empty without a milestone to track. */
    Optional<String> milestoneTrend(MilestoneTrend trend) {
        if (trend.tracks().isEmpty()) {
            return Optional.empty();
        }
        List<MilestoneTrendChart.Track> tracks = new ArrayList<>();
        for (MilestoneTrack t : trend.tracks()) {
            tracks.add(new MilestoneTrendChart.Track(t.id() + " " + t.name(), t.forecasts()));
        }
        return Optional.of(new MilestoneTrendChart(trend.dates(), tracks, new MilestoneTrendChart.Labels(
                words.label(Label.MILESTONE_TREND), words.label(Label.REPORT_DATE), words.label(Label.FORECAST)))
                .toSvg());
    }
}
