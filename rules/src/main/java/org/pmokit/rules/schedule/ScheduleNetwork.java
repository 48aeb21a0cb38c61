package org.pmokit.rules.schedule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.time.WorkingDayIndex;
import org.pmokit.rules.EvaluationContext;

/**
 * A project compiled for the critical path passes: its activities renumbered into topological order,
 * their links in flat int arrays (compressed rows), and every date turned into a working-day offset
 * from the project start (FORMULAS.md section 1). {@link CriticalPath#schedule(ScheduleNetwork)} runs
 * the passes; build a network once to schedule it several times, as the critical path test of the
 * DCMA assessment does with {@link #withDelay}.
 *
 * <p><b>Links</b> (FORMULAS.md section 2), lag {@code L} in working days, negative a lead:
 * FS: successor start &gt;= predecessor finish + L; SS: start &gt;= start + L; FF: finish &gt;= finish + L;
 * SF: finish &gt;= start + L. Here start and finish are offsets, the finish exclusive.
 *
 * <p><b>Constraints</b>, on the start date and the finish date as FORMULAS.md section 1 defines them
 * (a milestone's start and finish are both its date, so for it a start bound is one day later):
 * <ul>
 *   <li>{@code START_NO_EARLIER_THAN}: early start no earlier than the date.
 *   <li>{@code FINISH_NO_LATER_THAN}: late finish no later than the date.
 *   <li>{@code MUST_START_ON}: early start no earlier, and late start no later, than the date.
 *   <li>{@code MUST_FINISH_ON}: early finish no earlier, and late finish no later, than the date.
 * </ul>
 * The links always hold in the early dates; a constraint that they do not let the activity meet
 * shows as negative total float, never as an error. A start constraint on a day off means the next
 * working day, a finish constraint on a day off the working day before.
 *
 * <p><b>Progress</b> at the status date (inclusive), from the latest progress record of each activity
 * dated on or before it; an actual date after the status date is ignored. A finished activity keeps
 * its actual start and finish. A started one keeps its actual start and finishes its remaining
 * duration (the recorded remaining duration, else {@code ceil(duration x (1 - percent / 100))})
 * counted from the first working day after the status date. Links into an activity that has
 * started no longer move it (progress override). Work not started begins no earlier than the first
 * working day after the status date. The baseline is never changed.
 *
 * <p>No early start lies before the project start (offset 0) unless it is an actual start.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleNetwork {

    /** No bound: far beyond any offset, and far enough from overflow to add a duration or a lag. */
    static final int NO_UPPER = Integer.MAX_VALUE / 4;
    /** No bound from below. */
    static final int NO_LOWER = Integer.MIN_VALUE / 4;

    /** State codes, as {@link ProgressState#ordinal()}. */
    static final byte NOT_STARTED = 0;
    static final byte IN_PROGRESS = 1;
    static final byte FINISHED = 2;

    final Project project;
    final WorkingDayIndex days;
    final Optional<LocalDate> statusDate;
    /** The data date, or {@link #NO_LOWER} for a plan. */
    final int dataDate;
    final int n;
    /** Identifiers in the project's order. */
    final ActivityId[] ids;
    /** The project index of each identifier. */
    final IdIndex index;
    /** {@code order[p]} is the project index of the activity at topological position {@code p}. */
    final int[] order;
    /** {@code position[i]} is the topological position of project index {@code i}. */
    final int[] position;
    // Per topological position:
    /** The planned duration. */
    final int[] duration;
    /** The working days from early start to early finish: the duration, or for progress EF - ES. */
    final int[] span;
    final byte[] state;
    /** Lower bound on ES: project start or data date, start constraints, actual start. */
    final int[] minStart;
    /** Lower bound on EF: MUST_FINISH_ON and links from finished activities; {@link #NO_LOWER} if none. */
    final int[] minFinish;
    /** Upper bound on LS: MUST_START_ON; {@link #NO_UPPER} if none. */
    final int[] maxStart;
    /** Upper bound on LF: finish constraints; the early finish of a finished activity. */
    final int[] maxFinish;
    /**
     * The links into position {@code p} are {@code linkFrom[k], linkLag[k]} for {@code k} in
     * {@code [linkStart[p], linkStart[p + 1])}: those into its start (FS, SS) before
     * {@code linkMid[p]}, those into its finish (FF, SF) from there. {@code linkFrom[k]} is the
     * slot of the predecessor's time the link starts from: {@code 2q} for its start (SS, SF),
     * {@code 2q + 1} for its finish (FS, FF), {@code q} its position.
     */
    final int[] linkStart;
    final int[] linkMid;
    final int[] linkFrom;
    final int[] linkLag;
    /** Baseline start and finish offsets by project index ({@link BaselineDays}), or null without baseline. */
    final BaselineDays baseline;

    private ScheduleNetwork(Project project, WorkingDayIndex days, Optional<LocalDate> statusDate, int dataDate,
            ActivityId[] ids, IdIndex index, int[] order, int[] position, int[] duration, int[] span, byte[] state,
            int[] minStart, int[] minFinish, int[] maxStart, int[] maxFinish,
            int[] linkStart, int[] linkMid, int[] linkFrom, int[] linkLag, BaselineDays baseline) {
        this.project = project;
        this.days = days;
        this.statusDate = statusDate;
        this.dataDate = dataDate;
        this.n = ids.length;
        this.ids = ids;
        this.index = index;
        this.order = order;
        this.position = position;
        this.duration = duration;
        this.span = span;
        this.state = state;
        this.minStart = minStart;
        this.minFinish = minFinish;
        this.maxStart = maxStart;
        this.maxFinish = maxFinish;
        this.linkStart = linkStart;
        this.linkMid = linkMid;
        this.linkFrom = linkFrom;
        this.linkLag = linkLag;
        this.baseline = baseline;
    }

    /** A copy with other durations and spans; the rest is shared (it is never written). */
    private ScheduleNetwork with(int[] newDuration, int[] newSpan) {
        return new ScheduleNetwork(project, days, statusDate, dataDate, ids, index, order, position, newDuration, newSpan,
                state, minStart, minFinish, maxStart, maxFinish, linkStart, linkMid, linkFrom, linkLag, baseline);
    }

    /** Everything the builder found. */
    static ScheduleNetwork assemble(Project project, WorkingDayIndex days, Optional<LocalDate> statusDate, int dataDate,
            ActivityId[] ids, IdIndex index, int[] order, int[] position, int[] duration, int[] span, byte[] state,
            int[] minStart, int[] minFinish, int[] maxStart, int[] maxFinish,
            int[] linkStart, int[] linkMid, int[] linkFrom, int[] linkLag, BaselineDays baseline) {
        return new ScheduleNetwork(project, days, statusDate, dataDate, ids, index, order, position, duration, span, state,
                minStart, minFinish, maxStart, maxFinish, linkStart, linkMid, linkFrom, linkLag, baseline);
    }

    /**
     * Builds the network of a project at the context's status date, with progress, on the context's
     * calendar ({@link EvaluationContext#calendarFor(Project)}).
     *
     * @param project the project
     * @param context the status date and calendar
     * @return the network
     * @throws ScheduleInputException if the project has a dependency cycle, a link to an unknown
     *         activity, two activities with one identifier, or a date the calendar does not cover
     */
    public static ScheduleNetwork of(Project project, EvaluationContext context) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(context, "context");
        return NetworkBuilder.build(project, context.calendarFor(project), Optional.of(context.statusDate()));
    }

    /**
     * Builds the network of a project planned from its start, without progress or status date.
     *
     * @param project the project
     * @param calendar the calendar
     * @return the network
     * @throws ScheduleInputException if the project has a dependency cycle, a link to an unknown
     *         activity, two activities with one identifier, or a date the calendar does not cover
     */
    public static ScheduleNetwork plan(Project project, WorkCalendar calendar) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(calendar, "calendar");
        return NetworkBuilder.build(project, calendar, Optional.empty());
    }

    /**
     * Returns this network with one activity's remaining work longer by some working days: the
     * duration of an activity not started, the remaining duration of one in progress.
     *
     * @param activity the activity
     * @param workingDays the extra working days; negative shortens, to no less than zero remaining
     * @return the changed network; this one is unchanged
     * @throws IllegalArgumentException if the activity is unknown or finished, or the remaining work
     *         would become negative
     */
    public ScheduleNetwork withDelay(ActivityId activity, int workingDays) {
        Objects.requireNonNull(activity, "activity");
        int i = indexOf(activity);
        if (i < 0) {
            throw new IllegalArgumentException("activity " + activity + " is not in the schedule");
        }
        int p = position[i];
        if (state[p] == FINISHED) {
            throw new IllegalArgumentException("activity " + activity + " is finished: its dates are actual and cannot be delayed");
        }
        int remaining = state[p] == IN_PROGRESS ? span[p] - Math.max(0, dataDate - minStart[p]) : span[p];
        long changed = (long) remaining + workingDays;
        if (changed < 0 || changed > NO_UPPER / 4) {
            throw new IllegalArgumentException("activity " + activity + ": remaining work of " + remaining
                    + " working days cannot change by " + workingDays);
        }
        int[] newDuration = duration.clone();
        int[] newSpan = span.clone();
        newDuration[p] = (int) Math.max(0, Math.min((long) NO_UPPER / 4, (long) duration[p] + workingDays));
        newSpan[p] += workingDays;
        return with(newDuration, newSpan);
    }

    /** Returns the project index of an activity, or -1. */
    int indexOf(ActivityId activity) {
        return index.get(activity);
    }

    /**
     * Returns the number of activities.
     *
     * @return the number of activities
     */
    public int size() {
        return n;
    }

    /**
     * Returns the number of links between activities, after progress (links into a started activity
     * are dropped; links from a finished one become fixed bounds).
     *
     * @return the number of links in the passes
     */
    public int linkCount() {
        return linkFrom.length;
    }

    /**
     * Returns the project start, the origin of the offsets.
     *
     * @return the project start
     */
    public LocalDate start() {
        return days.origin();
    }

    /**
     * Returns the calendar.
     *
     * @return the calendar
     */
    public WorkCalendar calendar() {
        return days.calendar();
    }

    /**
     * Returns the status date, if the network was built with progress.
     *
     * @return the status date, empty for a plan
     */
    public Optional<LocalDate> statusDate() {
        return statusDate;
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code ScheduleNetwork[14 activities, 15 links, WorkCalendar[CN 2025-2026] from 2026-01-05]}
     */
    @Override
    public String toString() {
        return "ScheduleNetwork[" + n + " activities, " + linkFrom.length + " links, " + days.calendar()
                + " from " + days.origin() + statusDate.map(d -> ", status " + d).orElse("") + "]";
    }

    static int[] filled(int length, int value) {
        int[] a = new int[length];
        Arrays.fill(a, value);
        return a;
    }
}
