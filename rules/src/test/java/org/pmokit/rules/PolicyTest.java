package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyTest {

    /**
     * Every key's default, written out: FORMULAS.md section 7 (and section 6 for the risk bands);
     * the rest are PMO Kit's own defaults, named as such in {@link PolicyKeys}. A key added to
     * {@link PolicyKeys} must be added here too ({@link #defaults_areAllListedHere()}).
     */
    private static final Map<PolicyKey<?>, String> DEFAULTS = defaults();

    private static Map<PolicyKey<?>, String> defaults() {
        Map<PolicyKey<?>, String> d = new LinkedHashMap<>();
        // schedule and cost deviation bands: green within 5%, amber within 8%
        d.put(PolicyKeys.DEVIATION_GREEN, "0.05");
        d.put(PolicyKeys.DEVIATION_AMBER, "0.08");
        // CPI / SPI / SPI(t): green >= 0.95, amber >= 0.92
        d.put(PolicyKeys.INDEX_GREEN, "0.95");
        d.put(PolicyKeys.INDEX_AMBER, "0.92");
        // contingency budget 15-20% of the budget
        d.put(PolicyKeys.CONTINGENCY_MIN, "0.15");
        d.put(PolicyKeys.CONTINGENCY_MAX, "0.20");
        // critical path buffer 2-3 working days
        d.put(PolicyKeys.BUFFER_MIN_DAYS, "2");
        d.put(PolicyKeys.BUFFER_MAX_DAYS, "3");
        // risk response deadline: critical 6 h, high 24 h, medium 72 h
        d.put(PolicyKeys.RESPONSE_CRITICAL_HOURS, "6");
        d.put(PolicyKeys.RESPONSE_HIGH_HOURS, "24");
        d.put(PolicyKeys.RESPONSE_MEDIUM_HOURS, "72");
        // risk review interval 30 days
        d.put(PolicyKeys.RISK_REVIEW_DAYS, "30");
        // probability scale (PMBOK)
        d.put(PolicyKeys.PROBABILITY_LEVEL2, "0.10");
        d.put(PolicyKeys.PROBABILITY_LEVEL3, "0.30");
        d.put(PolicyKeys.PROBABILITY_LEVEL4, "0.50");
        d.put(PolicyKeys.PROBABILITY_LEVEL5, "0.70");
        // section 6: 20-25 critical, 12-19 high, 6-11 medium, 2-5 low, 1 minimal
        d.put(PolicyKeys.BAND_CRITICAL, "20");
        d.put(PolicyKeys.BAND_HIGH, "12");
        d.put(PolicyKeys.BAND_MEDIUM, "6");
        d.put(PolicyKeys.BAND_LOW, "2");
        // section 2: critical when total float <= 0
        d.put(PolicyKeys.CRITICAL_FLOAT, "0");
        // DCMA 14-point
        d.put(PolicyKeys.DCMA_LOGIC, "0.05");
        d.put(PolicyKeys.DCMA_LEADS, "0");
        d.put(PolicyKeys.DCMA_LAGS, "0.05");
        d.put(PolicyKeys.DCMA_FS, "0.90");
        d.put(PolicyKeys.DCMA_HARD_CONSTRAINTS, "0.05");
        d.put(PolicyKeys.DCMA_HIGH_FLOAT_DAYS, "44");
        d.put(PolicyKeys.DCMA_HIGH_FLOAT, "0.05");
        d.put(PolicyKeys.DCMA_NEGATIVE_FLOAT, "0");
        d.put(PolicyKeys.DCMA_HIGH_DURATION_DAYS, "44");
        d.put(PolicyKeys.DCMA_HIGH_DURATION, "0.05");
        d.put(PolicyKeys.DCMA_INVALID_DATES, "0");
        d.put(PolicyKeys.DCMA_MISSED_TASKS, "0.05");
        d.put(PolicyKeys.DCMA_CPLI, "0.95");
        d.put(PolicyKeys.DCMA_BEI, "0.95");
        // PMI Practice Standard for EVM
        d.put(PolicyKeys.TCPI_MAX, "1.10");
        // change approval routing: PM up to 1% of BAC and 5 working days; CCB up to 5% and 20 days
        d.put(PolicyKeys.CHANGE_PM_COST, "0.01");
        d.put(PolicyKeys.CHANGE_PM_DAYS, "5");
        d.put(PolicyKeys.CHANGE_CCB_COST, "0.05");
        d.put(PolicyKeys.CHANGE_CCB_DAYS, "20");
        // PMO Kit defaults
        d.put(PolicyKeys.CHANGE_QUORUM, "3");
        d.put(PolicyKeys.CHANGE_DECISION_DAYS, "10");
        // change control: approved changes implemented within 30 days, implemented ones verified within 10
        d.put(PolicyKeys.CHANGE_IMPLEMENTATION_DAYS, "30");
        d.put(PolicyKeys.CHANGE_VERIFICATION_DAYS, "10");
        d.put(PolicyKeys.GOAL_MAX_CHANGE, "0.50");
        d.put(PolicyKeys.GOAL_HORIZON_DAYS, "365");
        d.put(PolicyKeys.DISCOUNT_RATE, "0.08");
        // risk impact scales, added with the risk pack; looked up by name so that this test
        // compiles whichever constant names that pack settles on
        d.put(key("risk.impact.cost.level2Above"), "0.01");
        d.put(key("risk.impact.cost.level3Above"), "0.03");
        d.put(key("risk.impact.cost.level4Above"), "0.05");
        d.put(key("risk.impact.cost.level5Above"), "0.10");
        d.put(key("risk.impact.schedule.level2Above"), "2");
        d.put(key("risk.impact.schedule.level3Above"), "5");
        d.put(key("risk.impact.schedule.level4Above"), "10");
        d.put(key("risk.impact.schedule.level5Above"), "20");
        return d;
    }

    private static PolicyKey<?> key(String name) {
        return Policy.key(name).orElseThrow(() -> new AssertionError("no policy key " + name));
    }

    static Stream<Arguments> everyDefault() {
        return DEFAULTS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("everyDefault")
    void defaults_matchTheDocumentedValues(PolicyKey<?> key, String expected) {
        Object actual = Policy.defaults().get(key);

        if (key.type() == Integer.class) {
            assertThat(actual).isEqualTo(Integer.valueOf(expected));
        } else {
            assertThat((BigDecimal) actual).isEqualByComparingTo(expected);
        }
        assertThat(actual).isEqualTo(key.defaultValue());
    }

    @Test
    void defaults_areAllListedHere() {
        assertThat(DEFAULTS.keySet()).containsExactlyInAnyOrderElementsOf(PolicyKeys.ALL);
    }

    @Test
    void defaults_ofTheBandsAndRoutingThresholds_asInFormulasSection7() {
        Policy p = Policy.defaults();

        assertThat(p.get(PolicyKeys.INDEX_GREEN)).isEqualByComparingTo("0.95");
        assertThat(p.get(PolicyKeys.INDEX_AMBER)).isEqualByComparingTo("0.92");
        assertThat(p.getDouble(PolicyKeys.INDEX_GREEN)).isEqualTo(0.95);
        assertThat(p.get(PolicyKeys.CONTINGENCY_MIN)).isEqualByComparingTo("0.15");
        assertThat(p.get(PolicyKeys.CONTINGENCY_MAX)).isEqualByComparingTo("0.20");
        assertThat(List.of(p.get(PolicyKeys.RESPONSE_CRITICAL_HOURS), p.get(PolicyKeys.RESPONSE_HIGH_HOURS),
                p.get(PolicyKeys.RESPONSE_MEDIUM_HOURS))).containsExactly(6, 24, 72);
        assertThat(p.get(PolicyKeys.RISK_REVIEW_DAYS)).isEqualTo(30);
        assertThat(p.get(PolicyKeys.CHANGE_PM_COST)).isEqualByComparingTo("0.01");
        assertThat(p.get(PolicyKeys.CHANGE_PM_DAYS)).isEqualTo(5);
        assertThat(p.get(PolicyKeys.CHANGE_CCB_COST)).isEqualByComparingTo("0.05");
        assertThat(p.get(PolicyKeys.CHANGE_CCB_DAYS)).isEqualTo(20);
        assertThat(p.overrides()).isEmpty();
        assertThat(p).hasToString("Policy[defaults]");
    }

    // ---- JSON overrides --------------------------------------------------------------------

    @Test
    void withJson_overridesTheGivenKeys_andKeepsTheRest() {
        Policy p = Policy.defaults().withJson("{\"index.green\": 0.97, \"risk.reviewDays\": 14}");

        assertThat(p.get(PolicyKeys.INDEX_GREEN)).isEqualByComparingTo("0.97");
        assertThat(p.get(PolicyKeys.RISK_REVIEW_DAYS)).isEqualTo(14);
        for (PolicyKey<?> key : PolicyKeys.ALL) {
            if (key != PolicyKeys.INDEX_GREEN && key != PolicyKeys.RISK_REVIEW_DAYS) {
                assertThat((Object) p.get(key)).as(key.name()).isEqualTo(key.defaultValue());
            }
        }
        assertThat(p.overrides()).containsOnlyKeys("index.green", "risk.reviewDays");
        assertThat(p).hasToString("Policy[defaults, index.green=0.97, risk.reviewDays=14]");
    }

    @Test
    void withJson_keepsEarlierOverrides_andLaterOnesWin() {
        Policy p = Policy.fromJson("{\"index.green\": 0.97, \"risk.reviewDays\": 14}")
                .withJson("{\"risk.reviewDays\": 7, \"finance.discountRate\": 0.06}");

        assertThat(p.get(PolicyKeys.INDEX_GREEN)).isEqualByComparingTo("0.97");
        assertThat(p.get(PolicyKeys.RISK_REVIEW_DAYS)).isEqualTo(7);
        assertThat(p.get(PolicyKeys.DISCOUNT_RATE)).isEqualByComparingTo("0.06");
    }

    @Test
    void withJson_ofAnEmptyObject_changesNothing() {
        assertThat(Policy.fromJson("{}")).isEqualTo(Policy.defaults());
        assertThat(Policy.fromJson(" { } \n")).isEqualTo(Policy.defaults());
    }

    @Test
    void withJson_acceptsAnIntegerForADecimalKey() {
        assertThat(Policy.fromJson("{\"index.green\": 1}").get(PolicyKeys.INDEX_GREEN)).isEqualByComparingTo("1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"index.amber\": 0.96, \"index.green\": 0.98}",
        "{\"index.green\": 0.98, \"index.amber\": 0.96}"})
    void withJson_checksThresholdsAgainstEachOther_afterApplyingEveryKey(String json) {
        Policy p = Policy.fromJson(json);

        assertThat(p.get(PolicyKeys.INDEX_AMBER)).isEqualByComparingTo("0.96");
        assertThat(p.get(PolicyKeys.INDEX_GREEN)).isEqualByComparingTo("0.98");
    }

    @Test
    void withJson_refusesAnUnknownKey_namingIt() {
        assertThatThrownBy(() -> Policy.fromJson("{\"index.green\": 0.97, \"index.gren\": 0.9}"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("unknown policy key: index.gren");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"index.green\": \"0.97\"}       | policy index.green must be a number, found string \"0.97\"",
        "{\"index.green\": true}           | policy index.green must be a number, found boolean true",
        "{\"index.green\": null}           | policy index.green must be a number, found null",
        "{\"index.green\": [0.97]}         | policy index.green must be a number, found array [0.97]",
        "{\"index.green\": {\"v\": 1}}     | policy index.green must be a number, found object {\"v\":1}",
        "{\"risk.reviewDays\": 1.5}        | policy risk.reviewDays must be a whole number, found number 1.5",
        "{\"risk.reviewDays\": 3.0}        | policy risk.reviewDays must be a whole number, found number 3.0",
        "{\"risk.reviewDays\": \"30\"}     | policy risk.reviewDays must be a whole number, found string \"30\"",
        "{\"change.pm.maxDays\": false}    | policy change.pm.maxDays must be a whole number, found boolean false"})
    void withJson_refusesAValueOfTheWrongType_namingKeyAndValue(String json, String message) {
        assertThatThrownBy(() -> Policy.fromJson(json))
                .isInstanceOf(PolicyException.class)
                .hasMessage(message);
    }

    @Test
    void withJson_shortensALongValueInTheMessage() {
        String longText = "x".repeat(100);

        assertThatThrownBy(() -> Policy.fromJson("{\"index.green\": \"" + longText + "\"}"))
                .hasMessage("policy index.green must be a number, found string \"" + "x".repeat(36) + "...");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"index.green\": 10.01}              | policy index.green must be 0 to 10: 10.01",
        "{\"index.green\": -0.5}               | policy index.green must be 0 to 10: -0.5",
        "{\"contingency.min\": 1.5}            | policy contingency.min must be 0 to 1: 1.5",
        "{\"risk.reviewDays\": 0}              | policy risk.reviewDays must be 1 to 3650: 0",
        "{\"risk.reviewDays\": 3651}           | policy risk.reviewDays must be 1 to 3650: 3651",
        "{\"risk.reviewDays\": 10000000000}    | policy risk.reviewDays must be 1 to 3650: 10000000000",
        "{\"risk.band.criticalFrom\": 26}      | policy risk.band.criticalFrom must be 1 to 25: 26"})
    void withJson_refusesAValueOutOfRange_namingKeyAndRange(String json, String message) {
        assertThatThrownBy(() -> Policy.fromJson(json))
                .isInstanceOf(PolicyException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"index.amber\": 0.96}                 | policy index.amber (0.96) must not be above index.green (0.95)",
        "{\"index.green\": 0.90}                 | policy index.amber (0.92) must not be above index.green (0.90)",
        "{\"deviation.green\": 0.10}             | policy deviation.green (0.10) must not be above deviation.amber (0.08)",
        "{\"contingency.min\": 0.25}             | policy contingency.min (0.25) must not be above contingency.max (0.20)",
        "{\"buffer.minDays\": 4}                 | policy buffer.minDays (4) must not be above buffer.maxDays (3)",
        "{\"risk.response.criticalHours\": 48}   | policy risk.response.criticalHours (48) must not be above risk.response.highHours (24)",
        "{\"risk.band.lowFrom\": 7}              | policy risk.band.lowFrom (7) must not be above risk.band.mediumFrom (6)",
        "{\"risk.probability.level3Above\": 0.6} | policy risk.probability.level3Above (0.6) must not be above risk.probability.level4Above (0.50)",
        "{\"change.pm.maxCostShare\": 0.06}      | policy change.pm.maxCostShare (0.06) must not be above change.ccb.maxCostShare (0.05)",
        "{\"change.ccb.maxDays\": 4}             | policy change.pm.maxDays (5) must not be above change.ccb.maxDays (4)",
        "{\"risk.impact.cost.level3Above\": 0.2} | policy risk.impact.cost.level3Above (0.2) must not be above risk.impact.cost.level4Above (0.05)",
        "{\"risk.impact.schedule.level5Above\": 9} | policy risk.impact.schedule.level4Above (10) must not be above risk.impact.schedule.level5Above (9)"})
    void withJson_refusesContradictingThresholds_namingBothKeys(String json, String message) {
        assertThatThrownBy(() -> Policy.fromJson(json))
                .isInstanceOf(PolicyException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"index.green\": }", "{\"index.green\": 0.97", "{index.green: 0.97}",
        "{'index.green': 0.97}", "{\"index.green\": NaN}", "{\"index.green\": 0.97,}", "{} {}", "{\"a\": 1} x"})
    void withJson_refusesMalformedJson(String json) {
        assertThatThrownBy(() -> Policy.fromJson(json))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("policy JSON is malformed: ");
    }

    @Test
    void withJson_refusesAKeyGivenTwice() {
        assertThatThrownBy(() -> Policy.fromJson("{\"index.green\": 0.97, \"index.green\": 0.98}"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policy JSON is malformed: Duplicate field 'index.green'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "[]", "[{\"index.green\": 0.97}]", "0.97", "\"index.green\"", "null", "true"})
    void withJson_refusesAnythingButAnObject(String json) {
        assertThatThrownBy(() -> Policy.fromJson(json))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policy JSON must be an object of \"key\": value pairs");
    }

    @Test
    void withJson_refusesNull() {
        assertThatThrownBy(() -> Policy.fromJson(null)).isInstanceOf(NullPointerException.class).hasMessage("json");
    }

    @Test
    void withJson_leavesThePolicyAsItWas_whenRefused() {
        Policy before = Policy.fromJson("{\"index.green\": 0.97}");

        catchThrowable(() -> before.withJson("{\"risk.reviewDays\": 14, \"index.green\": 20}"));

        assertThat(before.get(PolicyKeys.RISK_REVIEW_DAYS)).isEqualTo(30);
        assertThat(before.overrides()).containsOnlyKeys("index.green");
    }

    // ---- overrides in code -----------------------------------------------------------------

    @Test
    void with_overridesOneKey() {
        Policy p = Policy.defaults().with(PolicyKeys.CHANGE_QUORUM, 5).with(PolicyKeys.TCPI_MAX, new BigDecimal("1.2"));

        assertThat(p.get(PolicyKeys.CHANGE_QUORUM)).isEqualTo(5);
        assertThat(p.get(PolicyKeys.TCPI_MAX)).isEqualByComparingTo("1.2");
        assertThat(p.getDouble(PolicyKeys.TCPI_MAX)).isEqualTo(1.2);
        assertThat(p.overrides()).containsExactly(Map.entry("change.ccb.quorum", 5),
                Map.entry("evm.tcpi.max", new BigDecimal("1.2")));
        assertThat(Policy.defaults().get(PolicyKeys.CHANGE_QUORUM)).isEqualTo(3);
    }

    @Test
    void with_acceptsTheEndsOfTheRange() {
        assertThat(Policy.defaults().with(PolicyKeys.RISK_REVIEW_DAYS, 1).get(PolicyKeys.RISK_REVIEW_DAYS)).isEqualTo(1);
        assertThat(Policy.defaults().with(PolicyKeys.RISK_REVIEW_DAYS, 3650).get(PolicyKeys.RISK_REVIEW_DAYS))
                .isEqualTo(3650);
    }

    @Test
    void with_refusesAValueOutOfRange() {
        assertThatThrownBy(() -> Policy.defaults().with(PolicyKeys.RISK_REVIEW_DAYS, 0))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policy risk.reviewDays must be 1 to 3650: 0");
    }

    @Test
    void with_refusesContradictingThresholds() {
        assertThatThrownBy(() -> Policy.defaults().with(PolicyKeys.INDEX_AMBER, new BigDecimal("0.99")))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policy index.amber (0.99) must not be above index.green (0.95)");
    }

    @Test
    void with_refusesAKeyThatIsNotOneOfPolicyKeys() {
        PolicyKey<BigDecimal> lookalike = PolicyKey.decimal("index.green", "0.95", "0", "10",
                Text.of("impostor", "冒充"), "test");

        assertThatThrownBy(() -> Policy.defaults().with(lookalike, new BigDecimal("0.97")))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policy key index.green is not one of PolicyKeys");
    }

    @Test
    void with_refusesNull() {
        assertThatThrownBy(() -> Policy.defaults().with(null, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("key");
        assertThatThrownBy(() -> Policy.defaults().with(PolicyKeys.RISK_REVIEW_DAYS, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("value");
        assertThatThrownBy(() -> Policy.defaults().get(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("key");
    }

    @Test
    void key_findsEveryKeyByName() {
        for (PolicyKey<?> key : PolicyKeys.ALL) {
            assertThat(Policy.key(key.name())).containsSame(key);
        }
        assertThat(Policy.key("index.gren")).isEmpty();
    }

    // ---- equality --------------------------------------------------------------------------

    @Test
    void equality_isByEffectiveValue() {
        Policy fromCode = Policy.defaults().with(PolicyKeys.INDEX_GREEN, new BigDecimal("0.97"));
        Policy fromJson = Policy.fromJson("{\"index.green\": 0.970}");

        assertThat(fromJson).isEqualTo(fromCode).hasSameHashCodeAs(fromCode);
        assertThat(fromJson).isNotEqualTo(Policy.defaults());
        assertThat(Policy.fromJson("{\"index.green\": 0.96}")).isNotEqualTo(fromCode);
    }

    @Test
    void equality_ignoresAnOverrideThatRepeatsTheDefault() {
        Policy same = Policy.fromJson("{\"index.green\": 0.950, \"risk.reviewDays\": 30}");

        assertThat(same).isEqualTo(Policy.defaults()).hasSameHashCodeAs(Policy.defaults());
        assertThat(same.overrides()).hasSize(2);
    }

    @Test
    void equality_ignoresTheOrderOfOverrides() {
        Policy a = Policy.fromJson("{\"index.green\": 0.97, \"risk.reviewDays\": 14}");
        Policy b = Policy.fromJson("{\"risk.reviewDays\": 14, \"index.green\": 0.97}");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo("Policy[defaults]");
    }

    // ---- properties ------------------------------------------------------------------------

    /** A key and a value within its range. */
    record DecimalOverride(PolicyKey<BigDecimal> key, BigDecimal value) {
    }

    /**
     * Any in-range value of a decimal key, written into JSON as {@code String.valueOf(value)}, reads
     * back as that value; or, when it contradicts another threshold, is refused exactly as the same
     * override in code is.
     */
    @Property(tries = 2000)
    void withJson_roundTripsAnyInRangeDecimal(@ForAll("decimalOverrides") DecimalOverride o) {
        String json = "{\"" + o.key().name() + "\": " + String.valueOf(o.value()) + "}";
        Throwable inCode = catchThrowable(() -> Policy.defaults().with(o.key(), o.value()));

        if (inCode == null) {
            Policy p = Policy.defaults().withJson(json);
            assertThat(p.get(o.key())).isEqualByComparingTo(o.value());
            assertThat(p).isEqualTo(Policy.defaults().with(o.key(), o.value()));
        } else {
            assertThat(inCode).isInstanceOf(PolicyException.class).hasMessageContaining("must not be above");
            assertThatThrownBy(() -> Policy.defaults().withJson(json))
                    .isInstanceOf(PolicyException.class)
                    .hasMessage(inCode.getMessage());
        }
    }

    /** Likewise for whole-number keys. */
    @Property(tries = 1000)
    void withJson_roundTripsAnyInRangeInteger(@ForAll("integerOverrides") Map.Entry<PolicyKey<Integer>, Integer> o) {
        String json = "{\"" + o.getKey().name() + "\": " + o.getValue() + "}";
        Throwable inCode = catchThrowable(() -> Policy.defaults().with(o.getKey(), o.getValue()));

        if (inCode == null) {
            assertThat(Policy.defaults().withJson(json).get(o.getKey())).isEqualTo(o.getValue());
        } else {
            assertThatThrownBy(() -> Policy.defaults().withJson(json)).hasMessage(inCode.getMessage());
        }
    }

    @Provide
    Arbitrary<DecimalOverride> decimalOverrides() {
        List<PolicyKey<BigDecimal>> keys = new ArrayList<>();
        for (PolicyKey<?> key : PolicyKeys.ALL) {
            if (key.type() == BigDecimal.class) {
                @SuppressWarnings("unchecked")
                PolicyKey<BigDecimal> decimal = (PolicyKey<BigDecimal>) key;
                keys.add(decimal);
            }
        }
        return Arbitraries.of(keys).flatMap(key -> Combinators.combine(
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as((scale, seed) -> new DecimalOverride(key, valueIn(key, scale, seed))));
    }

    @Provide
    Arbitrary<Map.Entry<PolicyKey<Integer>, Integer>> integerOverrides() {
        List<PolicyKey<Integer>> keys = new ArrayList<>();
        for (PolicyKey<?> key : PolicyKeys.ALL) {
            if (key.type() == Integer.class) {
                @SuppressWarnings("unchecked")
                PolicyKey<Integer> integer = (PolicyKey<Integer>) key;
                keys.add(integer);
            }
        }
        return Arbitraries.of(keys).flatMap(key -> {
            String[] range = key.range().split(" to ");
            return Arbitraries.integers().between(Integer.parseInt(range[0]), Integer.parseInt(range[1]))
                    .map(value -> Map.entry(key, value));
        });
    }

    /** A value of the given scale spread over the key's range, ends included. */
    private static BigDecimal valueIn(PolicyKey<BigDecimal> key, int scale, int seed) {
        String[] range = key.range().split(" to ");
        BigDecimal min = new BigDecimal(range[0]);
        BigDecimal max = new BigDecimal(range[1]);
        if (seed % 10 == 0) {
            return seed % 20 == 0 ? min : max;
        }
        BigDecimal fraction = BigDecimal.valueOf(seed % 1_000_000, 6);
        BigDecimal value = min.add(max.subtract(min).multiply(fraction))
                .setScale(scale, RoundingMode.DOWN);
        return value.max(min).min(max);
    }
}
