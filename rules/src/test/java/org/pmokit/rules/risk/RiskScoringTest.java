package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.risk.RiskFixtures.cny;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
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
import org.pmokit.core.project.RiskKind;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;

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

    // The fast paths: levels compared as longs at the value's scale, and the EMV in minor units. Each
    // gives what the general way, decimals compared and multiplied with BigDecimal, gives.

    /** The level the general way: the highest level whose threshold the value exceeds, else 1. */
    private static int generalLevel(BigDecimal value, List<BigDecimal> above) {
        int level = 1;
        for (int i = 0; i < above.size(); i++) {
            if (value.compareTo(above.get(i)) > 0) {
                level = i + 2;
            }
        }
        return level;
    }

    /** Four ascending distinct thresholds from {@code min} to {@code max}, at scales from {@code minScale} to 8. */
    private static Arbitrary<List<BigDecimal>> thresholds(String min, String max, int minScale) {
        return Arbitraries.integers().between(minScale, 8).flatMap(scale -> Arbitraries.bigDecimals()
                .between(new BigDecimal(min), new BigDecimal(max)).ofScale(scale).list().ofSize(4)
                .uniqueElements(BigDecimal::stripTrailingZeros).map(l -> l.stream().sorted().toList()));
    }

    @Provide
    Arbitrary<List<BigDecimal>> probabilityThresholds() {
        return thresholds("0", "1", 1);
    }

    @Provide
    Arbitrary<List<BigDecimal>> costThresholds() {
        return thresholds("0", "100", 0);
    }

    /** Probabilities of 0 to 25 decimals, and the edges. */
    @Provide
    Arbitrary<BigDecimal> probabilities() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 25).flatMap(scale ->
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(scale)),
                Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("0E+3"), new BigDecimal("0.10"),
                        new BigDecimal("0.1"), new BigDecimal("0.3000000000000000000001"), new BigDecimal("1.000")));
    }

    /** Amounts of 0 to 30 integer digits in the currency's scale: small, up to a long of minor units, and beyond. */
    private static Arbitrary<Money> amounts(Currency currency) {
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 100_000_000_000L).map(minor -> Money.ofMinor(currency, minor)),
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(minor -> Money.ofMinor(currency, minor)),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(30 + scale).subtract(BigInteger.ONE))
                        .map(u -> Money.of(currency, new BigDecimal(u, scale))));
    }

    @Provide
    Arbitrary<Money> money() {
        return Arbitraries.of("CNY", "JPY", "KWD").map(Currency::getInstance).flatMap(RiskScoringTest::amounts);
    }

    private static Policy policy(List<BigDecimal> probability, List<BigDecimal> cost) {
        String json = "{" + String.join(", ",
                entry(PolicyKeys.PROBABILITY_LEVEL2.name(), probability.get(0)),
                entry(PolicyKeys.PROBABILITY_LEVEL3.name(), probability.get(1)),
                entry(PolicyKeys.PROBABILITY_LEVEL4.name(), probability.get(2)),
                entry(PolicyKeys.PROBABILITY_LEVEL5.name(), probability.get(3)),
                entry(PolicyKeys.IMPACT_COST_LEVEL2.name(), cost.get(0)),
                entry(PolicyKeys.IMPACT_COST_LEVEL3.name(), cost.get(1)),
                entry(PolicyKeys.IMPACT_COST_LEVEL4.name(), cost.get(2)),
                entry(PolicyKeys.IMPACT_COST_LEVEL5.name(), cost.get(3))) + "}";
        return Policy.defaults().withJson(json);
    }

    private static String entry(String key, BigDecimal value) {
        return "\"" + key + "\": " + value.toPlainString();
    }

    private static List<BigDecimal> probabilityThresholdsOf(Policy policy) {
        return List.of(policy.get(PolicyKeys.PROBABILITY_LEVEL2), policy.get(PolicyKeys.PROBABILITY_LEVEL3),
                policy.get(PolicyKeys.PROBABILITY_LEVEL4), policy.get(PolicyKeys.PROBABILITY_LEVEL5));
    }

    private static List<BigDecimal> costThresholdsOf(Policy policy) {
        return List.of(policy.get(PolicyKeys.IMPACT_COST_LEVEL2), policy.get(PolicyKeys.IMPACT_COST_LEVEL3),
                policy.get(PolicyKeys.IMPACT_COST_LEVEL4), policy.get(PolicyKeys.IMPACT_COST_LEVEL5));
    }

    @Property(tries = 2000)
    void probabilityLevel_isTheGeneralWays(@ForAll("probabilities") BigDecimal p,
            @ForAll("probabilityThresholds") List<BigDecimal> probability, @ForAll("costThresholds") List<BigDecimal> cost) {
        Policy policy = policy(probability, cost);

        assertThat(RiskScoring.of(policy).probabilityLevel(p)).isEqualTo(generalLevel(p, probabilityThresholdsOf(policy)));
        assertThat(SCORING.probabilityLevel(p)).isEqualTo(generalLevel(p, probabilityThresholdsOf(Policy.defaults())));
    }

    // Near each default threshold, at scales 0 to 7: a probability equal to a threshold stays below it.
    @Property(tries = 2000)
    void probabilityLevel_isTheGeneralWays_nearTheDefaultThresholds(
            @ForAll("nearDefaultThresholds") BigDecimal p) {
        assertThat(SCORING.probabilityLevel(p)).isEqualTo(generalLevel(p, probabilityThresholdsOf(Policy.defaults())));
    }

    @Provide
    Arbitrary<BigDecimal> nearDefaultThresholds() {
        return Arbitraries.of("0.1", "0.3", "0.5", "0.7").flatMap(t -> Arbitraries.integers().between(0, 7)
                .flatMap(scale -> Arbitraries.integers().between(-2, 2).map(step -> new BigDecimal(t)
                        .add(BigDecimal.valueOf(step, scale)).max(BigDecimal.ZERO).min(BigDecimal.ONE))));
    }

    @Property(tries = 2000)
    void costLevel_isTheGeneralWays(@ForAll("money") Money cost, @ForAll("money") Money bac,
            @ForAll("probabilityThresholds") List<BigDecimal> probability, @ForAll("costThresholds") List<BigDecimal> shares) {
        Assume.that(bac.isPositive() && bac.currency().equals(cost.currency()));
        Policy policy = policy(probability, shares);
        List<BigDecimal> bounds = costThresholdsOf(policy).stream().map(share -> share.multiply(bac.amount()))
                .collect(Collectors.toList());

        assertThat(RiskScoring.of(policy).costLevel(cost, bac)).isEqualTo(generalLevel(cost.amount(), bounds));
    }

    // A cost near a bound: BAC 1,234,567.89 x 3% = 37,037.0367, so 37,037.03 is level 2 and 37,037.04 level 3.
    @ParameterizedTest(name = "cost {0} of BAC 1,234,567.89 -> level {1}")
    @CsvSource({"12345.67, 1", "12345.68, 2", "37037.03, 2", "37037.04, 3", "61728.39, 3", "61728.40, 4",
        "123456.78, 4", "123456.79, 5"})
    void costLevel_nearABoundBetweenTwoCents(String cost, int level) {
        // 1%: 12,345.6789; 3%: 37,037.0367; 5%: 61,728.3945; 10%: 123,456.789
        assertThat(SCORING.costLevel(cny(cost), cny("1234567.89"))).isEqualTo(level);
    }

    /**
     * The lemma of the fast comparison: at the value's scale, comparing with the thresholds'
     * floors gives the level of comparing with the thresholds, for any value and thresholds.
     */
    @Property(tries = 3000)
    void levelAbove_floorsAtTheValuesScale_isTheGeneralWays(@ForAll("anyDecimal") BigDecimal value,
            @ForAll("anyThresholds") List<BigDecimal> above) {
        long unscaled = MinorUnits.unscaled(value);
        long[] floors = RiskScoring.floors(above.toArray(BigDecimal[]::new), value.scale());

        Statistics.label("fast path").collect(unscaled != MinorUnits.NONE && floors != null);
        Assume.that(unscaled != MinorUnits.NONE && floors != null);
        assertThat(RiskScoring.levelAbove(unscaled, floors)).isEqualTo(generalLevel(value, above));
        assertThat(RiskScoring.levelAbove(value, above.toArray(BigDecimal[]::new))).isEqualTo(generalLevel(value, above));
    }

    @Provide
    Arbitrary<BigDecimal> anyDecimal() {
        return Arbitraries.integers().between(-6, 12).flatMap(scale -> Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
                Arbitraries.longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
                Arbitraries.of(0L, 1L, -1L, 5L, -5L, 999_999_999_999_999_999L))
                .map(u -> BigDecimal.valueOf(u, scale)));
    }

    /** Any four thresholds, in any order, at any of their own scales. */
    @Provide
    Arbitrary<List<BigDecimal>> anyThresholds() {
        return anyDecimal().list().ofSize(4);
    }

    @Property(tries = 3000)
    void emv_isTheGeneralWays(@ForAll("money") Money cost, @ForAll("probabilities") BigDecimal p,
            @ForAll RiskKind kind) {
        var risk = (kind == RiskKind.THREAT ? threat("R1") : opportunity("R1")).probability(p.toString()).cost(cost)
                .build();
        Money general = RiskScoring.generalEmv(cost, p, kind == RiskKind.THREAT);

        Statistics.label("fast path").collect(MinorUnits.timesHalfEven(cost.amount(), p) != MinorUnits.NONE);
        assertThat(RiskScoring.emv(risk, cost.currency())).isEqualTo(general);
        assertThat(RiskScoring.emv(risk, cost.currency()).amount().scale()).isEqualTo(general.amount().scale());
    }

    // 0.125 x CNY 1.00 = 0.125 -> 0.12 (even) and 0.135 x CNY 1.00 -> 0.14; both fast and general ways.
    @ParameterizedTest(name = "{0} x {1} -> {2}")
    @CsvSource({"0.125, 1.00, -0.12", "0.135, 1.00, -0.14", "0.3, 500000.00, -150000.00",
        "0.0000000000000000000001, 100.00, 0.00", "0.999, 9999999999999999999999999999.99, -9989999999999999999999999999.99"})
    void emv_workedExamples_onBothWays(String p, String cost, String emv) {
        assertThat(RiskScoring.emv(threat("R1").probability(p).cost(cost).build(), CNY)).isEqualTo(cny(emv));
        assertThat(RiskScoring.generalEmv(cny(cost), new BigDecimal(p), true)).isEqualTo(cny(emv));
    }
}
