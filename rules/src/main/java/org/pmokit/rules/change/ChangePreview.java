package org.pmokit.rules.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;

/**
 * What a change request would do, measured before it is approved ({@link ImpactPreview}): the
 * forecast finish before and after (and the move in working days), the critical activities before
 * and after, BAC and EAC before and after, the cost delta (BAC after - BAC before) and the share of
 * the contingency reserve it would use. A figure that cannot be computed is
 * {@link MetricValue.Undefined} with the reason.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param change the change request
 * @param statusDate the status date of the preview
 * @param finishBefore the forecast finish date without the change
 * @param finishAfter the forecast finish date with it
 * @param finishDelta the move of the forecast finish in working days, later = positive
 * @param criticalBefore the critical activities without the change, in project order
 * @param criticalAfter the critical activities with it, in project order
 * @param bacBefore the budget at completion without the change
 * @param bacAfter the budget at completion with it, as a new baseline would hold it
 * @param eacBefore the estimate at completion without the change
 * @param eacAfter the estimate at completion with it
 * @param costDelta BAC after - BAC before
 * @param reserveConsumed the cost delta as a fraction of the contingency reserve
 */
public record ChangePreview(ChangeRequestId change, LocalDate statusDate, LocalDate finishBefore, LocalDate finishAfter,
        int finishDelta, List<ActivityId> criticalBefore, List<ActivityId> criticalAfter, MetricValue bacBefore,
        MetricValue bacAfter, MetricValue eacBefore, MetricValue eacAfter, MetricValue costDelta,
        MetricValue reserveConsumed) {

    /**
     * Checks and copies the parts.
     *
     * @param change the change request
     * @param statusDate the status date
     * @param finishBefore the finish before
     * @param finishAfter the finish after
     * @param finishDelta the move in working days
     * @param criticalBefore the critical activities before
     * @param criticalAfter the critical activities after
     * @param bacBefore BAC before
     * @param bacAfter BAC after
     * @param eacBefore EAC before
     * @param eacAfter EAC after
     * @param costDelta the cost delta
     * @param reserveConsumed the share of the reserve
     */
    public ChangePreview {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(statusDate, "statusDate");
        Objects.requireNonNull(finishBefore, "finishBefore");
        Objects.requireNonNull(finishAfter, "finishAfter");
        criticalBefore = List.copyOf(criticalBefore);
        criticalAfter = List.copyOf(criticalAfter);
        Objects.requireNonNull(bacBefore, "bacBefore");
        Objects.requireNonNull(bacAfter, "bacAfter");
        Objects.requireNonNull(eacBefore, "eacBefore");
        Objects.requireNonNull(eacAfter, "eacAfter");
        Objects.requireNonNull(costDelta, "costDelta");
        Objects.requireNonNull(reserveConsumed, "reserveConsumed");
    }

    /**
     * Returns the activities that the change puts on the critical path.
     *
     * @return the activities critical after but not before, in project order
     */
    public List<ActivityId> joinsCriticalPath() {
        return minus(criticalAfter, criticalBefore);
    }

    /**
     * Returns the activities that the change takes off the critical path (or removes).
     *
     * @return the activities critical before but not after
     */
    public List<ActivityId> leavesCriticalPath() {
        return minus(criticalBefore, criticalAfter);
    }

    private static List<ActivityId> minus(List<ActivityId> a, List<ActivityId> b) {
        Set<ActivityId> drop = new HashSet<>(b);
        List<ActivityId> out = new ArrayList<>();
        for (ActivityId id : a) {
            if (!drop.contains(id)) {
                out.add(id);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the preview in one sentence per language, such as "CR2: forecast finish 2026-09-29 to
     * 2026-10-19 (+8 working days); joins the critical path: A6b; BAC CNY 8,000,000.00 to CNY
     * 8,350,000.00; EAC ...; uses 25% of the contingency reserve".
     *
     * @return the summary
     */
    public Text summary() {
        Text days = Words.workingDays(finishDelta);
        StringBuilder en = new StringBuilder(change + ": forecast finish " + finishBefore + " to " + finishAfter + " ("
                + days.english() + ")");
        StringBuilder zh = new StringBuilder(change + "：预测完工日期 " + finishBefore + " 变为 " + finishAfter + "（"
                + days.chinese() + "）");
        List<ActivityId> joins = joinsCriticalPath();
        if (!joins.isEmpty()) {
            en.append("; joins the critical path: ").append(ids(joins, ", "));
            zh.append("；进入关键路径：").append(ids(joins, "、"));
        }
        List<ActivityId> leaves = leavesCriticalPath();
        if (!leaves.isEmpty()) {
            en.append("; leaves the critical path: ").append(ids(leaves, ", "));
            zh.append("；离开关键路径：").append(ids(leaves, "、"));
        }
        Text bac = change(bacBefore, bacAfter);
        Text eac = change(eacBefore, eacAfter);
        en.append("; BAC ").append(bac.english()).append("; EAC ").append(eac.english());
        zh.append("；完工预算 ").append(bac.chinese()).append("；完工估算 ").append(eac.chinese());
        if (reserveConsumed instanceof MetricValue.Ratio r) {
            String share = Words.percent(java.math.BigDecimal.valueOf(r.value()).setScale(4, java.math.RoundingMode.HALF_EVEN));
            en.append("; uses ").append(share).append(" of the contingency reserve");
            zh.append("；占用应急储备的 ").append(share);
        }
        return Text.of(en.toString(), zh.toString());
    }

    private static String ids(List<ActivityId> ids, String separator) {
        return String.join(separator, ids.stream().map(Object::toString).toList());
    }

    private static Text change(MetricValue before, MetricValue after) {
        Text b = shown(before);
        Text a = shown(after);
        return Text.of(b.english() + " to " + a.english(), b.chinese() + " 变为 " + a.chinese());
    }

    private static Text shown(MetricValue value) {
        if (value instanceof MetricValue.Amount a) {
            String money = Words.money(a.money());
            return Text.of(money, money);
        }
        if (value instanceof MetricValue.Undefined u) {
            return Text.of("undefined (" + u.reason().english() + ")", "无法计算（" + u.reason().chinese() + "）");
        }
        return Text.of(value.toString(), value.toString());
    }
}
