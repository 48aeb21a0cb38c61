package org.pmokit.rules.risk;

import java.util.ArrayList;
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
import org.pmokit.rules.MoneySum;

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

    private final Currency currency;
    private final Optional<Money> budgetAtCompletion;
    private final List<RiskResult> results;
    private final List<RiskResult> open;
    private final Money emvThreats;
    private final Money emvOpportunities;
    private final Map<RiskCategory, Money> exposure;
    private final Map<RiskBand, Integer> counts;
    /** The results by identifier, made on first use: few rules ask for one risk. */
    private volatile Map<RiskId, RiskResult> byId;
    /** The heat map of the open threats, made on first use: rules do not read it, reports do. */
    private volatile HeatMap threats;
    /** The heat map of the open opportunities, made on first use. */
    private volatile HeatMap opportunities;

    private RiskAssessment(Currency currency, Optional<Money> budgetAtCompletion, List<RiskResult> results) {
        this.currency = currency;
        this.budgetAtCompletion = budgetAtCompletion;
        this.results = List.copyOf(results);
        List<RiskResult> openResults = new ArrayList<>(this.results.size());
        MoneySum threatSum = new MoneySum(currency);
        MoneySum opportunitySum = new MoneySum(currency);
        RiskCategory[] categories = RiskCategory.values();
        MoneySum[] byCategory = new MoneySum[categories.length];
        for (int c = 0; c < byCategory.length; c++) {
            byCategory[c] = new MoneySum(currency);
        }
        RiskBand[] bands = RiskBand.values();
        int[] byBand = new int[bands.length];
        for (RiskResult r : this.results) {
            if (!r.isOpen()) {
                continue;
            }
            openResults.add(r);
            (r.isThreat() ? threatSum : opportunitySum).add(r.emv());
            byCategory[r.risk().category().ordinal()].add(r.emv().abs());
            byBand[r.band().ordinal()]++;
        }
        this.open = List.copyOf(openResults);
        this.emvThreats = threatSum.total();
        this.emvOpportunities = opportunitySum.total();
        Map<RiskCategory, Money> exposures = new EnumMap<>(RiskCategory.class);
        for (RiskCategory c : categories) {
            exposures.put(c, byCategory[c.ordinal()].total());
        }
        this.exposure = Collections.unmodifiableMap(exposures);
        Map<RiskBand, Integer> bandCounts = new EnumMap<>(RiskBand.class);
        for (RiskBand b : bands) {
            bandCounts.put(b, byBand[b.ordinal()]);
        }
        this.counts = Collections.unmodifiableMap(bandCounts);
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
        List<RiskResult> results = new ArrayList<>(project.risks().size());
        for (Risk risk : project.risks()) {
            results.add(scoring.assess(risk, project.currency(), bounds));
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
        return emvThreats.plus(emvOpportunities);
    }

    /**
     * Returns the EMV of the open threats.
     *
     * @return the sum, zero or negative
     */
    public Money emvThreats() {
        return emvThreats;
    }

    /**
     * Returns the EMV of the open opportunities.
     *
     * @return the sum, zero or positive
     */
    public Money emvOpportunities() {
        return emvOpportunities;
    }

    /**
     * Returns the exposure of every category: the sum of |EMV| of its open risks.
     *
     * @return the exposure by category, every category present, unmodifiable
     */
    public Map<RiskCategory, Money> exposure() {
        return exposure;
    }

    /**
     * Returns how many open risks each band holds.
     *
     * @return the counts by band, every band present, unmodifiable
     */
    public Map<RiskBand, Integer> countsByBand() {
        return counts;
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
