package org.pmokit.reporting;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.pmokit.core.money.Money;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RagStatus;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/**
 * The report of a portfolio: one row per project, in the given order, and the totals: how many
 * projects are red, amber and green, how many findings of each severity they have, and per currency
 * the sums of the earned value figures and risk exposure.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rows one row per project
 * @param statusCounts how many projects have each overall status, in {@link RagStatus} order
 * @param findingCounts how many findings of each severity the projects have, in {@link Severity} order
 * @param totals the money totals per currency, by currency code
 */
public record PortfolioReport(List<PortfolioRow> rows, Map<RagStatus, Integer> statusCounts,
        Map<Severity, Integer> findingCounts, List<PortfolioTotals> totals) {

    private static final Text NO_ACTUAL_COST = Text.of("no actual cost in the measured projects",
            "已测量的项目没有实际成本");
    private static final Text NOTHING_PLANNED = Text.of("nothing planned yet in the measured projects",
            "已测量的项目尚无计划值");

    /**
     * Checks and copies the parts.
     *
     * @param rows the rows
     * @param statusCounts the status counts
     * @param findingCounts the finding counts
     * @param totals the totals
     */
    public PortfolioReport {
        rows = List.copyOf(rows);
        statusCounts = Collections.unmodifiableMap(new EnumMap<>(statusCounts));
        findingCounts = Collections.unmodifiableMap(new EnumMap<>(findingCounts));
        totals = List.copyOf(totals);
    }

    /**
     * Builds the portfolio report of project reports.
     *
     * @param projects the project reports, in the order of the rows
     * @return the portfolio report
     */
    public static PortfolioReport of(List<ProjectReport> projects) {
        Objects.requireNonNull(projects, "projects");
        List<PortfolioRow> rows = projects.stream().map(PortfolioRow::of).toList();
        Map<RagStatus, Integer> status = new EnumMap<>(RagStatus.class);
        Map<Severity, Integer> findings = new EnumMap<>(Severity.class);
        for (RagStatus s : RagStatus.values()) {
            status.put(s, 0);
        }
        for (Severity s : Severity.values()) {
            findings.put(s, 0);
        }
        Map<String, List<PortfolioRow>> byCurrency = new TreeMap<>();
        for (PortfolioRow row : rows) {
            status.merge(row.overall().status(), 1, Integer::sum);
            row.findingCounts().forEach((s, n) -> findings.merge(s, n, Integer::sum));
            byCurrency.computeIfAbsent(row.header().currency().getCurrencyCode(), c -> new ArrayList<>()).add(row);
        }
        List<PortfolioTotals> totals = new ArrayList<>();
        byCurrency.values().forEach(group -> totals.add(totals(group)));
        totals.sort(Comparator.comparing(t -> t.currency().getCurrencyCode()));
        return new PortfolioReport(rows, status, findings, totals);
    }

    private static PortfolioTotals totals(List<PortfolioRow> rows) {
        Currency currency = rows.get(0).header().currency();
        Money zero = Money.zero(currency);
        Money bac = zero;
        Money pv = zero;
        Money ev = zero;
        Money ac = zero;
        Money emv = zero;
        Money contingency = zero;
        int measured = 0;
        for (PortfolioRow row : rows) {
            emv = emv.plus(row.emvTotal());
            contingency = contingency.plus(row.suggestedContingency());
            if (row.bac() instanceof MetricValue.Amount b && row.pv() instanceof MetricValue.Amount p
                    && row.ev() instanceof MetricValue.Amount e && row.ac() instanceof MetricValue.Amount a) {
                bac = bac.plus(b.money());
                pv = pv.plus(p.money());
                ev = ev.plus(e.money());
                ac = ac.plus(a.money());
                measured++;
            }
        }
        MetricValue cpi = ac.isZero() ? new MetricValue.Undefined(NO_ACTUAL_COST) : ratio(ev, ac);
        MetricValue spi = pv.isZero() ? new MetricValue.Undefined(NOTHING_PLANNED) : ratio(ev, pv);
        return new PortfolioTotals(currency, rows.size(), measured, bac, pv, ev, ac, cpi, spi, emv, contingency);
    }

    private static MetricValue ratio(Money numerator, Money denominator) {
        return new MetricValue.Ratio(numerator.ratioTo(denominator, 16, RoundingMode.HALF_EVEN).doubleValue());
    }
}
