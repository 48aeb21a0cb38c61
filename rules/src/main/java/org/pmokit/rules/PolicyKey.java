package org.pmokit.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One threshold of the {@link Policy}: its name in policy files, its type, its default, the range
 * of values it accepts, what it means and where the default comes from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the value: {@link Integer} or {@link BigDecimal}
 */
public final class PolicyKey<T extends Comparable<T>> {

    private final String name;
    private final Class<T> type;
    private final T defaultValue;
    private final T min;
    private final T max;
    private final Text description;
    private final String source;

    private PolicyKey(String name, Class<T> type, T defaultValue, T min, T max, Text description, String source) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.min = Objects.requireNonNull(min, "min");
        this.max = Objects.requireNonNull(max, "max");
        this.description = Objects.requireNonNull(description, "description");
        this.source = Objects.requireNonNull(source, "source");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("policy " + name + ": range " + range() + " is empty");
        }
        if (!accepts(defaultValue)) {
            throw new IllegalArgumentException("policy " + name + ": default " + defaultValue + " is outside " + range());
        }
    }

    /**
     * Returns a key whose value is a decimal number, such as a share or a rate.
     *
     * @param name the name in policy files
     * @param defaultValue the default, as a decimal string
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @param description what it means
     * @param source where the default comes from
     * @return the key
     */
    public static PolicyKey<BigDecimal> decimal(String name, String defaultValue, String min, String max,
            Text description, String source) {
        return new PolicyKey<>(name, BigDecimal.class, new BigDecimal(defaultValue), new BigDecimal(min),
                new BigDecimal(max), description, source);
    }

    /**
     * Returns a key whose value is a whole number, such as days or hours.
     *
     * @param name the name in policy files
     * @param defaultValue the default
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @param description what it means
     * @param source where the default comes from
     * @return the key
     */
    public static PolicyKey<Integer> integer(String name, int defaultValue, int min, int max, Text description,
            String source) {
        return new PolicyKey<>(name, Integer.class, defaultValue, min, max, description, source);
    }

    /**
     * Returns the name in policy files, such as {@code index.green}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the type of the value.
     *
     * @return {@code Integer.class} or {@code BigDecimal.class}
     */
    public Class<T> type() {
        return type;
    }

    /**
     * Returns the default value.
     *
     * @return the default
     */
    public T defaultValue() {
        return defaultValue;
    }

    /**
     * Returns what the key means.
     *
     * @return the description in both languages
     */
    public Text description() {
        return description;
    }

    /**
     * Returns where the default comes from.
     *
     * @return the source, such as {@code seed 002}
     */
    public String source() {
        return source;
    }

    /**
     * Returns whether a value is within the accepted range.
     *
     * @param value the value
     * @return true if accepted
     */
    public boolean accepts(T value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    /**
     * Returns the accepted range as text.
     *
     * @return such as {@code 0 to 1}
     */
    public String range() {
        return min + " to " + max;
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
