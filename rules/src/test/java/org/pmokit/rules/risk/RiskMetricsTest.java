package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.risk.RiskFixtures.cny;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.project;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleInput;

class RiskMetricsTest {

    // T1: 0.3 x 500,000.00 -> -150,000.00, score 2 x 5 = 10 medium; O1: 0.3 x 200,000.00 -> +60,000.00, score 10 medium.
    private static final Project PROJECT = project(
            threat("T1").category(RiskCategory.TECHNICAL).probability("0.3").cost("500000.00").build(),
            opportunity("O1").category(RiskCategory.FINANCIAL).probability("0.3").cost("200000.00").build());

    private static Map<String, MetricValue> metrics(Project p) {
        return RiskMetrics.instance().metrics(new RuleInput(p, EvaluationContext.of(p)));
    }

    @Test
    void publishesTheEmvTotals_asAmounts() {
        assertThat(metrics(PROJECT))
                .containsEntry("risk.emv.total", new MetricValue.Amount(cny("-90000.00")))
                .containsEntry("risk.emv.threats", new MetricValue.Amount(cny("-150000.00")))
                .containsEntry("risk.emv.opportunities", new MetricValue.Amount(cny("60000.00")));
    }

    @Test
    void publishesTheCountOfEveryBand() {
        assertThat(metrics(PROJECT))
                .containsEntry("risk.count.critical", new MetricValue.Quantity(0, "risks"))
                .containsEntry("risk.count.high", new MetricValue.Quantity(0, "risks"))
                .containsEntry("risk.count.medium", new MetricValue.Quantity(2, "risks"))
                .containsEntry("risk.count.low", new MetricValue.Quantity(0, "risks"))
                .containsEntry("risk.count.minimal", new MetricValue.Quantity(0, "risks"));
    }

    @Test
    void publishesTheExposureOfEveryCategory() {
        assertThat(metrics(PROJECT))
                .containsEntry("risk.exposure.TECHNICAL", new MetricValue.Amount(cny("150000.00")))
                .containsEntry("risk.exposure.FINANCIAL", new MetricValue.Amount(cny("60000.00")))
                .containsEntry("risk.exposure.SECURITY", new MetricValue.Amount(cny("0.00")))
                .hasSize(3 + RiskBand.values().length + RiskCategory.values().length);
    }

    @Test
    void keys_nameTheBandInLowerCase_andTheCategoryAsInTheDocument() {
        assertThat(RiskMetrics.countKey(RiskBand.CRITICAL)).isEqualTo("risk.count.critical");
        assertThat(RiskMetrics.exposureKey(RiskCategory.VENDOR)).isEqualTo("risk.exposure.VENDOR");
    }

    @Test
    void map_isInPublishingOrder_andBehavesAsALinkedHashMapOfTheSameEntries() {
        Map<String, MetricValue> m = metrics(PROJECT);
        Map<String, MetricValue> copy = new LinkedHashMap<>(m);

        assertThat(m.keySet()).containsExactly("risk.emv.total", "risk.emv.threats", "risk.emv.opportunities",
                "risk.count.critical", "risk.count.high", "risk.count.medium", "risk.count.low", "risk.count.minimal",
                "risk.exposure.TECHNICAL", "risk.exposure.OPERATIONAL", "risk.exposure.RESOURCE",
                "risk.exposure.COMPLIANCE", "risk.exposure.SECURITY", "risk.exposure.VENDOR", "risk.exposure.SCHEDULE",
                "risk.exposure.FINANCIAL");
        assertThat(m).isEqualTo(copy);
        assertThat(copy).isEqualTo(m);
        assertThat(m.hashCode()).isEqualTo(copy.hashCode());
        assertThat(m.toString()).isEqualTo(copy.toString());
        assertThat(m.get("risk.count.medium")).isEqualTo(new MetricValue.Quantity(2, "risks"));
        assertThat(m.get("risk.count.none")).isNull();
        assertThat(m.containsKey("risk.emv.total")).isTrue();
        assertThat(m.containsKey(null)).isFalse();
    }

    @Test
    void map_cannotBeChanged() {
        Map<String, MetricValue> m = metrics(PROJECT);

        assertThatThrownBy(() -> m.put("risk.emv.total", new MetricValue.Quantity(1, "risks")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.entrySet().iterator().next().setValue(null))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
        Iterator<Map.Entry<String, MetricValue>> all = m.entrySet().iterator();
        for (int i = 0; i < m.size(); i++) {
            all.next();
        }
        assertThatThrownBy(all::next).isInstanceOf(NoSuchElementException.class);
    }
}
