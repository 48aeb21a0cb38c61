package org.pmokit.rules.risk;

import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskId;
import org.pmokit.core.project.RiskKind;

/**
 * The scored risk register of a project (FORMULAS.md section 6): every risk's levels, band and
 * EMV, and the totals of the open risks.
 *
 * <p>Every risk is scored, whatever its status. The totals, the exposure, the counts by band and
 * the heat maps cover the open risks only ({@link RiskResult#isOpen()}: open or mitigating),
 * since an occurred or closed risk is no longer uncertain.
 *
 * <ul>
 *   <li>EMV totals are the exact sums of the per-risk EMVs: threats negative, opportunities
 *       positive, the total their net sum.
 *   <li>The exposure of a category is the sum of |EMV| of its open risks, threats and
 *       opportunities alike: how much expected value rides on the category either way. The net,
 *       signed value is the EMV total.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RiskAssessment {

    private static final RiskBand[] BANDS = RiskBand.values();
    private static final RiskCategory[] CATEGORIES = RiskCategory.values();

    private final Currency currency;
    private final Optional<Money> budgetAtCompletion;
    private final List<RiskResult> results;
    private final List<RiskResult> open;
    private final EmvTotals totals;
    /** How many open risks each band holds, by ordinal. */
    private final int[] countByBand;
    /** {@link #exposure()}, made on first use: the metrics read {@link #exposure(RiskCategory)}. */
    private volatile Map<RiskCategory, Money> exposure;
    /** {@link #countsByBand()}, made on first use: the metrics read {@link #count(RiskBand)}. */
    private volatile Map<RiskBand, Integer> counts;
    /** The results by identifier, made on first use: few rules ask for one risk. */
    private volatile Map<RiskId, RiskResult> byId;
    /** The heat map of the open threats, made on first use: rules do not read it, reports do. */
    private volatile HeatMap threats;
    /** The heat map of the open opportunities, made on first use. */
    private volatile HeatMap opportunities;

    /**
     * Makes the assessment of scored risks.
     *
     * @param currency the project's currency
     * @param budgetAtCompletion BAC, if known
     * @param results every risk's result, in the project's order
     */
    private RiskAssessment(Currency currency, Optional<Money> budgetAtCompletion, RiskResult[] results) {
        this.currency = currency;
        this.budgetAtCompletion = budgetAtCompletion;
        this.results = List.of(results);
        int openCount = 0;
        for (RiskResult r : results) {
            if (r.isOpen()) {
                openCount++;
            }
        }
        RiskResult[] openResults = new RiskResult[openCount];
        int[] byBand = new int[BANDS.length];
        int next = 0;
        for (RiskResult r : results) {
            if (r.isOpen()) {
                openResults[next++] = r;
                byBand[r.band().ordinal()]++;
            }
        }
        this.open = List.of(openResults);
        this.totals = EmvTotals.of(currency, this.open);
        this.countByBand = byBand;
    }


    /**
     * Scores every risk of a project.
     *
     * @param project the project
     * @param scoring the thresholds
     * @return the assessment
     */
    public static RiskAssessment of(Project project, RiskScoring scoring) {
        return of(project, scoring, RiskScoring.budgetAtCompletion(Objects.requireNonNull(project, "project")));
    }

    /** Scores every risk of a project against a BAC already summed ({@link RiskScoring#budgetAtCompletion}). */
    static RiskAssessment of(Project project, RiskScoring scoring, Optional<Money> bac) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(scoring, "scoring");
        RiskScoring.CostBounds bounds = scoring.costBounds(bac);
        List<Risk> risks = project.risks();
        RiskResult[] results = new RiskResult[risks.size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = scoring.assess(risks.get(i), project.currency(), bounds);
        }
        return new RiskAssessment(project.currency(), bac, results);
    }

    /**
     * Returns the project's currency, the currency of every amount here.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the budget at completion the cost impacts were measured against.
     *
     * @return BAC, if anything is budgeted
     */
    public Optional<Money> budgetAtCompletion() {
        return budgetAtCompletion;
    }

    /**
     * Returns every risk's result, in the project's order.
     *
     * @return the results, unmodifiable
     */
    public List<RiskResult> results() {
        return results;
    }

    /**
     * Returns the results of the open risks, in the project's order.
     *
     * @return the open results, unmodifiable
     */
    public List<RiskResult> open() {
        return open;
    }

    /**
     * Returns the result of one risk.
     *
     * @param id the risk's identifier
     * @return the result of the first risk with that identifier, if any
     */
    public Optional<RiskResult> result(RiskId id) {
        Objects.requireNonNull(id, "id");
        Map<RiskId, RiskResult> ids = byId;
        if (ids == null) {
            Map<RiskId, RiskResult> first = new HashMap<>();
            results.forEach(r -> first.putIfAbsent(r.id(), r));
            ids = Map.copyOf(first);
            byId = ids;
        }
        return Optional.ofNullable(ids.get(id));
    }

    /**
     * Returns the net EMV of the open risks: opportunities less threats.
     *
     * @return the total, negative when the threats outweigh the opportunities
     */
    public Money emvTotal() {
        return totals.threats().plus(totals.opportunities());
    }

    /**
     * Returns the EMV of the open threats.
     *
     * @return the sum, zero or negative
     */
    public Money emvThreats() {
        return totals.threats();
    }

    /**
     * Returns the EMV of the open opportunities.
     *
     * @return the sum, zero or positive
     */
    public Money emvOpportunities() {
        return totals.opportunities();
    }

    /**
     * Returns the exposure of every category: the sum of |EMV| of its open risks.
     *
     * @return the exposure by category, every category present, unmodifiable
     */
    public Map<RiskCategory, Money> exposure() {
        Map<RiskCategory, Money> map = exposure;
        if (map == null) {
            Map<RiskCategory, Money> byCategory = new EnumMap<>(RiskCategory.class);
            for (RiskCategory c : CATEGORIES) {
                byCategory.put(c, totals.exposure(c));
            }
            map = Collections.unmodifiableMap(byCategory);
            exposure = map;
        }
        return map;
    }

    /** The exposure of one category, as {@link #exposure()} holds it, without making the map. */
    Money exposure(RiskCategory category) {
        return totals.exposure(category);
    }

    /**
     * Returns how many open risks each band holds.
     *
     * @return the counts by band, every band present, unmodifiable
     */
    public Map<RiskBand, Integer> countsByBand() {
        Map<RiskBand, Integer> map = counts;
        if (map == null) {
            Map<RiskBand, Integer> byBand = new EnumMap<>(RiskBand.class);
            for (RiskBand b : BANDS) {
                byBand.put(b, countByBand[b.ordinal()]);
            }
            map = Collections.unmodifiableMap(byBand);
            counts = map;
        }
        return map;
    }

    /** How many open risks a band holds, as {@link #countsByBand()} holds it, without making the map. */
    int count(RiskBand band) {
        return countByBand[band.ordinal()];
    }

    /**
     * Returns the heat map of the open risks of one kind.
     *
     * @param kind threats or opportunities
     * @return the heat map
     */
    public HeatMap heatMap(RiskKind kind) {
        if (Objects.requireNonNull(kind, "kind") == RiskKind.THREAT) {
            HeatMap map = threats;
            if (map == null) {
                map = HeatMap.of(RiskKind.THREAT, open);
                threats = map;
            }
            return map;
        }
        HeatMap map = opportunities;
        if (map == null) {
            map = HeatMap.of(RiskKind.OPPORTUNITY, open);
            opportunities = map;
        }
        return map;
    }
}
