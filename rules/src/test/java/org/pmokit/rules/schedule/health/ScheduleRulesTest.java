package org.pmokit.rules.schedule.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.rules.Area;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleCatalog;
import org.pmokit.rules.StandardRules;

class ScheduleRulesTest {

    @Test
    void pack_holdsTheFourteenChecks_inOrder() {
        assertThat(ScheduleRules.pack().name()).isEqualTo("schedule");
        assertThat(ScheduleRules.pack().rules()).extracting(r -> r.info().id()).containsExactly("DCMA-001",
                "DCMA-002", "DCMA-003", "DCMA-004", "DCMA-005", "DCMA-006", "DCMA-007", "DCMA-008", "DCMA-009",
                "DCMA-010", "DCMA-011", "DCMA-012", "DCMA-013", "DCMA-014");
        for (Rule r : ScheduleRules.pack().rules()) {
            assertThat(r.info().area()).isEqualTo(Area.SCHEDULE);
            assertThat(r.info().title().english()).isNotBlank();
            assertThat(r.info().title().chinese()).isNotBlank();
        }
        assertThat(ScheduleRules.pack().metrics()).hasSize(1);
    }

    @Test
    void standardRules_holdTheSchedulePack_andMile009() {
        List<String> ids = RuleCatalog.ids(StandardRules.all());
        assertThat(ids).contains("DCMA-001", "DCMA-014", "MILE-009").doesNotHaveDuplicates();
    }
}
