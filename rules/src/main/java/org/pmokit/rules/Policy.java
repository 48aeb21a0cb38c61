package org.pmokit.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every threshold the rules use, each with a documented default ({@link PolicyKeys}) that a host
 * may override key by key, in code with {@link #with(PolicyKey, Comparable)} or from a JSON object
 * of {@code "key": value} pairs with {@link #withJson(String)}.
 *
 * <p>A key the policy does not know, a value of the wrong type or outside the key's range, and
 * thresholds that contradict each other (an amber band inside the green one) are refused with a
 * {@link PolicyException} that names the key.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Policy {

    private static final Map<String, PolicyKey<?>> KEYS = index();
    private static final Policy DEFAULTS = new Policy(Map.of());
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // keep 3.0 as written, so that a message about it shows what the reader wrote
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** The overridden keys only; everything else is the key's default. */
    private final Map<PolicyKey<?>, Object> overrides;

    private Policy(Map<PolicyKey<?>, Object> overrides) {
        this.overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    private static Map<String, PolicyKey<?>> index() {
        Map<String, PolicyKey<?>> keys = new HashMap<>();
        for (PolicyKey<?> key : PolicyKeys.ALL) {
            if (keys.put(key.name(), key) != null) {
                throw new IllegalStateException("two policy keys are named " + key.name());
            }
        }
        return Map.copyOf(keys);
    }

    /**
     * Returns the policy with every default.
     *
     * @return the default policy
     */
    public static Policy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the default policy with the overrides of a JSON object.
     *
     * @param json such as {@code {"index.green": 0.97, "risk.reviewDays": 14}}
     * @return the policy
     * @throws PolicyException if the JSON is not an object of known keys with valid values
     */
    public static Policy fromJson(String json) {
        return DEFAULTS.withJson(json);
    }

    /**
     * Returns the key with the given name.
     *
     * @param name such as {@code index.green}
     * @return the key, or empty if there is none
     */
    public static Optional<PolicyKey<?>> key(String name) {
        return Optional.ofNullable(KEYS.get(name));
    }

    /**
     * Returns the value of a key: its override, or its default.
     *
     * @param <T> the value's type
     * @param key the key
     * @return the value
     */
    public <T extends Comparable<T>> T get(PolicyKey<T> key) {
        Objects.requireNonNull(key, "key");
        if (overrides.isEmpty()) { // the default policy: no lookup
            return key.defaultValue();
        }
        Object value = overrides.get(key);
        return value == null ? key.defaultValue() : key.type().cast(value);
    }

    /**
     * Returns a decimal value as a double, for comparisons with ratios.
     *
     * @param key the key
     * @return the value
     */
    public double getDouble(PolicyKey<BigDecimal> key) {
        return get(key).doubleValue();
    }

    /**
     * Returns this policy with one key overridden. The thresholds are checked against each other
     * at once, so to move related thresholds past each other (both index bands, say) use
     * {@link #withJson(String)}, which checks them after applying every override.
     *
     * @param <T> the value's type
     * @param key the key
     * @param value the new value
     * @return the changed policy
     * @throws PolicyException if the value is outside the key's range or contradicts another threshold
     */
    public <T extends Comparable<T>> Policy with(PolicyKey<T> key, T value) {
        Policy policy = withUnchecked(key, value);
        policy.checkConsistent();
        return policy;
    }

    /** Overrides one key after checking its range, but not its consistency with the others. */
    private <T extends Comparable<T>> Policy withUnchecked(PolicyKey<T> key, T value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (KEYS.get(key.name()) != key) {
            throw new PolicyException("policy key " + key.name() + " is not one of PolicyKeys");
        }
        if (!key.accepts(value)) {
            throw new PolicyException("policy " + key.name() + " must be " + key.range() + ": " + value);
        }
        Map<PolicyKey<?>, Object> changed = new LinkedHashMap<>(overrides);
        changed.put(key, value);
        return new Policy(changed);
    }

    /**
     * Returns this policy with the overrides of a JSON object. Each value is checked against its
     * key's type and range; the thresholds are checked against each other once all are applied, so
     * the order of the keys does not matter.
     *
     * @param json a JSON object of {@code "key": value} pairs
     * @return the changed policy
     * @throws PolicyException if the JSON is malformed, a key is unknown or repeated, or a value
     *     has the wrong type, is out of range or contradicts another threshold
     */
    public Policy withJson(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PolicyException("policy JSON is malformed: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new PolicyException("policy JSON must be an object of \"key\": value pairs");
        }
        Policy policy = this;
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            PolicyKey<?> key = KEYS.get(field.getKey());
            if (key == null) {
                throw new PolicyException("unknown policy key: " + field.getKey());
            }
            policy = policy.withNode(key, field.getValue());
        }
        policy.checkConsistent();
        return policy;
    }

    private Policy withNode(PolicyKey<?> key, JsonNode node) {
        if (key.type() == Integer.class) {
            if (!node.isIntegralNumber()) {
                throw new PolicyException("policy " + key.name() + " must be a whole number, found " + describe(node));
            }
            if (!node.canConvertToInt()) {
                throw new PolicyException("policy " + key.name() + " must be " + key.range() + ": " + node.asText());
            }
            return withUnchecked(cast(key, Integer.class), node.intValue());
        }
        if (!node.isNumber()) {
            throw new PolicyException("policy " + key.name() + " must be a number, found " + describe(node));
        }
        return withUnchecked(cast(key, BigDecimal.class), node.decimalValue());
    }

    @SuppressWarnings("unchecked")
    private static <T extends Comparable<T>> PolicyKey<T> cast(PolicyKey<?> key, Class<T> type) {
        if (key.type() != type) {
            throw new IllegalStateException(key.name());
        }
        return (PolicyKey<T>) key;
    }

    private static String describe(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        String text = node.toString();
        return node.getNodeType().name().toLowerCase(Locale.ROOT) + " "
                + (text.length() <= 40 ? text : text.substring(0, 37) + "...");
    }

    private void checkConsistent() {
        ordered(PolicyKeys.DEVIATION_GREEN, PolicyKeys.DEVIATION_AMBER);
        ordered(PolicyKeys.INDEX_AMBER, PolicyKeys.INDEX_GREEN);
        ordered(PolicyKeys.CONTINGENCY_MIN, PolicyKeys.CONTINGENCY_MAX);
        ordered(PolicyKeys.BUFFER_MIN_DAYS, PolicyKeys.BUFFER_MAX_DAYS);
        ordered(PolicyKeys.PROBABILITY_LEVEL2, PolicyKeys.PROBABILITY_LEVEL3);
        ordered(PolicyKeys.PROBABILITY_LEVEL3, PolicyKeys.PROBABILITY_LEVEL4);
        ordered(PolicyKeys.PROBABILITY_LEVEL4, PolicyKeys.PROBABILITY_LEVEL5);
        ordered(PolicyKeys.BAND_LOW, PolicyKeys.BAND_MEDIUM);
        ordered(PolicyKeys.BAND_MEDIUM, PolicyKeys.BAND_HIGH);
        ordered(PolicyKeys.BAND_HIGH, PolicyKeys.BAND_CRITICAL);
        ordered(PolicyKeys.RESPONSE_CRITICAL_HOURS, PolicyKeys.RESPONSE_HIGH_HOURS);
        ordered(PolicyKeys.RESPONSE_HIGH_HOURS, PolicyKeys.RESPONSE_MEDIUM_HOURS);
        ordered(PolicyKeys.CHANGE_PM_COST, PolicyKeys.CHANGE_CCB_COST);
        ordered(PolicyKeys.CHANGE_PM_DAYS, PolicyKeys.CHANGE_CCB_DAYS);
        ordered(PolicyKeys.IMPACT_COST_LEVEL2, PolicyKeys.IMPACT_COST_LEVEL3);
        ordered(PolicyKeys.IMPACT_COST_LEVEL3, PolicyKeys.IMPACT_COST_LEVEL4);
        ordered(PolicyKeys.IMPACT_COST_LEVEL4, PolicyKeys.IMPACT_COST_LEVEL5);
        ordered(PolicyKeys.IMPACT_SCHEDULE_LEVEL2, PolicyKeys.IMPACT_SCHEDULE_LEVEL3);
        ordered(PolicyKeys.IMPACT_SCHEDULE_LEVEL3, PolicyKeys.IMPACT_SCHEDULE_LEVEL4);
        ordered(PolicyKeys.IMPACT_SCHEDULE_LEVEL4, PolicyKeys.IMPACT_SCHEDULE_LEVEL5);
    }

    private <T extends Comparable<T>> void ordered(PolicyKey<T> lower, PolicyKey<T> upper) {
        T low = get(lower);
        T high = get(upper);
        if (low.compareTo(high) > 0) {
            throw new PolicyException("policy " + lower.name() + " (" + low + ") must not be above " + upper.name()
                    + " (" + high + ")");
        }
    }

    /**
     * Returns the overridden keys and their values, in the order they were set.
     *
     * @return the overrides
     */
    public Map<String, Object> overrides() {
        Map<String, Object> named = new LinkedHashMap<>();
        overrides.forEach((k, v) -> named.put(k.name(), v));
        return Collections.unmodifiableMap(named);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Policy p && effective().equals(p.effective());
    }

    @Override
    public int hashCode() {
        return effective().hashCode();
    }

    private Map<String, Object> effective() {
        Map<String, Object> values = new HashMap<>();
        for (PolicyKey<?> key : PolicyKeys.ALL) {
            Object v = overrides.containsKey(key) ? overrides.get(key) : key.defaultValue();
            values.put(key.name(), v instanceof BigDecimal d ? d.stripTrailingZeros() : v);
        }
        return values;
    }

    /**
     * Returns the overrides, such as {@code Policy[defaults, index.green=0.97]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Policy[defaults");
        overrides().forEach((k, v) -> s.append(", ").append(k).append('=').append(v));
        return s.append(']').toString();
    }
}
