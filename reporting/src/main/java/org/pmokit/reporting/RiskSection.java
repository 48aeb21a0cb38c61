package org.pmokit.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.RiskKind;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;
import org.pmokit.rules.risk.HeatMap;
import org.pmokit.rules.risk.RiskAssessment;
import org.pmokit.rules.risk.RiskBand;
import org.pmokit.rules.risk.RiskResult;
import org.pmokit.rules.risk.RiskScoring;

/**
 * The risks of a report (FORMULAS.md section 6): the register with every risk's levels, score, band
 * and EMV; the heat maps of the open threats and opportunities; the EMV totals of the open risks;
 * and the contingency reserve against the suggestion (the EMV of the open threats).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param register every risk, scored, in the project's order
 * @param threats the heat map of the open threats
 * @param opportunities the heat map of the open opportunities
 * @param emvTotal the net EMV of the open risks, negative when threats outweigh opportunities
 * @param emvThreats the EMV of the open threats, zero or negative
 * @param emvOpportunities the EMV of the open opportunities, zero or positive
 * @param suggestedContingency the suggested contingency reserve: the EMV of the open threats as a positive amount
 * @param contingencyReserve the contingency reserve of the budget
 * @param coverage the reserve divided by the suggestion, or undefined with the reason
 * @param countsByBand how many open risks each band holds, in band order
 * @param bands the band of each score 1 to 25 under the policy (index score - 1), which colours the heat map
 */
public record RiskSection(List<RiskResult> register, HeatMap threats, HeatMap opportunities, Money emvTotal,
        Money emvThreats, Money emvOpportunities, Money suggestedContingency, Optional<Money> contingencyReserve,
        MetricValue coverage, Map<RiskBand, Integer> countsByBand, List<RiskBand> bands) {

    private static final Text NO_RESERVE = Text.of("the budget has no contingency reserve", "预算没有应急储备");
    private static final Text NO_THREAT_EMV = Text.of("no open threat has a cost impact",
            "没有带成本影响的未关闭威胁");

    /**
     * Checks and copies the parts.
     *
     * @param register the register
     * @param threats the threat heat map
     * @param opportunities the opportunity heat map
     * @param emvTotal the net EMV
     * @param emvThreats the threats' EMV
     * @param emvOpportunities the opportunities' EMV
     * @param suggestedContingency the suggested reserve
     * @param contingencyReserve the reserve
     * @param coverage the coverage
     * @param countsByBand the counts by band
     * @param bands the bands of the scores
     */
    public RiskSection {
        register = List.copyOf(register);
        Objects.requireNonNull(threats, "threats");
        Objects.requireNonNull(opportunities, "opportunities");
        Objects.requireNonNull(emvTotal, "emvTotal");
        Objects.requireNonNull(emvThreats, "emvThreats");
        Objects.requireNonNull(emvOpportunities, "emvOpportunities");
        Objects.requireNonNull(suggestedContingency, "suggestedContingency");
        Objects.requireNonNull(contingencyReserve, "contingencyReserve");
        Objects.requireNonNull(coverage, "coverage");
        countsByBand = Collections.unmodifiableMap(new EnumMap<>(countsByBand));
        bands = List.copyOf(bands);
        if (bands.size() != 25) {
            throw new IllegalArgumentException("a risk section needs the band of each score 1 to 25: " + bands.size());
        }
    }

    /**
     * Returns how many risks are open.
     *
     * @return the count of open risks
     */
    public int openCount() {
        return (int) register.stream().filter(RiskResult::isOpen).count();
    }

    /**
     * Returns the band of a score under the policy.
     *
     * @param score the score, 1 to 25
     * @return its band
     * @throws IndexOutOfBoundsException if the score is outside 1 to 25
     */
    public RiskBand bandOf(int score) {
        return bands.get(score - 1);
    }

    /** The section of a project's assessed risks. */
    static RiskSection of(Project project, RiskAssessment a, RiskScoring scoring) {
        Money suggested = a.emvThreats().negated();
        Optional<Money> reserve = project.budget().flatMap(Budget::contingencyReserve)
                .filter(r -> r.currency().equals(suggested.currency()));
        MetricValue coverage;
        if (reserve.isEmpty()) {
            coverage = new MetricValue.Undefined(NO_RESERVE);
        } else if (suggested.isZero()) {
            coverage = new MetricValue.Undefined(NO_THREAT_EMV);
        } else {
            BigDecimal ratio = reserve.get().ratioTo(suggested, 12, RoundingMode.HALF_EVEN);
            coverage = new MetricValue.Ratio(ratio.doubleValue());
        }
        return new RiskSection(a.results(), a.heatMap(RiskKind.THREAT), a.heatMap(RiskKind.OPPORTUNITY), a.emvTotal(),
                a.emvThreats(), a.emvOpportunities(), suggested, reserve, coverage, a.countsByBand(),
                IntStream.rangeClosed(1, 25).mapToObj(scoring::band).toList());
    }
}
