/**
 * Schedule health: the DCMA 14-point assessment of a project's schedule as the {@code schedule}
 * rule pack ({@link org.pmokit.rules.schedule.health.ScheduleRules}), and the buffer check MILE-009
 * that the schedule package contributes to the goals pack.
 *
 * <p>{@link org.pmokit.rules.schedule.health.ScheduleHealth} measures every
 * {@link org.pmokit.rules.schedule.health.HealthCheck} once per evaluation from the shared critical
 * path schedule ({@link org.pmokit.rules.schedule.ScheduleAnalysis}); each
 * {@link org.pmokit.rules.schedule.health.Measure} holds the count, the population and the activities
 * behind it, and the rules judge it against the policy's DCMA thresholds (FORMULAS.md section 7). A
 * project that cannot be scheduled yields undefined measures and one finding of the critical path
 * test, never an exception.
 */
package org.pmokit.rules.schedule.health;
