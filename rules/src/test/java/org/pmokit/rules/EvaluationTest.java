package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final RuleInfo GOALS = Fixtures.info("TEST-001", "test", Area.GOALS, Severity.WARNING);
    private static final RuleInfo RISK = Fixtures.info("TEST-002", "test", Area.RISK, Severity.CRITICAL);
    private static final Finding G1 = GOALS.finding("goals[G1]", Fixtures.text("g1"), Fixtures.text("fix"));
    private static final Finding R1 = RISK.finding("risks[R1]", Fixtures.text("r1"), Fixtures.text("fix"));
    private static final Finding R2 = RISK.finding("risks[R2]", Fixtures.text("r2"), Fixtures.text("fix"))
            .withSeverity(Severity.INFO);

    private static Map<Area, AreaStatus> allGreen() {
        Map<Area, AreaStatus> areas = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            areas.put(area, new AreaStatus(Optional.of(area), RagStatus.GREEN, Optional.empty()));
        }
        return areas;
    }

    private static final AreaStatus GREEN = new AreaStatus(Optional.empty(), RagStatus.GREEN, Optional.empty());

    private static Evaluation evaluation() {
        return new Evaluation(List.of(R1, G1, R2), new TreeMap<>(), allGreen(), GREEN);
    }

    @Test
    void findingsOf_givesOneRulesFindings_inOrder() {
        assertThat(evaluation().findingsOf("TEST-002")).containsExactly(R1, R2);
        assertThat(evaluation().findingsOf("TEST-001")).containsExactly(G1);
        assertThat(evaluation().findingsOf("TEST-009")).isEmpty();
    }

    @Test
    void findingsAtLeast_givesTheFindingsAtOrAboveASeverity() {
        assertThat(evaluation().findingsAtLeast(Severity.INFO)).containsExactly(R1, G1, R2);
        assertThat(evaluation().findingsAtLeast(Severity.WARNING)).containsExactly(R1, G1);
        assertThat(evaluation().findingsAtLeast(Severity.ERROR)).containsExactly(R1);
    }

    @Test
    void status_givesEachArea() {
        Map<Area, AreaStatus> areas = allGreen();
        AreaStatus red = new AreaStatus(Optional.of(Area.RISK), RagStatus.RED, Optional.of(R1));
        areas.put(Area.RISK, red);

        Evaluation evaluation = new Evaluation(List.of(R1), new TreeMap<>(), areas, red);

        assertThat(evaluation.status(Area.RISK)).isEqualTo(red);
        assertThat(evaluation.status(Area.GOALS).status()).isEqualTo(RagStatus.GREEN);
    }

    @Test
    void constructor_copiesEverything() {
        List<Finding> findings = new ArrayList<>(List.of(G1));
        TreeMap<String, MetricValue> metrics = new TreeMap<>(Map.of("a", new MetricValue.Ratio(1)));
        Map<Area, AreaStatus> areas = allGreen();
        Evaluation evaluation = new Evaluation(findings, metrics, areas, GREEN);

        findings.add(R1);
        metrics.put("b", new MetricValue.Ratio(2));
        areas.remove(Area.GOALS);

        assertThat(evaluation.findings()).containsExactly(G1);
        assertThat(evaluation.metrics()).containsOnlyKeys("a");
        assertThat(evaluation.areas()).hasSize(Area.values().length);
        assertThatThrownBy(() -> evaluation.metrics().put("c", new MetricValue.Ratio(3)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> evaluation.areas().remove(Area.RISK)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructor_needsAStatusForEveryArea() {
        Map<Area, AreaStatus> some = new HashMap<>(allGreen());
        some.remove(Area.CHANGE);

        assertThatThrownBy(() -> new Evaluation(List.of(), new TreeMap<>(), some, GREEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("an evaluation needs a status for every area: ");
        assertThatThrownBy(() -> new Evaluation(List.of(), new TreeMap<>(), Map.of(), GREEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an evaluation needs a status for every area: []");
    }

    @Test
    void constructor_namesAMissingPart() {
        assertThatThrownBy(() -> new Evaluation(null, new TreeMap<>(), allGreen(), GREEN))
                .isInstanceOf(NullPointerException.class).hasMessage("findings");
        assertThatThrownBy(() -> new Evaluation(List.of(), null, allGreen(), GREEN))
                .isInstanceOf(NullPointerException.class).hasMessage("metrics");
        assertThatThrownBy(() -> new Evaluation(List.of(), new TreeMap<>(), null, GREEN))
                .isInstanceOf(NullPointerException.class).hasMessage("areas");
        assertThatThrownBy(() -> new Evaluation(List.of(), new TreeMap<>(), allGreen(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("overall");
    }

    @Test
    void equality_isByValue() {
        assertThat(evaluation()).isEqualTo(evaluation()).hasSameHashCodeAs(evaluation());
        assertThat(evaluation()).isNotEqualTo(new Evaluation(List.of(R1), new TreeMap<>(), allGreen(), GREEN));
    }
}
