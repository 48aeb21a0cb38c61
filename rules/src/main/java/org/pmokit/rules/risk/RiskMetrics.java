package org.pmokit.rules.risk;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.rules.MetricSource;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleInput;

/**
 * Publishes the metrics of the risk pack from {@link RiskAnalysis}, over the open risks:
 *
 * <ul>
 *   <li>{@code risk.emv.total}, {@code risk.emv.threats}, {@code risk.emv.opportunities}: the EMV
 *       sums, as amounts (threats negative);
 *   <li>{@code risk.count.<band>}, such as {@code risk.count.critical}: how many open risks each
 *       band holds, every band, as a quantity in {@code risks};
 *   <li>{@code risk.exposure.<CATEGORY>}, such as {@code risk.exposure.TECHNICAL}: the sum of
 *       |EMV| of the category's open risks, every category, as an amount.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RiskMetrics implements MetricSource {

    /** The net EMV of the open risks. */
    public static final String EMV_TOTAL = "risk.emv.total";
    /** The EMV of the open threats, zero or negative. */
    public static final String EMV_THREATS = "risk.emv.threats";
    /** The EMV of the open opportunities, zero or positive. */
    public static final String EMV_OPPORTUNITIES = "risk.emv.opportunities";

    private static final RiskMetrics INSTANCE = new RiskMetrics();

    private static final RiskBand[] BANDS = RiskBand.values();
    private static final RiskCategory[] CATEGORIES = RiskCategory.values();

    /**
     * Every key, in the order {@link #metrics} publishes them: the EMV sums, the counts of the
     * bands and the exposures of the categories, both in declaration order.
     */
    private static final String[] KEYS = keys();

    private static String[] keys() {
        String[] keys = new String[3 + BANDS.length + CATEGORIES.length];
        keys[0] = EMV_TOTAL;
        keys[1] = EMV_THREATS;
        keys[2] = EMV_OPPORTUNITIES;
        for (RiskBand band : BANDS) {
            keys[3 + band.ordinal()] = countKey(band);
        }
        for (RiskCategory category : CATEGORIES) {
            keys[3 + BANDS.length + category.ordinal()] = exposureKey(category);
        }
        return keys;
    }

    private RiskMetrics() {
    }

    /**
     * Returns the metric source.
     *
     * @return the one instance
     */
    public static RiskMetrics instance() {
        return INSTANCE;
    }

    /**
     * Returns the key of a band's count.
     *
     * @param band the band
     * @return such as {@code risk.count.critical}
     */
    public static String countKey(RiskBand band) {
        return "risk.count." + band.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the key of a category's exposure.
     *
     * @param category the category
     * @return such as {@code risk.exposure.TECHNICAL}
     */
    public static String exposureKey(RiskCategory category) {
        return "risk.exposure." + category.name();
    }

    @Override
    public Map<String, MetricValue> metrics(RuleInput input) {
        Objects.requireNonNull(input, "input");
        RiskAssessment a = input.get(RiskAnalysis.INSTANCE);
        MetricValue[] values = new MetricValue[KEYS.length];
        values[0] = new MetricValue.Amount(a.emvTotal());
        values[1] = new MetricValue.Amount(a.emvThreats());
        values[2] = new MetricValue.Amount(a.emvOpportunities());
        for (RiskBand band : BANDS) {
            values[3 + band.ordinal()] = new MetricValue.Quantity(a.count(band), "risks");
        }
        for (RiskCategory category : CATEGORIES) {
            values[3 + BANDS.length + category.ordinal()] = new MetricValue.Amount(a.exposure(category));
        }
        return new Published(values);
    }

    /**
     * The metrics of one project: {@link #KEYS} and the values beside them, read-only. It iterates,
     * compares, hashes and prints as a {@link java.util.LinkedHashMap} of the same entries would,
     * without a hash table or a node per entry: the engine only reads it once, in order.
     */
    private static final class Published extends AbstractMap<String, MetricValue> {

        private final MetricValue[] values;

        Published(MetricValue[] values) {
            this.values = values;
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public MetricValue get(Object key) {
            int i = indexOf(key);
            return i >= 0 ? values[i] : null;
        }

        private static int indexOf(Object key) {
            for (int i = 0; i < KEYS.length; i++) {
                if (KEYS[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public Set<Map.Entry<String, MetricValue>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return values.length;
                }

                @Override
                public Iterator<Map.Entry<String, MetricValue>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < values.length;
                        }

                        @Override
                        public Map.Entry<String, MetricValue> next() {
                            if (next >= values.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(KEYS[i], values[i]);
                        }
                    };
                }
            };
        }
    }
}
