package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ActivityId;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;

class ChangePreviewTest {

    private static List<ActivityId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(ActivityId::of).toList();
    }

    private static ChangePreview preview(List<ActivityId> before, List<ActivityId> after, int delta) {
        MetricValue undefined = new MetricValue.Undefined(Text.of("no baseline", "没有基线"));
        return new ChangePreview(ChangeFixtures.CR1, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 30),
                LocalDate.of(2026, 1, 28), delta, before, after, undefined, undefined, undefined, undefined, undefined,
                undefined);
    }

    @Test
    void joinsAndLeaves_theCriticalPath_inProjectOrder() {
        ChangePreview p = preview(ids("A1", "A2", "A3"), ids("A1", "A4", "A3", "A5"), -2);

        assertThat(p.joinsCriticalPath()).isEqualTo(ids("A4", "A5"));
        assertThat(p.leavesCriticalPath()).isEqualTo(ids("A2"));
        assertThat(p.summary()).isEqualTo(Text.of("CR1: forecast finish 2026-01-30 to 2026-01-28 (-2 working days);"
                + " joins the critical path: A4, A5; leaves the critical path: A2; BAC undefined (no baseline) to undefined"
                + " (no baseline); EAC undefined (no baseline) to undefined (no baseline)",
                "CR1：预测完工日期 2026-01-30 变为 2026-01-28（-2 个工作日）；进入关键路径：A4、A5；离开关键路径：A2；"
                        + "完工预算 无法计算（没有基线） 变为 无法计算（没有基线）；完工估算 无法计算（没有基线） 变为 无法计算（没有基线）"));
    }

    @Test
    void copiesTheLists() {
        List<ActivityId> before = new ArrayList<>(ids("A1"));
        ChangePreview p = preview(before, ids("A1"), 0);

        before.clear();

        assertThat(p.criticalBefore()).isEqualTo(ids("A1"));
        assertThat(p.joinsCriticalPath()).isEmpty();
    }
}
