/**
 * The critical path engine (FORMULAS.md sections 1 and 2): forward and backward passes with FS, SS,
 * FF and SF links and lags, milestones, date constraints, working-day calendars and progress at the
 * status date; floats, critical paths and the comparison with the baseline.
 *
 * <p>{@link org.pmokit.rules.schedule.CriticalPath} is the engine and its options;
 * {@link org.pmokit.rules.schedule.ScheduleNetwork} is a project compiled into topologically ordered
 * int arrays; {@link org.pmokit.rules.schedule.Schedule} is the immutable, array-backed result and
 * {@link org.pmokit.rules.schedule.ActivitySchedule} one activity of it.
 * {@link org.pmokit.rules.schedule.ScheduleAnalysis} shares one schedule among the rules of an
 * evaluation.
 */
package org.pmokit.rules.schedule;
