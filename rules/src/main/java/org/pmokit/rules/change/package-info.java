/**
 * Change control (seeds 000, 001, 002: identify, assess, communicate, approve by a change control
 * board, implement, track), as a library that enforces a bank's controls rather than only recording
 * them.
 *
 * <ul>
 *   <li>{@link org.pmokit.rules.change.ChangeWorkflow}: the workflow DRAFT -&gt; SUBMITTED -&gt;
 *       ASSESSED -&gt; APPROVED | REJECTED | DEFERRED; APPROVED -&gt; IMPLEMENTED -&gt; VERIFIED -&gt;
 *       CLOSED; DEFERRED -&gt; SUBMITTED. Each step is a pure function returning a
 *       {@link org.pmokit.rules.change.Transition} or a {@link org.pmokit.rules.change.Refusal} in
 *       English and Simplified Chinese; maker-checker and one vote per person are enforced.
 *   <li>{@link org.pmokit.rules.change.ApprovalRouting}: who must approve (FORMULAS.md section 7),
 *       computed from the cost delta as a share of BAC and the schedule delta in working days, and
 *       explained: "needs the change control board: cost +4.4% of BAC is above 1% ...".
 *   <li>{@link org.pmokit.rules.change.DecisionLog}: the tamper-evident decision log, a SHA-256
 *       chain over the decisions that finds the first edited, deleted, inserted or moved entry.
 *   <li>{@link org.pmokit.rules.change.ProposedChanges} and {@link org.pmokit.rules.change.Rebaseline}:
 *       implementation, which applies the proposed activity edits and, on request, adds the next
 *       baseline version linked to the change.
 *   <li>{@link org.pmokit.rules.change.ImpactPreview}: the change's effect on the forecast finish,
 *       the critical path, BAC, EAC and the contingency reserve before anyone approves it.
 *   <li>{@link org.pmokit.rules.change.ChangeRules}: the CHG rule pack.
 * </ul>
 */
package org.pmokit.rules.change;
