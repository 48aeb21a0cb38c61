package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.risk.RiskFixtures.cny;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.money.CurrencyMismatchException;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.RiskImpact;
import org.pmokit.rules.Policy;

class RiskScoringTest {

    private static final RiskScoring SCORING = RiskScoring.defaults();
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Optional<Money> BAC = Optional.of(cny("1000000.00"));

    // FORMULAS.md section 6 with the PMBOK probability scale: a probability equal to a threshold stays below it.
    @ParameterizedTest(name = "p {0} -> level {1}")
    @CsvSource({
        "0, 1", "0.05, 1", "0.10, 1", "0.1000001, 2", "0.2, 2", "0.30, 2", "0.3000001, 3", "0.4, 3", "0.50, 3",
        "0.5000001, 4", "0.6, 4", "0.70, 4", "0.7000001, 5", "0.9, 5", "1, 5"})
    void probabilityLevel_followsThePolicyThresholds(String p, int level) {
        assertThat(SCORING.probabilityLevel(new BigDecimal(p))).isEqualTo(level);
    }

    // FORMULAS.md section 6: 20-25 critical, 12-19 high, 6-11 medium, 2-5 low, 1 minimal.
    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({
        "1, MINIMAL", "2, LOW", "5, LOW", "6, MEDIUM", "11, MEDIUM", "12, HIGH", "19, HIGH", "20, CRITICAL",
        "25, CRITICAL"})
    void band_atEachBoundary(int score, RiskBand band) {
        assertThat(SCORING.band(score)).isEqualTo(band);
    }

    // Worked examples on the 5 x 5 matrix: score = probability level x impact level.
    @ParameterizedTest(name = "{0} x {1} = {2}, {3}")
    @CsvSource({
        "1, 1, 1, MINIMAL", "1, 2, 2, LOW", "1, 5, 5, LOW", "2, 3, 6, MEDIUM", "3, 3, 9, MEDIUM", "2, 5, 10, MEDIUM",
        "3, 4, 12, HIGH", "4, 4, 16, HIGH", "4, 5, 20, CRITICAL", "5, 5, 25, CRITICAL"})
    void score_isProbabilityLevelTimesImpactLevel(int probability, int impact, int score, RiskBand band) {
        assertThat(RiskScoring.score(probability, impact)).isEqualTo(score);
        assertThat(SCORING.band(score)).isEqualTo(band);
    }

    @Test
    void score_refusesALevelOutsideOneToFive() {
        assertThatThrownBy(() -> RiskScoring.score(0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("probability level must be 1 to 5: 0");
        assertThatThrownBy(() -> RiskScoring.score(3, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("impact level must be 1 to 5: 6");
        assertThatThrownBy(() -> SCORING.band(26)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be 1 to 25: 26");
    }

    @Test
    void band_followsOverriddenBoundaries() {
        RiskScoring strict = RiskScoring.of(Policy.fromJson("{\"risk.band.criticalFrom\": 15, \"risk.band.highFrom\": 9}"));

        assertThat(strict.band(15)).isEqualTo(RiskBand.CRITICAL);
        assertThat(strict.band(14)).isEqualTo(RiskBand.HIGH);
        assertThat(strict.band(9)).isEqualTo(RiskBand.HIGH);
        assertThat(strict.band(8)).isEqualTo(RiskBand.MEDIUM);
    }

    // PMO Kit default: 1%, 3%, 5%, 10% of BAC; of BAC 1,000,000 that is 10,000 / 30,000 / 50,000 / 100,000.
    @ParameterizedTest(name = "cost {0} of BAC 1,000,000 -> level {1}")
    @CsvSource({
        "0.00, 1", "10000.00, 1", "10000.01, 2", "30000.00, 2", "30000.01, 3", "50000.00, 3", "50000.01, 4",
        "100000.00, 4", "100000.01, 5", "5000000.00, 5"})
    void costLevel_isTheShareOfBac(String cost, int level) {
        assertThat(SCORING.costLevel(cny(cost), BAC.get())).isEqualTo(level);
    }

    @Test
    void costLevel_refusesAZeroBac_andAnotherCurrency() {
        assertThatThrownBy(() -> SCORING.costLevel(cny("1.00"), cny("0.00"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bac must be above zero: CNY 0.00");
        assertThatThrownBy(() -> SCORING.costLevel(Money.of("USD", "1.00"), BAC.get()))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    // PMO Kit default: above 2, 5, 10, 20 working days.
    @ParameterizedTest(name = "{0} working days -> level {1}")
    @CsvSource({"0, 1", "2, 1", "3, 2", "5, 2", "6, 3", "10, 3", "11, 4", "20, 4", "21, 5", "200, 5"})
    void scheduleLevel_followsTheDayThresholds(int days, int level) {
        assertThat(SCORING.scheduleLevel(days)).isEqualTo(level);
    }

    @Test
    void scheduleLevel_refusesNegativeDays() {
        assertThatThrownBy(() -> SCORING.scheduleLevel(-3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schedule impact must not be negative: -3");
    }

    @Test
    void impactLevel_isTheHighestStatedDimension() {
        // own level 2, cost 60,000 = 6% of BAC -> 4, 8 days -> 3
        RiskImpact impact = RiskImpact.of(cny("60000.00"), 8, 2);
        assertThat(SCORING.impactLevel(impact, BAC)).isEqualTo(4);
        // own level 5 dominates
        assertThat(SCORING.impactLevel(RiskImpact.of(cny("0.00"), 0, 5), BAC)).isEqualTo(5);
        // 25 days dominate
        assertThat(SCORING.impactLevel(RiskImpact.of(cny("0.00"), 25, 1), BAC)).isEqualTo(5);
    }

    @Test
    void impactLevel_isOne_whenNoDimensionIsStated() {
        assertThat(SCORING.impactLevel(new RiskImpact(Optional.empty(), OptionalInt.empty(), OptionalInt.empty()), BAC))
                .isEqualTo(1);
    }

    @Test
    void impactLevel_leavesCostOut_withoutBac_orInAnotherCurrency() {
        RiskImpact large = new RiskImpact(Optional.of(cny("900000.00")), OptionalInt.empty(), OptionalInt.of(2));
        assertThat(SCORING.impactLevel(large, Optional.empty())).isEqualTo(2);
        assertThat(SCORING.impactLevel(large, Optional.of(cny("0.00")))).isEqualTo(2);
        assertThat(SCORING.impactLevel(large, Optional.of(Money.of("USD", "1000000.00")))).isEqualTo(2);
    }

    @Test
    void impactLevel_leavesADimensionOut_whenItsThresholdsAreAtTheMaximum() {
        RiskScoring levelOnly = RiskScoring.of(Policy.fromJson("""
                {"risk.impact.cost.level2Above": 100, "risk.impact.cost.level3Above": 100,
                 "risk.impact.cost.level4Above": 100, "risk.impact.cost.level5Above": 100,
                 "risk.impact.schedule.level2Above": 100000, "risk.impact.schedule.level3Above": 100000,
                 "risk.impact.schedule.level4Above": 100000, "risk.impact.schedule.level5Above": 100000}"""));

        assertThat(levelOnly.impactLevel(RiskImpact.of(cny("900000.00"), 90, 2), BAC)).isEqualTo(2);
    }

    @Test
    void thresholds_comeFromThePolicy() {
        RiskScoring tight = RiskScoring.of(Policy.fromJson("""
                {"risk.impact.schedule.level4Above": 6, "risk.impact.schedule.level5Above": 8,
                 "risk.impact.cost.level5Above": 0.06, "risk.probability.level5Above": 0.55}"""));

        assertThat(tight.scheduleLevel(8)).isEqualTo(4);
        assertThat(tight.scheduleLevel(9)).isEqualTo(5);
        assertThat(tight.costLevel(cny("60000.01"), BAC.get())).isEqualTo(5);
        assertThat(tight.probabilityLevel(new BigDecimal("0.56"))).isEqualTo(5);
    }

    // CRM RK1: 0.3 x 500,000.00 = 150,000.00, a threat, so -150,000.00.
    @Test
    void emv_ofAThreat_isNegative_andExact() {
        assertThat(RiskScoring.emv(threat("RK1").probability("0.3").cost("500000.00").build(), CNY))
                .isEqualTo(cny("-150000.00"));
    }

    // CRM OP1: 0.3 x 200,000.00 = +60,000.00.
    @Test
    void emv_ofAnOpportunity_isPositive() {
        assertThat(RiskScoring.emv(opportunity("OP1").probability("0.3").cost("200000.00").build(), CNY))
                .isEqualTo(cny("60000.00"));
    }

    // 0.5 x 0.05 = 0.025 -> 0.02 and 0.5 x 0.15 = 0.075 -> 0.08: half-even, rounded once before the sign.
    @ParameterizedTest(name = "{0} x {1} -> {2}")
    @CsvSource({"0.5, 0.05, -0.02", "0.5, 0.15, -0.08", "0.333, 100.00, -33.30", "0.3333, 0.10, -0.03"})
    void emv_roundsHalfEven_toTheCurrencyScale(String p, String cost, String emv) {
        assertThat(RiskScoring.emv(threat("R1").probability(p).cost(cost).build(), CNY)).isEqualTo(cny(emv));
    }

    @Test
    void emv_roundsToTheCurrencysOwnScale() {
        Currency jpy = Currency.getInstance("JPY");
        assertThat(RiskScoring.emv(opportunity("R1").probability("0.25").cost(Money.of("JPY", "1250")).build(), jpy))
                .isEqualTo(Money.of("JPY", "312"));
    }

    @Test
    void emv_isZero_withoutACostImpact_orInAnotherCurrency() {
        assertThat(RiskScoring.emv(threat("R1").cost((Money) null).build(), CNY)).isEqualTo(cny("0.00"));
        assertThat(RiskScoring.emv(threat("R1").cost(Money.of("USD", "100.00")).build(), CNY)).isEqualTo(cny("0.00"));
    }

    @Test
    void assess_scoresOneRisk() {
        // p 0.4 -> 3; cost 60,000 = 6% -> 4; 3 days -> 2; own level 3: impact 4, score 12, high
        RiskResult r = SCORING.assess(threat("R1").probability("0.4").cost("60000.00").days(3).level(3).build(), CNY, BAC);

        assertThat(r.probabilityLevel()).isEqualTo(3);
        assertThat(r.impactLevel()).isEqualTo(4);
        assertThat(r.score()).isEqualTo(12);
        assertThat(r.band()).isEqualTo(RiskBand.HIGH);
        assertThat(r.emv()).isEqualTo(cny("-24000.00"));
    }

    @Test
    void budgetAtCompletion_isTheActivityBudgets_withoutABaseline() {
        assertThat(RiskScoring.budgetAtCompletion(RiskFixtures.project())).contains(cny("1000000.00"));
    }

    @Test
    void budgetAtCompletion_isTheCurrentBaselinesBudgets() {
        LocalDate d = RiskFixtures.START;
        Project p = RiskFixtures.project().toBuilder()
                .baseline(new Baseline(1, d, List.of(new BaselineActivity(ActivityId.of("A1"), d, d, cny("900000.00")))))
                .baseline(new Baseline(2, d, List.of(new BaselineActivity(ActivityId.of("A1"), d, d, cny("800000.00")),
                        new BaselineActivity(ActivityId.of("A2"), d, d, cny("50000.00")))))
                .build();

        assertThat(RiskScoring.budgetAtCompletion(p)).contains(cny("850000.00"));
    }

    @Test
    void budgetAtCompletion_isEmpty_whenNothingIsBudgeted() {
        Project p = RiskFixtures.project().toBuilder().activities(List.of()).build();

        assertThat(RiskScoring.budgetAtCompletion(p)).isEmpty();
    }
}
