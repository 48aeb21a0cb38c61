package org.pmokit.rules.evm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntToLongFunction;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.ProjectId;
import org.pmokit.rules.Text;

/**
 * A project measured at one status date ({@link ProjectEvm#at(LocalDate)}): the {@link EvmFigures}
 * of the project, of each activity, of each node of the work breakdown structure and of each phase.
 *
 * <p>A WBS node is a prefix of WBS codes: node {@code 3.1} holds the activities {@code 3.1},
 * {@code 3.1.2}, {@code 3.1.2.4}, ...; its figures are the exact sums of theirs. A phase holds the
 * activities of that phase. Activities without a WBS code or a phase are in no node or phase, but
 * in the project. The earned schedule of an activity, node or phase is measured against its own
 * planned value curve, in working days from the project start, and its planned duration runs to its
 * last baseline finish.
 *
 * <p>The project's and the activities' sums are computed when the status is made; the figures of
 * activities, nodes and phases on each call.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvmStatus {

    private static final Comparator<String> WBS_ORDER = EvmStatus::compareWbs;

    private final ProjectEvm evm;
    private final PerformanceBaseline pmb;
    private final Ledger ledger;
    private final LocalDate statusDate;
    private final int at;
    private final long[] pv;
    private final long[] ev;
    private final long[] ac;
    private final boolean[] progressed;
    private final EvmFigures project;

    EvmStatus(ProjectEvm evm, LocalDate statusDate) {
        this.evm = evm;
        this.pmb = evm.baseline();
        this.ledger = evm.ledger();
        this.statusDate = statusDate;
        this.at = pmb.actualTime(statusDate);
        long day = statusDate.toEpochDay();
        int n = ledger.size();
        pv = new long[n];
        ev = new long[n];
        ac = new long[n];
        progressed = new boolean[n];
        for (int row = 0; row < n; row++) {
            if (row < pmb.size()) {
                pv[row] = pmb.rowAt(row, at, day);
            }
            int latest = ledger.latest(row, day);
            if (latest >= 0) {
                ev[row] = ledger.progressEarned[latest];
                progressed[row] = ledger.progressMade[latest];
            }
            ac[row] = ledger.actualCost(row, day);
        }
        this.project = figures(allRows(n), true);
    }

    private static int[] allRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /**
     * Returns the project's identifier.
     *
     * @return the project id
     */
    public ProjectId projectId() {
        return evm.projectId();
    }

    /**
     * Returns the department that owns the project, if known.
     *
     * @return the department
     */
    public Optional<String> department() {
        return evm.department();
    }

    /**
     * Returns the status date.
     *
     * @return the status date
     */
    public LocalDate statusDate() {
        return statusDate;
    }

    /**
     * Returns the figures of the whole project.
     *
     * @return the project's figures
     */
    public EvmFigures project() {
        return project;
    }

    /**
     * Returns the figures of one activity.
     *
     * @param id the activity
     * @return its figures, or empty if the project does not know it
     */
    public Optional<EvmFigures> activity(ActivityId id) {
        Integer row = ledger.rowOf.get(id);
        return row == null ? Optional.empty() : Optional.of(figures(new int[] {row}, false));
    }

    /**
     * Returns the figures of every activity, in the order of {@link ProjectEvm#activities()}.
     *
     * @return the figures by activity, unmodifiable
     */
    public Map<ActivityId, EvmFigures> activities() {
        Map<ActivityId, EvmFigures> all = new LinkedHashMap<>();
        for (int row = 0; row < ledger.size(); row++) {
            all.put(ledger.ids.get(row), figures(new int[] {row}, false));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * Returns the figures of every WBS node, in WBS order ({@code 1} &lt; {@code 1.1} &lt; {@code 1.2}
     * &lt; {@code 2} &lt; {@code 10}).
     *
     * @return the figures by WBS code, unmodifiable
     */
    public Map<String, EvmFigures> wbs() {
        Map<String, List<Integer>> nodes = new TreeMap<>(WBS_ORDER);
        for (int row = 0; row < ledger.size(); row++) {
            String code = ledger.wbs[row];
            if (code == null) {
                continue;
            }
            for (int dot = code.indexOf('.'); dot >= 0; dot = code.indexOf('.', dot + 1)) {
                nodes.computeIfAbsent(code.substring(0, dot), k -> new ArrayList<>()).add(row);
            }
            nodes.computeIfAbsent(code, k -> new ArrayList<>()).add(row);
        }
        Map<String, EvmFigures> all = new LinkedHashMap<>();
        nodes.forEach((code, rows) -> all.put(code, figures(toArray(rows), false)));
        return Collections.unmodifiableMap(all);
    }

    /**
     * Returns the figures of every phase that has an activity, in the life-cycle order.
     *
     * @return the figures by phase, unmodifiable
     */
    public Map<Phase, EvmFigures> phases() {
        Map<Phase, List<Integer>> groups = new EnumMap<>(Phase.class);
        for (int row = 0; row < ledger.size(); row++) {
            if (ledger.phases[row] != null) {
                groups.computeIfAbsent(ledger.phases[row], k -> new ArrayList<>()).add(row);
            }
        }
        Map<Phase, EvmFigures> all = new EnumMap<>(Phase.class);
        groups.forEach((phase, rows) -> all.put(phase, figures(toArray(rows), false)));
        return Collections.unmodifiableMap(all);
    }

    /**
     * Returns the activities with actual cost but no progress by the status date: cost booked (a
     * positive sum), while no progress record shows them started.
     *
     * @return the activity ids, in the order of {@link ProjectEvm#activities()}
     */
    public List<ActivityId> costWithoutProgress() {
        List<ActivityId> ids = new ArrayList<>();
        for (int row = 0; row < ledger.size(); row++) {
            if (ac[row] > 0 && !progressed[row]) {
                ids.add(ledger.ids.get(row));
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Returns the baselined activities with a budget that show progress by the status date (started,
     * or more than 0% complete) but have no actual cost (a sum of zero or less).
     *
     * @return the activity ids, in the order of {@link ProjectEvm#activities()}
     */
    public List<ActivityId> progressWithoutCost() {
        List<ActivityId> ids = new ArrayList<>();
        for (int row = 0; row < ledger.size(); row++) {
            if (progressed[row] && ac[row] <= 0 && ledger.budgets[row] > 0) {
                ids.add(ledger.ids.get(row));
            }
        }
        return List.copyOf(ids);
    }

    private static int[] toArray(List<Integer> rows) {
        int[] array = new int[rows.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = rows.get(i);
        }
        return array;
    }

    /** The figures of a group of rows; the whole project uses the baseline's profile for ES. */
    private EvmFigures figures(int[] rows, boolean whole) {
        long bac = 0;
        long pvSum = 0;
        long evSum = 0;
        long acSum = 0;
        int pd = 0;
        for (int row : rows) {
            bac += ledger.budgets[row];
            pvSum += pv[row];
            evSum += ev[row];
            acSum += ac[row];
            if (row < pmb.size()) {
                pd = Math.max(pd, pmb.finishOf(row));
            }
        }
        Text etcReason = null;
        long estimate = 0;
        if (!ledger.anyEstimate) {
            etcReason = Reasons.NO_ESTIMATES;
        } else {
            List<String> missing = new ArrayList<>();
            for (int row : rows) {
                if (ledger.hasEstimate[row]) {
                    estimate += ledger.estimates[row];
                } else if (ev[row] < ledger.budgets[row]) {
                    missing.add(ledger.ids.get(row).toString());
                }
            }
            if (!missing.isEmpty()) {
                etcReason = Reasons.missingEstimates(missing);
            }
        }
        Text esReason = null;
        double es = 0;
        if (bac == 0) {
            esReason = Reasons.NOTHING_BUDGETED;
        } else if (whole) {
            es = pmb.earnedSchedule(evSum);
        } else {
            IntToLongFunction curve = t -> {
                long sum = 0;
                for (int row : rows) {
                    if (row < pmb.size()) {
                        sum += pmb.rowThrough(row, t);
                    }
                }
                return sum;
            };
            es = EarnedSchedule.of(evSum, bac, pd, curve);
        }
        return new EvmFigures(pmb.currency(), bac, pvSum, evSum, acSum, evm.options().eacMethod(), estimate, etcReason,
                null, at, whole ? pmb.plannedDuration() : pd, es, esReason, pmb.index());
    }

    /**
     * Compares WBS codes segment by segment, numerically; a prefix comes first. Codes that are not
     * valid (the validator reports them) still compare consistently: different codes never compare
     * equal, so no node swallows another.
     */
    private static int compareWbs(String a, String b) {
        String[] x = a.split("\\.", -1);
        String[] y = b.split("\\.", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareNumbers(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(x.length, y.length);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int compareNumbers(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        int c = Integer.compare(x.length(), y.length());
        c = c != 0 ? c : x.compareTo(y);
        return c != 0 ? c : a.compareTo(b);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code EvmStatus[CRM-2026 at 2026-04-30: EvmFigures[...]]}
     */
    @Override
    public String toString() {
        return "EvmStatus[" + projectId() + " at " + statusDate + ": " + project + "]";
    }
}
