package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulePackTest {

    private static final Rule MINE = Fixtures.silent("TEST-001", "test", Area.GOALS);
    private static final Rule OTHERS = Fixtures.silent("OTHER-001", "other", Area.RISK);

    @Test
    void constructor_acceptsRulesOfThePack() {
        MetricSource source = input -> Map.of();
        RulePack pack = new RulePack("test", List.of(MINE), List.of(source));

        assertThat(pack.name()).isEqualTo("test");
        assertThat(pack.rules()).containsExactly(MINE);
        assertThat(pack.metrics()).containsExactly(source);
    }

    @Test
    void constructor_refusesARuleOfAnotherPack() {
        assertThatThrownBy(() -> new RulePack("test", List.of(MINE, OTHERS), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule OTHER-001 belongs to pack other, not test");
    }

    @Test
    void constructor_copiesTheLists() {
        List<Rule> rules = new ArrayList<>(List.of(MINE));
        List<MetricSource> metrics = new ArrayList<>();
        RulePack pack = new RulePack("test", rules, metrics);

        rules.add(Fixtures.silent("TEST-002", "test", Area.GOALS));
        metrics.add(input -> Map.of());

        assertThat(pack.rules()).containsExactly(MINE);
        assertThat(pack.metrics()).isEmpty();
        assertThatThrownBy(() -> pack.rules().add(MINE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructor_acceptsAnEmptyPack() {
        assertThat(new RulePack("empty", List.of(), List.of()).rules()).isEmpty();
    }

    @Test
    void constructor_refusesNull() {
        assertThatThrownBy(() -> new RulePack(null, List.of(), List.of())).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> new RulePack("test", null, List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RulePack("test", List.of(), null)).isInstanceOf(NullPointerException.class);
    }
}
