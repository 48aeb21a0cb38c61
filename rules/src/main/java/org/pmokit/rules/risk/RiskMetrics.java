package org.pmokit.rules.risk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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

    /** {@link #countKey} of every band, built once. */
    private static final Map<RiskBand, String> COUNT_KEYS = keys(RiskBand.class, RiskMetrics::countKey);

    /** {@link #exposureKey} of every category, built once. */
    private static final Map<RiskCategory, String> EXPOSURE_KEYS = keys(RiskCategory.class, RiskMetrics::exposureKey);

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

    private static <E extends Enum<E>> Map<E, String> keys(Class<E> type, Function<E, String> key) {
        Map<E, String> keys = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            keys.put(e, key.apply(e));
        }
        return Collections.unmodifiableMap(keys);
    }

    @Override
    public Map<String, MetricValue> metrics(RuleInput input) {
        Objects.requireNonNull(input, "input");
        RiskAssessment a = input.get(RiskAnalysis.INSTANCE);
        Map<String, MetricValue> m = new LinkedHashMap<>();
        m.put(EMV_TOTAL, new MetricValue.Amount(a.emvTotal()));
        m.put(EMV_THREATS, new MetricValue.Amount(a.emvThreats()));
        m.put(EMV_OPPORTUNITIES, new MetricValue.Amount(a.emvOpportunities()));
        a.countsByBand().forEach((band, n) -> m.put(COUNT_KEYS.get(band), new MetricValue.Quantity(n, "risks")));
        a.exposure().forEach((category, amount) -> m.put(EXPOSURE_KEYS.get(category), new MetricValue.Amount(amount)));
        return m;
    }
}
