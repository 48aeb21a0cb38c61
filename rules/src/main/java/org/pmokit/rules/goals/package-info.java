/**
 * The goals pack: whether the project's goals are SMART, whether its milestones are defined and
 * kept, and whether its KPIs are on their way to their targets (FORMULAS.md section 7; seeds 000,
 * 001 and 002). {@link org.pmokit.rules.goals.GoalRules#pack()} is the pack; every rule judges the
 * area {@link org.pmokit.rules.Area#GOALS}.
 *
 * <p><b>Goals</b> get one rule per SMART letter, and each finding says which letter failed
 * ("goal G4 is not specific (S): ..." / "目标 G4 不够具体（S）：..."):
 * <ul>
 *   <li>SMART-001 specific: the goal has a KPI, or its statement has a quantity (a digit, a percent
 *       or per-mille sign) and at least four words, a Han character counting as half a word;</li>
 *   <li>SMART-002 measurable: a KPI with unit, baseline, target and a direction that agrees with
 *       them, one finding listing what is missing;</li>
 *   <li>SMART-003 achievable: {@code |target - baseline| / |baseline|} at most
 *       {@code goal.achievable.maxChange}; a target equal to the baseline is an error; a baseline of
 *       zero is not judged;</li>
 *   <li>SMART-004 relevant: a business objective or a requirement;</li>
 *   <li>SMART-005 time-bound: a deadline after the project start and within
 *       {@code goal.deadline.horizonDays} of the planned finish (the latest finish of the current
 *       baseline; without a baseline only the first two are checked);</li>
 *   <li>SMART-006: an owner.</li>
 * </ul>
 *
 * <p><b>Milestones</b> (seed 002: phase, key task and deliverable milestones) need a due date, a
 * kind, a deliverable, acceptance criteria and an owner (MILE-001 to MILE-005); a due date on the
 * linked activity's baseline finish or at most {@code buffer.maxDays} working days after it
 * (MILE-006); to be reached by the due date (MILE-007) and not to be overdue (MILE-008). MILE-009,
 * the buffer before phase milestones on the critical path, is the schedule pack's to contribute
 * through {@link org.pmokit.rules.goals.GoalRules#pack(java.util.Collection)}.
 *
 * <p><b>KPIs</b> are read at the status date: the latest reading on or before it gives the
 * progress, the share of the way from baseline to target, published as
 * {@code goals.<id>.kpi.progress}; the least-squares line through the readings on or before it is
 * the trend, whose value at the goal's deadline is published as {@code goals.<id>.kpi.forecast}. A
 * trend that falls short of the target at the deadline is KPI-001, a warning; a trend that moves
 * away from the target is KPI-002, an error. Decisions are exact (integer days, {@code BigDecimal}
 * sums); shown values are rounded half-even, and metrics carry 16 significant digits as doubles.
 *
 * <p>Every rule is pure and thread-safe, and its findings do not depend on the order of the goals,
 * milestones or readings in the project.
 */
package org.pmokit.rules.goals;
