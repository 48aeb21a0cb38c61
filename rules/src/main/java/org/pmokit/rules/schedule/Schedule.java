package org.pmokit.rules.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.time.WorkingDayIndex;

/**
 * The result of the critical path method (FORMULAS.md sections 1 and 2) for one project: per
 * activity the early and late start and finish, total and free float and the critical flag; the
 * project finish; the critical paths; and the comparison with the current baseline.
 *
 * <p><b>Indexes.</b> Activity {@code i} is the {@code i}-th activity of the project's list
 * ({@link #id(int)}, {@link #indexOf(ActivityId)}); the per-activity methods take that index and
 * allocate nothing. {@link #activity(int)} gives the same answers as one value.
 *
 * <p><b>Offsets</b> are working-day boundaries from the project start (day 0): an activity works on
 * days {@code earlyStart(i)} to {@code earlyFinish(i) - 1}, and {@code EF = ES + d} for an activity
 * not started. <b>Dates</b> follow FORMULAS.md section 1: a start date is the date of the start
 * offset, a finish date the date of the finish offset minus one (inclusive), and both dates of a
 * milestone the date of its offset minus one (the date of day 0 for offset 0). Dates within the
 * calendar's coverage are guaranteed: the schedule is not made otherwise.
 *
 * <p><b>Floats.</b> Total float {@code TF = LF - EF = LS - ES}; free float is the least slack of the
 * activity's outgoing links, measured on the early dates, and at most the project finish minus its
 * early finish (the slack to the project's end, which is all an activity without successors has),
 * floored at 0. An activity is critical when its total
 * float is at or below the threshold ({@link CriticalPath#criticalFloat()}, default 0) and it is not
 * finished. A finished activity has late dates equal to its early (actual) dates and no float.
 * Negative float arises only from constraints.
 *
 * <p><b>Critical paths.</b> A critical link joins two critical activities and is tight in both the
 * early and the late dates. A critical path is a maximal chain of critical links (or a lone critical
 * activity), from an activity without an incoming critical link to one without an outgoing one. The
 * paths are listed in a fixed order that does not depend on the order of the project's activities
 * (by early start, then identifier, at every step), up to {@link CriticalPath#pathLimit()}.
 *
 * <p><b>Baseline.</b> From the project's current baseline. Variances are in working days, later
 * than the baseline positive: for starts, the offset of the schedule's start date minus the offset
 * of the baseline start; for finishes, the number of working days through the schedule's finish date
 * minus the number through the baseline finish.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Schedule {

    private final ScheduleNetwork g;
    private final CriticalPath engine;
    /** ES and EF interleaved by topological position ({@link Passes}). */
    private final int[] early;
    /** LS and LF interleaved by topological position. */
    private final int[] late;
    private final int projectFinish;
    /** Computed on first use; a race computes equal values, and either may be kept. */
    private volatile int[] freeFloat;
    private volatile CriticalPaths.Result paths;
    private volatile List<MilestoneVariance> milestones;

    private Schedule(ScheduleNetwork g, CriticalPath engine, int[] early, int[] late, int projectFinish) {
        this.g = g;
        this.engine = engine;
        this.early = early;
        this.late = late;
        this.projectFinish = projectFinish;
    }

    /** Runs the passes and checks that every date of the result lies within the calendar's coverage. */
    static Schedule compute(ScheduleNetwork network, CriticalPath engine) {
        int[] early = new int[2 * network.n];
        int[] late = new int[2 * network.n];
        int finish = Passes.forward(network, early);
        Passes.backward(network, finish, late);
        Schedule s = new Schedule(network, engine, early, late, finish);
        s.checkCoverage();
        return s;
    }

    private void checkCoverage() {
        int low = 0;
        int high = Days.milestoneDay(projectFinish);
        for (int p = 0; p < g.n; p++) {
            boolean milestone = g.duration[p] == 0;
            // a finish day can lie before the start day when nothing is left to do (EF = ES)
            int start = Math.min(Days.startDay(early[2 * p], milestone), Days.startDay(late[2 * p], milestone));
            int finish = Math.min(Days.finishDay(early[2 * p + 1], milestone), Days.finishDay(late[2 * p + 1], milestone));
            low = Math.min(low, Math.min(start, finish));
        }
        if (low < g.days.minOffset() || high > g.days.maxOffset()) {
            throw new ScheduleInputException("the schedule needs working days " + low + " to " + high + " from "
                    + g.days.origin() + ", beyond what the calendar covers: " + g.days.calendar(), List.of());
        }
    }

    private int pos(int i) {
        return g.position[Objects.checkIndex(i, g.n)];
    }

    private LocalDate date(int offset) {
        return g.days.dateOf(offset);
    }

    /**
     * Returns the number of activities.
     *
     * @return the number of activities
     */
    public int size() {
        return g.n;
    }

    /**
     * Returns the identifier of activity {@code i}.
     *
     * @param i the index in the project's list of activities
     * @return the identifier
     */
    public ActivityId id(int i) {
        return g.ids[Objects.checkIndex(i, g.n)];
    }

    /**
     * Returns the index of an activity.
     *
     * @param id the identifier
     * @return its index in the project's list of activities, or -1 if the project has no such activity
     */
    public int indexOf(ActivityId id) {
        Objects.requireNonNull(id, "id");
        return g.indexOf(id);
    }

    /**
     * Returns the planned duration of activity {@code i}, after any {@link #withDelay delay}.
     *
     * @param i the index
     * @return the duration in working days
     */
    public int duration(int i) {
        return g.duration[pos(i)];
    }

    /**
     * Returns the progress state of activity {@code i} at the status date.
     *
     * @param i the index
     * @return not started, in progress or finished
     */
    public ProgressState state(int i) {
        return STATES[g.state[pos(i)]];
    }

    /**
     * Returns the early start offset of activity {@code i} (the actual start once started).
     *
     * @param i the index
     * @return ES
     */
    public int earlyStart(int i) {
        return early[2 * pos(i)];
    }

    /**
     * Returns the early finish offset of activity {@code i}, exclusive (the actual finish once
     * finished).
     *
     * @param i the index
     * @return EF
     */
    public int earlyFinish(int i) {
        return early[2 * pos(i) + 1];
    }

    /**
     * Returns the late start offset of activity {@code i}.
     *
     * @param i the index
     * @return LS
     */
    public int lateStart(int i) {
        return late[2 * pos(i)];
    }

    /**
     * Returns the late finish offset of activity {@code i}, exclusive.
     *
     * @param i the index
     * @return LF
     */
    public int lateFinish(int i) {
        return late[2 * pos(i) + 1];
    }

    /**
     * Returns the total float of activity {@code i}.
     *
     * @param i the index
     * @return {@code LF - EF}, negative when a constraint cannot be met
     */
    public int totalFloat(int i) {
        int p = pos(i);
        return late[2 * p + 1] - early[2 * p + 1];
    }

    /**
     * Returns the free float of activity {@code i}.
     *
     * @param i the index
     * @return the free float, never negative
     */
    public int freeFloat(int i) {
        int p = pos(i);
        int[] ff = freeFloat;
        if (ff == null) {
            ff = Passes.freeFloat(g, early, projectFinish);
            freeFloat = ff;
        }
        return ff[p];
    }

    /**
     * Returns whether activity {@code i} is critical: not finished, with total float at or below the
     * threshold.
     *
     * @param i the index
     * @return true if critical
     */
    public boolean isCritical(int i) {
        return critical(pos(i));
    }

    /**
     * Returns the early start date of activity {@code i}.
     *
     * @param i the index
     * @return the date
     */
    public LocalDate earlyStartDate(int i) {
        int p = pos(i);
        return date(Days.startDay(early[2 * p], g.duration[p] == 0));
    }

    /**
     * Returns the early finish date of activity {@code i} (inclusive): its forecast finish, or its
     * actual finish once finished.
     *
     * @param i the index
     * @return the date
     */
    public LocalDate earlyFinishDate(int i) {
        int p = pos(i);
        return date(Days.finishDay(early[2 * p + 1], g.duration[p] == 0));
    }

    /**
     * Returns the late start date of activity {@code i}.
     *
     * @param i the index
     * @return the date
     */
    public LocalDate lateStartDate(int i) {
        int p = pos(i);
        return date(Days.startDay(late[2 * p], g.duration[p] == 0));
    }

    /**
     * Returns the late finish date of activity {@code i} (inclusive).
     *
     * @param i the index
     * @return the date
     */
    public LocalDate lateFinishDate(int i) {
        int p = pos(i);
        return date(Days.finishDay(late[2 * p + 1], g.duration[p] == 0));
    }

    /**
     * Returns activity {@code i} as one value.
     *
     * @param i the index
     * @return the activity's schedule
     */
    public ActivitySchedule activity(int i) {
        return new ActivitySchedule(i, id(i), duration(i), state(i), earlyStart(i), earlyFinish(i), lateStart(i),
                lateFinish(i), totalFloat(i), freeFloat(i), isCritical(i), earlyStartDate(i), earlyFinishDate(i),
                lateStartDate(i), lateFinishDate(i), baselineStart(i), baselineFinish(i), startVariance(i),
                finishVariance(i));
    }

    /**
     * Returns an activity as one value.
     *
     * @param id the identifier
     * @return the activity's schedule, or empty if the project has no such activity
     */
    public Optional<ActivitySchedule> activity(ActivityId id) {
        int i = indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(activity(i));
    }

    /**
     * Returns the project start, the date of offset 0 or the day before it.
     *
     * @return the project start
     */
    public LocalDate start() {
        return g.days.origin();
    }

    /**
     * Returns the calendar of the offsets.
     *
     * @return the calendar
     */
    public WorkCalendar calendar() {
        return g.days.calendar();
    }

    /**
     * Returns the converter between offsets and dates, from the project start.
     *
     * @return the index
     */
    public WorkingDayIndex dayIndex() {
        return g.days;
    }

    /**
     * Returns the status date, if the schedule includes progress.
     *
     * @return the status date, empty for a plan ({@link CriticalPath#plan})
     */
    public Optional<LocalDate> statusDate() {
        return g.statusDate;
    }

    /**
     * Returns the data date: the offset of the first working day after the status date, which is also
     * the number of working days from the project start through the status date (FORMULAS.md section
     * 1, actual time AT). Work not started begins no earlier.
     *
     * @return the data date, empty for a plan
     */
    public OptionalInt dataDate() {
        return g.statusDate.isPresent() ? OptionalInt.of(g.dataDate) : OptionalInt.empty();
    }

    /**
     * Returns the project finish offset, the latest early finish (0 for a project without activities).
     *
     * @return max EF
     */
    public int projectFinish() {
        return projectFinish;
    }

    /**
     * Returns the project finish date: the date of working day {@code projectFinish() - 1} (of day 0
     * when the project finish is 0).
     *
     * @return the forecast finish date
     */
    public LocalDate projectFinishDate() {
        return date(Days.milestoneDay(projectFinish));
    }

    /**
     * Returns the critical threshold this schedule was made with.
     *
     * @return the total float at or below which an activity is critical
     */
    public int criticalFloat() {
        return engine.criticalFloat();
    }

    /**
     * Returns the critical activities, in the project's order.
     *
     * @return the identifiers
     */
    public List<ActivityId> criticalActivities() {
        List<ActivityId> ids = new ArrayList<>();
        for (int i = 0; i < g.n; i++) {
            if (critical(g.position[i])) {
                ids.add(g.ids[i]);
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Returns the critical paths, each an ordered list of activities (each a predecessor of the next
     * through a critical link), at most {@link CriticalPath#pathLimit()} of them.
     *
     * @return the paths
     */
    public List<List<ActivityId>> criticalPaths() {
        return paths().paths;
    }

    /**
     * Returns whether the network has more critical paths than {@link #criticalPaths()} lists.
     *
     * @return true if the list was cut at the limit
     */
    public boolean criticalPathsTruncated() {
        return paths().truncated;
    }

    /**
     * Returns the baseline start of activity {@code i}.
     *
     * @param i the index
     * @return the start in the current baseline, or empty if there is none or it lacks the activity
     */
    public Optional<LocalDate> baselineStart(int i) {
        int checked = Objects.checkIndex(i, g.n);
        return g.baseline == null ? Optional.empty() : Optional.ofNullable(g.baseline.start[checked]);
    }

    /**
     * Returns the baseline finish of activity {@code i}.
     *
     * @param i the index
     * @return the finish in the current baseline (inclusive), or empty if there is none or it lacks
     *         the activity
     */
    public Optional<LocalDate> baselineFinish(int i) {
        int checked = Objects.checkIndex(i, g.n);
        return g.baseline == null ? Optional.empty() : Optional.ofNullable(g.baseline.finish[checked]);
    }

    /**
     * Returns the start variance of activity {@code i}: its early start date against the baseline start.
     *
     * @param i the index
     * @return working days, later than the baseline positive; empty without a baseline start
     */
    public OptionalInt startVariance(int i) {
        int p = pos(i);
        if (g.baseline == null || g.baseline.start[i] == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Days.startDay(early[2 * p], g.duration[p] == 0) - g.baseline.startOffset[i]);
    }

    /**
     * Returns the finish variance of activity {@code i}: its early finish date against the baseline
     * finish.
     *
     * @param i the index
     * @return working days, later than the baseline positive; empty without a baseline finish
     */
    public OptionalInt finishVariance(int i) {
        int p = pos(i);
        if (g.baseline == null || g.baseline.finish[i] == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Days.finishDay(early[2 * p + 1], g.duration[p] == 0) + 1 - g.baseline.finishCount[i]);
    }

    /**
     * Returns the baseline finish of the project: the latest finish in the current baseline.
     *
     * @return the date, or empty without a baseline (or an empty one)
     */
    public Optional<LocalDate> projectBaselineFinish() {
        return g.baseline == null ? Optional.empty() : Optional.ofNullable(g.baseline.projectFinish);
    }

    /**
     * Returns the forecast finish against the baseline finish: {@link #projectFinishDate()} against
     * {@link #projectBaselineFinish()}.
     *
     * @return working days, later than the baseline positive; empty without a baseline
     */
    public OptionalInt projectFinishVariance() {
        if (g.baseline == null || g.baseline.projectFinish == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Days.milestoneDay(projectFinish) + 1 - g.baseline.projectFinishCount);
    }

    /**
     * Returns every milestone of the project whose activity is in the schedule, in the project's
     * order, with its forecast and its baseline variance.
     *
     * @return the milestones
     */
    public List<MilestoneVariance> milestones() {
        List<MilestoneVariance> list = milestones;
        if (list == null) {
            List<MilestoneVariance> found = new ArrayList<>();
            for (Milestone m : g.project.milestones()) {
                int i = m.activity().map(g::indexOf).orElse(-1);
                if (i >= 0) {
                    found.add(new MilestoneVariance(m.id(), g.ids[i], earlyFinishDate(i), baselineFinish(i),
                            finishVariance(i)));
                }
            }
            list = List.copyOf(found);
            milestones = list;
        }
        return list;
    }

    /**
     * Returns the milestones forecast (or reached) later than their baseline date.
     *
     * @return the slipped milestones, in the project's order
     */
    public List<MilestoneVariance> slippedMilestones() {
        return milestones().stream().filter(MilestoneVariance::isSlipped).toList();
    }

    /**
     * Returns the network this schedule was computed from.
     *
     * @return the network
     */
    public ScheduleNetwork network() {
        return g;
    }

    /**
     * Reschedules with one activity's remaining work longer by some working days, with the same
     * options: the DCMA critical path test delays a critical activity and checks that the project
     * finish moves by as much.
     *
     * @param activity the activity, not finished
     * @param workingDays the extra working days (negative shortens)
     * @return the new schedule; this one is unchanged
     * @throws IllegalArgumentException if the activity is unknown or finished, or its remaining work
     *         would become negative
     * @throws ScheduleInputException if the delayed schedule runs outside the calendar's coverage
     */
    public Schedule withDelay(ActivityId activity, int workingDays) {
        return engine.schedule(g.withDelay(activity, workingDays));
    }

    private static final ProgressState[] STATES = ProgressState.values();

    private boolean critical(int p) {
        return g.state[p] != ScheduleNetwork.FINISHED && late[2 * p + 1] - early[2 * p + 1] <= engine.criticalFloat();
    }

    private CriticalPaths.Result paths() {
        CriticalPaths.Result r = paths;
        if (r == null) {
            boolean[] critical = new boolean[g.n];
            for (int p = 0; p < g.n; p++) {
                critical[p] = critical(p);
            }
            r = CriticalPaths.find(g, early, late, critical, engine.pathLimit());
            paths = r;
        }
        return r;
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code Schedule[14 activities, finish 175 (2026-09-16)]}
     */
    @Override
    public String toString() {
        return "Schedule[" + g.n + " activities, finish " + projectFinish + " (" + projectFinishDate() + ")]";
    }
}
