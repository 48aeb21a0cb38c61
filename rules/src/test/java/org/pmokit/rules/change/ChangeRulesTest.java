package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.RulePack;
import org.pmokit.rules.Severity;
import org.pmokit.rules.StandardRules;
import org.pmokit.rules.Text;

class ChangeRulesTest {

    @Test
    void pack_hasTheSevenRules_withTitlesInBothLanguages() {
        RulePack pack = ChangeRules.pack();

        assertThat(pack.name()).isEqualTo("change");
        assertThat(pack.rules()).extracting(r -> r.info().id())
                .containsExactly("CHG-001", "CHG-002", "CHG-003", "CHG-004", "CHG-005", "CHG-006", "CHG-007");
        assertThat(pack.rules()).extracting(r -> r.info().defaultSeverity()).containsExactly(Severity.WARNING,
                Severity.WARNING, Severity.WARNING, Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR);
        for (Rule r : pack.rules()) {
            assertThat(r.info().title().english()).isNotBlank();
            assertThat(r.info().title().chinese()).isNotBlank();
        }
    }

    @Test
    void pack_isPartOfTheStandardRules() {
        assertThat(StandardRules.all().allRules()).extracting(r -> r.info().pack()).contains("change");
    }

    @Test
    void metrics_countTheWaitingChanges_andTheReserveConsumed() {
        // BAC 1,000,000; CR1 approved +44,000 of a 150,000 reserve = 29.33%
        var p = ChangeFixtures.approved().toBuilder()
                .changeRequest(ChangeFixtures.recorded("CR2", ChangeStatus.SUBMITTED, ChangeFixtures.impact("1.00", 0, false),
                        List.of(), List.of()))
                .build();

        Map<String, MetricValue> m = ChangeRules.pack().metrics().get(0)
                .metrics(new RuleInput(p, EvaluationContext.at(LocalDate.of(2026, 1, 30))));

        assertThat(m.get(ChangeRules.METRIC_AWAITING_DECISION)).isEqualTo(new MetricValue.Quantity(1, "change requests"));
        assertThat(m.get(ChangeRules.METRIC_APPROVED_GROWTH)).isEqualTo(new MetricValue.Amount(ChangeFixtures.cny("44000.00")));
        assertThat(m.get(ChangeRules.METRIC_RESERVE_CONSUMED)).isInstanceOfSatisfying(MetricValue.Ratio.class,
                r -> assertThat(r.value()).isCloseTo(44000.0 / 150000.0, org.assertj.core.data.Offset.offset(1e-12)));
    }

    @Test
    void metrics_areUndefined_withTheReason() {
        var noReserve = ChangeFixtures.approved().toBuilder()
                .budget(new org.pmokit.core.project.Budget(ChangeFixtures.cny("1.00"), java.util.Optional.empty(),
                        java.util.Optional.empty())).build();

        Map<String, MetricValue> m = ChangeRules.pack().metrics().get(0)
                .metrics(new RuleInput(noReserve, EvaluationContext.at(LocalDate.of(2026, 1, 30))));

        assertThat(m.get(ChangeRules.METRIC_RESERVE_CONSUMED))
                .isEqualTo(new MetricValue.Undefined(Text.of("no contingency reserve", "没有应急储备")));
    }
}
