package org.pmokit.rules.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityConstraint;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ConstraintType;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.CalendarCoverageException;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.time.WorkingDayIndex;
import org.pmokit.core.validation.DependencyCycles;

/**
 * Compiles a project into a {@link ScheduleNetwork}: resolves the links through an {@link IdIndex},
 * sorts the activities into topological order (depth-first post-order), applies progress and
 * constraints as bounds, and lays the links out in compressed rows by topological position. Every
 * step is a loop over flat arrays, linear in activities plus links, without recursion.
 *
 * <p>This class is immutable and thread-safe.
 */
final class NetworkBuilder {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NetworkBuilder() {
    }

    static ScheduleNetwork build(Project project, WorkCalendar calendar, Optional<LocalDate> statusDate) {
        WorkingDayIndex days;
        try {
            days = calendar.index(project.start());
        } catch (CalendarCoverageException e) {
            throw new ScheduleInputException("project start " + project.start() + " is outside the calendar: "
                    + e.getMessage(), List.of());
        }
        List<Activity> activities = project.activities();
        int n = activities.size();
        Links links = Links.read(activities);
        ActivityId[] ids = links.ids;
        ActivityId[] duplicate = new ActivityId[1];
        IdIndex index = IdIndex.of(ids, duplicate);
        if (index == null) {
            throw new ScheduleInputException("two activities have the id " + duplicate[0], List.of());
        }
        links.resolve(index);
        int[] order = topologicalOrder(links, activities);
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order[p]] = p;
        }
        int dataDate = statusDate.isPresent()
                ? Days.finishCount(days, statusDate.get(), "status date")
                : ScheduleNetwork.NO_LOWER;
        ProgressRecord[] progress = statusDate.isPresent() ? latestProgress(project, statusDate.get(), index) : null;
        Bounds b = new Bounds(n);
        int floor = Math.max(0, dataDate);
        for (int p = 0; p < n; p++) {
            int i = order[p];
            ProgressRecord r = progress == null ? null : progress[i];
            if (r == null && !links.constrained[i]) {
                b.plain(p, links.duration[i], floor);
            } else {
                b.set(p, activities.get(i), r, statusDate.orElse(null), dataDate, floor, days);
            }
        }
        BaselineDays baseline = BaselineDays.of(project.currentBaseline(), index, n, days);
        int[][] laid = layOut(links, position, b);
        return ScheduleNetwork.assemble(project, days, statusDate, dataDate, ids, index, order, position,
                b.duration, b.span, b.state, b.minStart, b.minFinish, b.maxStart, b.maxFinish,
                laid[0], laid[1], laid[2], laid[3], baseline);
    }

    /**
     * Lays the links out by topological position, into each activity's start first, then into its
     * finish: counts per activity, then scatters, both passes reading the links in the project's
     * order. A link into an activity that has started is dropped (progress override); a link from a
     * finished activity becomes a fixed bound instead.
     *
     * @return {@code linkStart}, {@code linkMid}, {@code linkFrom} and {@code linkLag}
     */
    private static int[][] layOut(Links links, int[] position, Bounds b) {
        int n = position.length;
        int[] start = links.start;
        int[] pred = links.pred;
        byte[] type = links.type;
        int[] lag = links.lag;
        int[] linkStart = new int[n + 1];
        int[] linkMid = new int[n];
        for (int i = 0; i < n; i++) {
            int p = position[i];
            if (b.state[p] != ScheduleNetwork.NOT_STARTED) {
                continue;
            }
            int intoStart = 0;
            int intoFinish = 0;
            for (int l = start[i]; l < start[i + 1]; l++) {
                if (b.anyFinished && b.state[position[pred[l]]] == ScheduleNetwork.FINISHED) {
                    continue;
                }
                if (type[l] == FS || type[l] == SS) {
                    intoStart++;
                } else {
                    intoFinish++;
                }
            }
            linkStart[p + 1] = intoStart + intoFinish;
            linkMid[p] = intoStart;
        }
        for (int p = 0; p < n; p++) {
            linkStart[p + 1] += linkStart[p];
            linkMid[p] += linkStart[p];
        }
        int m = linkStart[n];
        int[] linkFrom = new int[m];
        int[] linkLag = new int[m];
        for (int i = 0; i < n; i++) {
            int p = position[i];
            if (b.state[p] != ScheduleNetwork.NOT_STARTED) {
                continue;
            }
            int toStart = linkStart[p];
            int toFinish = linkMid[p];
            for (int l = start[i]; l < start[i + 1]; l++) {
                int q = position[pred[l]];
                byte t = type[l];
                boolean intoStart = t == FS || t == SS;
                int from = t == FS || t == FF ? 2 * q + 1 : 2 * q;
                if (b.anyFinished && b.state[q] == ScheduleNetwork.FINISHED) {
                    int time = (from & 1) == 1 ? b.minStart[q] + b.span[q] : b.minStart[q];
                    if (intoStart) {
                        b.minStart[p] = Math.max(b.minStart[p], time + lag[l]);
                    } else {
                        b.minFinish[p] = Math.max(b.minFinish[p], time + lag[l]);
                    }
                } else if (intoStart) {
                    linkFrom[toStart] = from;
                    linkLag[toStart++] = lag[l];
                } else {
                    linkFrom[toFinish] = from;
                    linkLag[toFinish++] = lag[l];
                }
            }
        }
        return new int[][] {linkStart, linkMid, linkFrom, linkLag};
    }

    static final byte FS = 0;
    static final byte SS = 1;
    static final byte FF = 2;
    static final byte SF = 3;

    /**
     * The links of every activity by project index, in compressed rows, with each activity's duration
     * and whether it has a constraint (read in the same pass over the model).
     */
    private static final class Links {
        final ActivityId[] ids;
        final int[] start;
        final ActivityId[] targets;
        final int[] hashes;
        final byte[] type;
        final int[] lag;
        final int[] duration;
        final boolean[] constrained;
        /** The project index of each link's predecessor, once {@link #resolve resolved}. */
        int[] pred;

        private Links(ActivityId[] ids, int[] start, ActivityId[] targets, int[] hashes, byte[] type, int[] lag,
                int[] duration, boolean[] constrained) {
            this.ids = ids;
            this.start = start;
            this.targets = targets;
            this.hashes = hashes;
            this.type = type;
            this.lag = lag;
            this.duration = duration;
            this.constrained = constrained;
        }

        /**
         * Reads, in one pass over the model, each activity's identifier, duration and whether it has a
         * constraint, and each link's predecessor (with its hash), type and lag.
         */
        static Links read(List<Activity> activities) {
            int n = activities.size();
            ActivityId[] ids = new ActivityId[n];
            int[] start = new int[n + 1];
            int[] duration = new int[n];
            boolean[] constrained = new boolean[n];
            int capacity = Math.max(16, 3 * n);
            ActivityId[] targets = new ActivityId[capacity];
            int[] hashes = new int[capacity];
            byte[] type = new byte[capacity];
            int[] lag = new int[capacity];
            int k = 0;
            for (int i = 0; i < n; i++) {
                Activity a = activities.get(i);
                ids[i] = a.id();
                duration[i] = a.duration();
                constrained[i] = a.constraint().isPresent();
                List<Dependency> links = a.predecessors();
                int size = links.size();
                if (k + size > capacity) {
                    capacity = Math.max(k + size, 2 * capacity);
                    targets = Arrays.copyOf(targets, capacity);
                    hashes = Arrays.copyOf(hashes, capacity);
                    type = Arrays.copyOf(type, capacity);
                    lag = Arrays.copyOf(lag, capacity);
                }
                for (int l = 0; l < size; l++) {
                    Dependency d = links.get(l);
                    ActivityId target = d.predecessor();
                    targets[k] = target;
                    hashes[k] = target.value().hashCode();
                    type[k] = code(d.type());
                    lag[k] = d.lag();
                    k++;
                }
                start[i + 1] = k;
            }
            return new Links(ids, start, targets, hashes, type, lag, duration, constrained);
        }

        /**
         * Looks every link's predecessor up, in a second pass, so that each pass is a simple loop whose
         * memory accesses overlap.
         *
         * @throws ScheduleInputException for a link to an unknown activity or to itself
         */
        void resolve(IdIndex index) {
            int n = ids.length;
            int[] resolved = new int[start[n]];
            for (int i = 0; i < n; i++) {
                for (int l = start[i]; l < start[i + 1]; l++) {
                    int q = index.get(targets[l], hashes[l]);
                    if (q < 0) {
                        throw new ScheduleInputException("activity " + ids[i] + ": predecessor "
                                + targets[l] + " is not an activity of the project", List.of());
                    }
                    if (q == i) {
                        throw new ScheduleInputException("dependency cycle: " + ids[i] + " -> " + ids[i],
                                List.of(ids[i]));
                    }
                    resolved[l] = q;
                }
            }
            pred = resolved;
        }

        private static byte code(DependencyType t) {
            switch (t) {
                case FS:
                    return FS;
                case SS:
                    return SS;
                case FF:
                    return FF;
                case SF:
                    return SF;
                default:
                    throw new IllegalArgumentException("unknown link type: " + t);
            }
        }
    }

    /**
     * Orders the activities so that each comes after its predecessors: the post-order of a depth-first
     * search along predecessor links, from each activity in the project's order (no recursion, one
     * look-up per link). A link back to an activity still on the search path closes a cycle, which
     * {@link DependencyCycles} then names.
     */
    private static int[] topologicalOrder(Links links, List<Activity> activities) {
        int n = links.start.length - 1;
        int[] start = links.start;
        int[] pred = links.pred;
        byte[] mark = new byte[n]; // 0 unseen, 1 on the search path, 2 ordered
        int[] stack = new int[n];
        int[] next = new int[n];
        int[] order = new int[n];
        int count = 0;
        for (int root = 0; root < n; root++) {
            if (mark[root] != 0) {
                continue;
            }
            stack[0] = root;
            next[0] = start[root];
            mark[root] = 1;
            int top = 1;
            while (top > 0) {
                int v = stack[top - 1];
                int k = next[top - 1];
                if (k < start[v + 1]) {
                    next[top - 1] = k + 1;
                    int q = pred[k];
                    if (mark[q] == 0) {
                        mark[q] = 1;
                        stack[top] = q;
                        next[top] = start[q];
                        top++;
                    } else if (mark[q] == 1) {
                        throw cycle(activities);
                    }
                } else {
                    mark[v] = 2;
                    order[count++] = v;
                    top--;
                }
            }
        }
        return order;
    }

    private static ScheduleInputException cycle(List<Activity> activities) {
        List<List<ActivityId>> cycles = DependencyCycles.find(activities, 1);
        List<ActivityId> cycle = cycles.isEmpty() ? List.of() : cycles.get(0);
        return new ScheduleInputException("dependency cycle: "
                + (cycle.isEmpty() ? "(not named)" : DependencyCycles.describe(cycle)), cycle);
    }

    /** The latest progress record of each activity dated on or before the status date (later in the list wins a tie). */
    private static ProgressRecord[] latestProgress(Project project, LocalDate statusDate, IdIndex index) {
        ProgressRecord[] latest = new ProgressRecord[project.activities().size()];
        for (ProgressRecord r : project.progress()) {
            if (r.date().isAfter(statusDate)) {
                continue;
            }
            int i = index.get(r.activity());
            if (i >= 0 && (latest[i] == null || !r.date().isBefore(latest[i].date()))) {
                latest[i] = r;
            }
        }
        return latest;
    }

    /** The per-position arrays of the network, filled one activity at a time. */
    private static final class Bounds {
        final int[] duration;
        final int[] span;
        final byte[] state;
        final int[] minStart;
        final int[] minFinish;
        final int[] maxStart;
        final int[] maxFinish;
        boolean anyFinished;

        Bounds(int n) {
            duration = new int[n];
            span = new int[n];
            state = new byte[n];
            minStart = new int[n];
            minFinish = ScheduleNetwork.filled(n, ScheduleNetwork.NO_LOWER);
            maxStart = ScheduleNetwork.filled(n, ScheduleNetwork.NO_UPPER);
            maxFinish = ScheduleNetwork.filled(n, ScheduleNetwork.NO_UPPER);
        }

        /** An activity without progress or constraint. */
        void plain(int p, int d, int floor) {
            duration[p] = d;
            span[p] = d;
            minStart[p] = floor;
        }

        void set(int p, Activity a, ProgressRecord r, LocalDate statusDate, int dataDate, int floor, WorkingDayIndex days) {
            int d = a.duration();
            duration[p] = d;
            span[p] = d;
            minStart[p] = floor;
            if (r != null) {
                Optional<LocalDate> started = r.actualStart().filter(x -> !x.isAfter(statusDate));
                Optional<LocalDate> finished = r.actualFinish().filter(x -> !x.isAfter(statusDate));
                String what = "activity " + a.id() + ": actual ";
                if (d == 0 && (started.isPresent() || finished.isPresent())) {
                    int at = finished.isPresent()
                            ? Days.finishCount(days, finished.get(), what + "finish")
                            : Days.finishCount(days, started.get(), what + "start");
                    finish(p, at, at);
                    return;
                }
                if (finished.isPresent()) {
                    int ef = Days.finishCount(days, finished.get(), what + "finish");
                    int es = started.isPresent() ? Days.startOffset(days, started.get(), what + "start") : ef - d;
                    finish(p, Math.min(es, ef), ef);
                    return;
                }
                if (started.isPresent()) {
                    int es = Days.startOffset(days, started.get(), what + "start");
                    int remaining = r.remainingDuration().isPresent()
                            ? r.remainingDuration().getAsInt()
                            : BigDecimal.valueOf(d).multiply(HUNDRED.subtract(r.percentComplete()))
                                    .divide(HUNDRED, 0, RoundingMode.CEILING).intValueExact();
                    state[p] = ScheduleNetwork.IN_PROGRESS;
                    minStart[p] = es;
                    span[p] = dataDate + remaining - es;
                    a.constraint().ifPresent(c -> constrainFinish(p, c, days, a));
                    return;
                }
            }
            a.constraint().ifPresent(c -> constrain(p, c, days, a));
        }

        private void finish(int p, int es, int ef) {
            anyFinished = true;
            state[p] = ScheduleNetwork.FINISHED;
            minStart[p] = es;
            span[p] = ef - es;
            maxFinish[p] = ef;
        }

        private void constrain(int p, ActivityConstraint c, WorkingDayIndex days, Activity a) {
            String what = "activity " + a.id() + ": constraint " + c.type() + " date";
            switch (c.type()) {
                case START_NO_EARLIER_THAN:
                    minStart[p] = Math.max(minStart[p], startBound(c.date(), days, a, what));
                    break;
                case MUST_START_ON: {
                    int s = startBound(c.date(), days, a, what);
                    minStart[p] = Math.max(minStart[p], s);
                    maxStart[p] = s;
                    break;
                }
                case MUST_FINISH_ON: {
                    int f = Days.finishCount(days, c.date(), what);
                    minFinish[p] = f;
                    maxFinish[p] = f;
                    break;
                }
                case FINISH_NO_LATER_THAN:
                    maxFinish[p] = Days.finishCount(days, c.date(), what);
                    break;
                default:
                    throw new IllegalArgumentException("unknown constraint type: " + c.type());
            }
        }

        /** For an activity in progress only finish constraints still bind (its start is past). */
        private void constrainFinish(int p, ActivityConstraint c, WorkingDayIndex days, Activity a) {
            if (c.type() == ConstraintType.MUST_FINISH_ON
                    || c.type() == ConstraintType.FINISH_NO_LATER_THAN) {
                maxFinish[p] = Days.finishCount(days, c.date(), "activity " + a.id() + ": constraint " + c.type() + " date");
            }
        }

        /** A start on a date: its first working day; a milestone's date is the day before its offset. */
        private static int startBound(LocalDate date, WorkingDayIndex days, Activity a, String what) {
            int s = Days.startOffset(days, date, what);
            return a.duration() == 0 ? s + 1 : s;
        }
    }
}
