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

    private final Currency currency;
    private final Optional<Money> budgetAtCompletion;
    private final List<RiskResult> results;
    private final List<RiskResult> open;
    private final Map<RiskId, RiskResult> byId;
    private final Money emvThreats;
    private final Money emvOpportunities;
    private final Map<RiskCategory, Money> exposure;
    private final Map<RiskBand, Integer> counts;
    private final HeatMap threats;
    private final HeatMap opportunities;

    private RiskAssessment(Currency currency, Optional<Money> budgetAtCompletion, List<RiskResult> results) {
        this.currency = currency;
        this.budgetAtCompletion = budgetAtCompletion;
        this.results = List.copyOf(results);
        this.open = this.results.stream().filter(RiskResult::isOpen).toList();
        Map<RiskId, RiskResult> ids = new HashMap<>();
        this.results.forEach(r -> ids.putIfAbsent(r.id(), r));
        this.byId = Map.copyOf(ids);
        Money zero = Money.zero(currency);
        Money threatSum = zero;
        Money opportunitySum = zero;
        Map<RiskCategory, Money> byCategory = new EnumMap<>(RiskCategory.class);
        for (RiskCategory c : RiskCategory.values()) {
            byCategory.put(c, zero);
        }
        Map<RiskBand, Integer> byBand = new EnumMap<>(RiskBand.class);
        for (RiskBand b : RiskBand.values()) {
            byBand.put(b, 0);
        }
        for (RiskResult r : open) {
            if (r.isThreat()) {
                threatSum = threatSum.plus(r.emv());
            } else {
                opportunitySum = opportunitySum.plus(r.emv());
            }
            byCategory.merge(r.risk().category(), r.emv().abs(), Money::plus);
            byBand.merge(r.band(), 1, Integer::sum);
        }
        this.emvThreats = threatSum;
        this.emvOpportunities = opportunitySum;
        this.exposure = Collections.unmodifiableMap(byCategory);
        this.counts = Collections.unmodifiableMap(byBand);
        this.threats = HeatMap.of(RiskKind.THREAT, open);
        this.opportunities = HeatMap.of(RiskKind.OPPORTUNITY, open);
    }

    /**
     * Scores every risk of a project.
     *
     * @param project the project
     * @param scoring the thresholds
     * @return the assessment
     */
    public static RiskAssessment of(Project project, RiskScoring scoring) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(scoring, "scoring");
        Optional<Money> bac = RiskScoring.budgetAtCompletion(project);
        List<RiskResult> results = project.risks().stream()
                .map(r -> scoring.assess(r, project.currency(), bac))
                .toList();
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
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
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
        return Objects.requireNonNull(kind, "kind") == RiskKind.THREAT ? threats : opportunities;
    }
}
