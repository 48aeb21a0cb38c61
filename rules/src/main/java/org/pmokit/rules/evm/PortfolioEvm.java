package org.pmokit.rules.evm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pmokit.rules.Text;

/**
 * Earned value across projects, overall and per department: PV, EV, AC and BAC summed exactly over
 * the projects, then the indices of the sums (FORMULAS.md section 3). A portfolio's CPI is thus
 * weighted by cost, not an average of the projects' CPIs.
 *
 * <p>Every project must be in one currency; a portfolio in several currencies is an error that
 * names them, unless the host passes {@link ExchangeRates}, which convert each project's sums into
 * the target currency first. The bottom-up EAC adds up only when every project has one. Earned
 * schedule does not add up across projects, so a portfolio's schedule metrics are undefined with
 * that reason; read them per project.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PortfolioEvm {

    private final EvmFigures overall;
    private final Map<String, EvmFigures> byDepartment;
    private final Optional<EvmFigures> withoutDepartment;
    private final int size;

    private PortfolioEvm(EvmFigures overall, Map<String, EvmFigures> byDepartment,
            Optional<EvmFigures> withoutDepartment, int size) {
        this.overall = overall;
        this.byDepartment = byDepartment;
        this.withoutDepartment = withoutDepartment;
        this.size = size;
    }

    /**
     * Adds up projects that are all in one currency.
     *
     * @param projects the projects, each measured at its status date; at least one
     * @return the portfolio
     * @throws EvmInputException if the projects are in several currencies (the message names them)
     * @throws IllegalArgumentException if there is no project
     */
    public static PortfolioEvm of(List<EvmStatus> projects) {
        Objects.requireNonNull(projects, "projects");
        if (projects.isEmpty()) {
            throw new IllegalArgumentException("a portfolio needs at least one project, or exchange rates for its currency");
        }
        SortedSet<String> codes = new TreeSet<>();
        for (EvmStatus p : projects) {
            codes.add(p.project().currency().getCurrencyCode());
        }
        if (codes.size() > 1) {
            throw new EvmInputException(Reasons.mixedCurrencies(codes));
        }
        return of(projects, ExchangeRates.to(projects.get(0).project().currency()));
    }

    /**
     * Adds up projects, converting each project's sums into the rates' target currency.
     *
     * @param projects the projects, each measured at its status date
     * @param rates the exchange rates into the portfolio's currency
     * @return the portfolio
     * @throws EvmInputException if a project's currency has no rate
     */
    public static PortfolioEvm of(List<EvmStatus> projects, ExchangeRates rates) {
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(rates, "rates");
        Sums all = new Sums();
        Map<String, Sums> departments = new TreeMap<>();
        Sums none = new Sums();
        for (EvmStatus p : projects) {
            EvmFigures f = p.project();
            Currency from = f.currency();
            long[] converted = {
                rates.convert(f.bacMinor(), from), rates.convert(f.pvMinor(), from),
                rates.convert(f.evMinor(), from), rates.convert(f.acMinor(), from),
                f.hasEstimate() ? rates.convert(f.estimateMinor(), from) : 0,
            };
            String name = p.projectId().toString();
            all.add(converted, f.hasEstimate(), name);
            p.department().map(d -> departments.computeIfAbsent(d, k -> new Sums())).orElse(none)
                    .add(converted, f.hasEstimate(), name);
        }
        Currency target = rates.target();
        Map<String, EvmFigures> byDepartment = new LinkedHashMap<>();
        departments.forEach((d, sums) -> byDepartment.put(d, sums.figures(target)));
        return new PortfolioEvm(all.figures(target), Collections.unmodifiableMap(byDepartment),
                none.count == 0 ? Optional.empty() : Optional.of(none.figures(target)), projects.size());
    }

    /** Exact running sums of a group of projects. */
    private static final class Sums {
        private long bac;
        private long pv;
        private long ev;
        private long ac;
        private long estimate;
        private final List<String> withoutEstimate = new ArrayList<>();
        private int count;

        void add(long[] amounts, boolean hasEstimate, String project) {
            Text what = Text.of("the portfolio's sums", "项目组合的合计");
            bac = MinorUnits.add(bac, amounts[0], what);
            pv = MinorUnits.add(pv, amounts[1], what);
            ev = MinorUnits.add(ev, amounts[2], what);
            ac = MinorUnits.add(ac, amounts[3], what);
            estimate = MinorUnits.add(estimate, amounts[4], what);
            if (!hasEstimate) {
                withoutEstimate.add(project);
            }
            count++;
        }

        EvmFigures figures(Currency currency) {
            Text etcReason = null;
            if (count == 0 || withoutEstimate.size() == count) {
                etcReason = Reasons.NO_ESTIMATES;
            } else if (!withoutEstimate.isEmpty()) {
                etcReason = Reasons.missingEstimates(withoutEstimate);
            }
            return new EvmFigures(currency, bac, pv, ev, ac, EacMethod.CPI, estimate, etcReason,
                    Reasons.PORTFOLIO_SCHEDULE, 0, 0, 0, Reasons.PORTFOLIO_SCHEDULE, null);
        }
    }

    /**
     * Returns the figures of every project together.
     *
     * @return the overall figures
     */
    public EvmFigures overall() {
        return overall;
    }

    /**
     * Returns the figures of each department's projects, by department name in alphabetical order.
     *
     * @return the figures by department, unmodifiable
     */
    public Map<String, EvmFigures> byDepartment() {
        return byDepartment;
    }

    /**
     * Returns the figures of the projects without a department.
     *
     * @return their figures, or empty if every project has a department
     */
    public Optional<EvmFigures> withoutDepartment() {
        return withoutDepartment;
    }

    /**
     * Returns the number of projects.
     *
     * @return the number of projects
     */
    public int size() {
        return size;
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code PortfolioEvm[3 projects, EvmFigures[...]]}
     */
    @Override
    public String toString() {
        return "PortfolioEvm[" + size + " projects, " + overall + "]";
    }
}
