package org.pmokit.rules.change;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.ImpactAssessment;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Role;
import org.pmokit.core.project.StatusChange;
import org.pmokit.rules.Policy;
import org.pmokit.rules.Text;
import org.pmokit.rules.finance.FinanceRules;
import org.pmokit.rules.schedule.Schedule;

/**
 * The change-control workflow of seed 002 (identify, assess, communicate, approve by a change
 * control board, implement, track) as pure functions that enforce a bank's controls:
 *
 * <pre>
 * DRAFT -&gt; SUBMITTED -&gt; ASSESSED -&gt; APPROVED | REJECTED | DEFERRED
 * APPROVED -&gt; IMPLEMENTED -&gt; VERIFIED -&gt; CLOSED
 * DEFERRED -&gt; SUBMITTED
 * </pre>
 *
 * <p>Each step takes a project and the id of one of its change requests and returns a
 * {@link Transition} (the new change request, and the project holding it; after implementation with
 * the change applied) or a {@link Refusal} that says why not. Every step is recorded in the change
 * request's history (who, when); decisions go to its {@link DecisionLog sealed decision log}, and a
 * log recorded before sealing is sealed as it stands at the first step taken. A step dated before
 * the last recorded one is refused, and so is a re-submission not after its deferral.
 *
 * <p>Deciding ({@link #decide}) follows the {@link ApprovalRouting approval route}: the decision must
 * be made in a role the route calls for; the requester and the assessor cannot approve their own
 * change, and one person cannot decide twice in a round (maker-checker, four eyes); a party that
 * has decided cannot decide again. The change is rejected or deferred as soon as the authority
 * (the board by its majority) or the compliance officer rejects or defers it, and approved once
 * every party the route calls for has approved. A deferred change starts a new round when it is
 * submitted again. Whoever implemented a change cannot verify it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChangeWorkflow {

    private static final ChangeWorkflow STANDARD = new ChangeWorkflow(Policy.defaults());
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Policy policy;
    private final ApprovalRouting routing;

    private ChangeWorkflow(Policy policy) {
        this.policy = policy;
        this.routing = ApprovalRouting.of(policy);
    }

    /**
     * Returns the workflow of the default policy.
     *
     * @return the workflow
     */
    public static ChangeWorkflow standard() {
        return STANDARD;
    }

    /**
     * Returns the workflow of a policy: its approval thresholds and quorum, and its critical float
     * for the schedule of a new baseline.
     *
     * @param policy the policy
     * @return the workflow
     */
    public static ChangeWorkflow of(Policy policy) {
        return new ChangeWorkflow(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Returns the approval routing the workflow decides by.
     *
     * @return the routing
     */
    public ApprovalRouting routing() {
        return routing;
    }

    /**
     * Returns the statuses a change request may move to from a status.
     *
     * @param from the status
     * @return the next statuses, unmodifiable, iterating in the order of {@link ChangeStatus}; empty
     *     for REJECTED and CLOSED
     */
    public static Set<ChangeStatus> next(ChangeStatus from) {
        Objects.requireNonNull(from, "from");
        EnumSet<ChangeStatus> next = EnumSet.noneOf(ChangeStatus.class);
        for (Step step : Step.values()) {
            if (step.from().contains(from)) {
                next.addAll(step.to());
            }
        }
        return Collections.unmodifiableSet(next);
    }

    /**
     * Submits a draft change request, or submits a deferred one again, which starts a new round of
     * assessment and decision. The first submission sets its submission date.
     *
     * @param project the project
     * @param id the change request
     * @param by who submits it
     * @param at when
     * @return the transition to SUBMITTED, or the refusal
     */
    public Result<Transition> submit(Project project, ChangeRequestId id, String by, OffsetDateTime at) {
        return begin(project, id, Step.SUBMIT, by, at).flatMap(cr -> {
            if (cr.status() == ChangeStatus.DEFERRED) {
                Optional<OffsetDateTime> deferred = Steps.deferredAt(cr);
                if (deferred.isPresent() && !at.isAfter(deferred.get())) {
                    String when = INSTANT.format(at);
                    String then = INSTANT.format(deferred.get());
                    return Result.refused(Refusal.of(Refusal.Reason.OUT_OF_ORDER,
                            "cannot submit change request " + cr.id() + " again at " + when
                                    + ": a re-submission must come after the deferral at " + then,
                            "无法于 " + when + " 重新提交变更请求 " + cr.id() + "：重新提交须晚于推迟时间 " + then));
                }
            }
            ChangeRequest next = moved(cr, cr.impact(), ChangeStatus.SUBMITTED, by, at,
                    cr.submitted().isPresent() ? cr.submitted() : Optional.of(at.toLocalDate()));
            return Result.accepted(new Transition(cr.status(), next, replaced(project, next)));
        });
    }

    /**
     * Marks a submitted change request assessed; it must have an impact assessment. Whoever assesses
     * it cannot approve it.
     *
     * @param project the project
     * @param id the change request
     * @param by who assessed it
     * @param at when
     * @return the transition to ASSESSED, or the refusal
     */
    public Result<Transition> assess(Project project, ChangeRequestId id, String by, OffsetDateTime at) {
        return begin(project, id, Step.ASSESS, by, at).flatMap(cr -> assessed(project, cr, cr.impact(), by, at));
    }

    /**
     * Records the impact assessment of a submitted change request and marks it assessed. Whoever
     * assesses it cannot approve it.
     *
     * @param project the project
     * @param id the change request
     * @param impact the assessed impact, replacing any the change request had
     * @param by who assessed it
     * @param at when
     * @return the transition to ASSESSED, or the refusal
     */
    public Result<Transition> assess(Project project, ChangeRequestId id, ImpactAssessment impact, String by,
            OffsetDateTime at) {
        Objects.requireNonNull(impact, "impact");
        return begin(project, id, Step.ASSESS, by, at).flatMap(cr -> assessed(project, cr, Optional.of(impact), by, at));
    }

    private Result<Transition> assessed(Project project, ChangeRequest cr, Optional<ImpactAssessment> impact, String by,
            OffsetDateTime at) {
        if (impact.isEmpty()) {
            return Result.refused(noImpact(cr, Step.ASSESS));
        }
        ChangeRequest next = moved(cr, impact, ChangeStatus.ASSESSED, by, at, cr.submitted());
        return Result.accepted(new Transition(cr.status(), next, replaced(project, next)));
    }

    /**
     * Records a decision on an assessed change request in its sealed log, and moves it to APPROVED,
     * REJECTED or DEFERRED once the decisions of this round settle it (see the class description);
     * until then it stays ASSESSED.
     *
     * @param project the project
     * @param id the change request
     * @param decision the decision; a hash it carries is replaced by the log's
     * @return the transition (possibly from ASSESSED to ASSESSED), or the refusal
     */
    public Result<Transition> decide(Project project, ChangeRequestId id, Decision decision) {
        Objects.requireNonNull(decision, "decision");
        return begin(project, id, Step.DECIDE, decision.by(), decision.at()).flatMap(cr -> {
            if (cr.impact().isEmpty()) {
                return Result.refused(noImpact(cr, Step.DECIDE));
            }
            ApprovalRoute route = routing.route(cr.impact().get(), FinanceRules.budgetAtCompletion(project));
            Optional<Refusal> refusal = checkDecision(cr, route, decision);
            if (refusal.isPresent()) {
                return Result.refused(refusal.get());
            }
            return DecisionLog.append(cr, decision.withoutHash()).map(logged -> {
                Optional<ChangeStatus> verdict = Votes.of(route, Steps.round(logged)).verdict();
                ChangeRequest next = verdict.isEmpty() ? logged
                        : moved(logged, logged.impact(), verdict.get(), decision.by(), decision.at(), logged.submitted());
                return new Transition(cr.status(), next, replaced(project, next));
            });
        });
    }

    private static Optional<Refusal> checkDecision(ChangeRequest cr, ApprovalRoute route, Decision decision) {
        String who = decision.by();
        Text role = Words.role(decision.role());
        if (!route.requiredRoles().contains(decision.role())) {
            return Optional.of(Refusal.of(Refusal.Reason.ROLE_NOT_REQUIRED,
                    who + " decided on change request " + cr.id() + " as " + role.english()
                            + ", a role its approval route does not call for; it " + route.explanation().english(),
                    who + " 以" + role.chinese() + "身份对变更请求 " + cr.id() + " 作出决策，但其审批路径不需要该角色；"
                            + route.explanation().chinese()));
        }
        List<Decision> round = Steps.round(cr);
        Votes votes = Votes.of(route, round);
        if (votes.settled(decision.role())) {
            boolean compliance = decision.role() == Role.COMPLIANCE_OFFICER;
            Text party = compliance ? Text.of("the compliance officer", "合规官") : route.authority().label();
            DecisionType outcome = (compliance ? votes.compliance() : votes.authority()).orElseThrow();
            Text verb = Words.decision(outcome);
            return Optional.of(Refusal.of(Refusal.Reason.ALREADY_DECIDED,
                    party.english() + " has already decided on change request " + cr.id() + " (" + verb.english()
                            + "); still awaited: " + votes.awaited().english(),
                    party.chinese() + "已对变更请求 " + cr.id() + " 作出决定（" + verb.chinese() + "）；仍需："
                            + votes.awaited().chinese()));
        }
        String person = Words.person(who);
        for (Decision earlier : round) {
            if (Words.person(earlier.by()).equals(person)) {
                Text verb = Words.decision(earlier.decision());
                Text as = Words.role(earlier.role());
                String when = INSTANT.format(earlier.at());
                return Optional.of(Refusal.of(Refusal.Reason.ALREADY_VOTED,
                        who + " has already decided on change request " + cr.id() + " in this round (" + verb.english()
                                + " as " + as.english() + " at " + when + "); one person cannot vote twice",
                        who + " 已在本轮对变更请求 " + cr.id() + " 作出决策（于 " + when + " 以" + as.chinese() + "身份"
                                + verb.chinese() + "）；同一人不能重复投票"));
            }
        }
        if (decision.decision() == DecisionType.APPROVE) {
            if (Words.person(cr.requester()).equals(person)) {
                return Optional.of(ownChange(who, cr, Text.of("requested", "是变更请求 " + cr.id() + " 的申请人"),
                        Words.decision(DecisionType.APPROVE)));
            }
            Optional<String> assessor = Steps.assessor(cr);
            if (assessor.isPresent() && Words.person(assessor.get()).equals(person)) {
                return Optional.of(ownChange(who, cr, Text.of("assessed", "评估了变更请求 " + cr.id()),
                        Words.decision(DecisionType.APPROVE)));
            }
        }
        return Optional.empty();
    }

    private static Refusal ownChange(String who, ChangeRequest cr, Text did, Text cannot) {
        return Refusal.of(Refusal.Reason.OWN_CHANGE,
                who + " " + did.english() + " change request " + cr.id() + " and cannot " + cannot.english()
                        + " it (maker-checker)",
                who + " " + did.chinese() + "，不能" + cannot.chinese() + "该变更（双人复核）");
    }

    /**
     * Implements an approved change request: applies its proposed activity edits to the project
     * ({@link ProposedChanges}) and, on request, adds the next baseline version made from the
     * changed project's schedule (at its status date; planned from the start without one), dated
     * the day of the approval and linked to the change request ({@link Rebaseline}). Earlier
     * baselines are kept.
     *
     * @param project the project
     * @param id the change request
     * @param by who implemented it
     * @param at when
     * @param baseline whether to make a new baseline version
     * @return the transition to IMPLEMENTED with the changed project, or the refusal (also when the
     *     edits do not apply or leave a project that cannot be scheduled)
     */
    public Result<Transition> implement(Project project, ChangeRequestId id, String by, OffsetDateTime at,
            BaselineOption baseline) {
        Objects.requireNonNull(baseline, "baseline");
        return begin(project, id, Step.IMPLEMENT, by, at).flatMap(cr -> ProposedChanges.apply(project, cr).flatMap(changed -> {
            boolean edits = cr.activities().filter(a -> !a.isEmpty()).isPresent();
            if (!edits && baseline == BaselineOption.KEEP) {
                return Result.accepted(implemented(changed, cr, by, at, Optional.empty()));
            }
            return Scheduling.current(changed, policy, cr).map(schedule -> implemented(changed, cr, by, at,
                    baseline == BaselineOption.NEW_VERSION ? Optional.of(schedule) : Optional.empty()));
        }));
    }

    private static Transition implemented(Project changed, ChangeRequest cr, String by, OffsetDateTime at,
            Optional<Schedule> rebaseline) {
        ChangeRequest next = moved(cr, cr.impact(), ChangeStatus.IMPLEMENTED, by, at, cr.submitted());
        Project project = replaced(changed, next);
        if (rebaseline.isPresent()) {
            OffsetDateTime approved = Steps.approvedAt(cr).orElse(at);
            project = project.toBuilder()
                    .baseline(Rebaseline.next(changed, rebaseline.get(), cr, approved.toLocalDate())).build();
        }
        return new Transition(cr.status(), next, project);
    }

    /**
     * Marks an implemented change request verified. Whoever implemented it cannot verify it.
     *
     * @param project the project
     * @param id the change request
     * @param by who verified it
     * @param at when
     * @return the transition to VERIFIED, or the refusal
     */
    public Result<Transition> verify(Project project, ChangeRequestId id, String by, OffsetDateTime at) {
        return begin(project, id, Step.VERIFY, by, at).flatMap(cr -> {
            Optional<String> implementer = Steps.implementer(cr);
            if (implementer.isPresent() && Words.person(implementer.get()).equals(Words.person(by))) {
                return Result.refused(ownChange(by, cr, Text.of("implemented", "实施了变更请求 " + cr.id()),
                        Step.VERIFY.verb()));
            }
            ChangeRequest next = moved(cr, cr.impact(), ChangeStatus.VERIFIED, by, at, cr.submitted());
            return Result.accepted(new Transition(cr.status(), next, replaced(project, next)));
        });
    }

    /**
     * Closes a verified change request.
     *
     * @param project the project
     * @param id the change request
     * @param by who closed it
     * @param at when
     * @return the transition to CLOSED, or the refusal
     */
    public Result<Transition> close(Project project, ChangeRequestId id, String by, OffsetDateTime at) {
        return begin(project, id, Step.CLOSE, by, at).flatMap(cr -> {
            ChangeRequest next = moved(cr, cr.impact(), ChangeStatus.CLOSED, by, at, cr.submitted());
            return Result.accepted(new Transition(cr.status(), next, replaced(project, next)));
        });
    }

    /** Finds the change request and checks that the step may be taken from its status at that instant. */
    private static Result<ChangeRequest> begin(Project project, ChangeRequestId id, Step step, String by,
            OffsetDateTime at) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (by.isBlank()) {
            throw new IllegalArgumentException("who takes a change-control step must not be blank: '" + by + "'");
        }
        Optional<ChangeRequest> found = project.changeRequests().stream().filter(c -> c.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            return Result.refused(Refusal.of(Refusal.Reason.UNKNOWN_CHANGE,
                    "project " + project.id() + " has no change request " + id,
                    "项目 " + project.id() + " 中没有变更请求 " + id));
        }
        ChangeRequest cr = found.get();
        Text verb = step.verb();
        if (!step.from().contains(cr.status())) {
            Text status = Words.status(cr.status());
            return Result.refused(Refusal.of(Refusal.Reason.INVALID_TRANSITION,
                    "cannot " + verb.english() + " change request " + cr.id() + ": it is " + status.english()
                            + "; only " + step.rule().english(),
                    "无法" + verb.chinese() + "变更请求 " + cr.id() + "：其状态为" + status.chinese() + "；只有"
                            + step.rule().chinese()));
        }
        Optional<OffsetDateTime> latest = Steps.latest(cr);
        if (latest.isPresent() && at.isBefore(latest.get())) {
            String when = INSTANT.format(at);
            String then = INSTANT.format(latest.get());
            return Result.refused(Refusal.of(Refusal.Reason.OUT_OF_ORDER,
                    "cannot " + verb.english() + " change request " + cr.id() + " at " + when
                            + ": that is before its last recorded step at " + then,
                    "无法于 " + when + " " + verb.chinese() + "变更请求 " + cr.id() + "：早于其最近一次记录的步骤（" + then + "）"));
        }
        return Result.accepted(cr);
    }

    private static Refusal noImpact(ChangeRequest cr, Step step) {
        return Refusal.of(Refusal.Reason.NO_IMPACT_ASSESSMENT,
                "cannot " + step.verb().english() + " change request " + cr.id() + ": it has no impact assessment",
                "无法" + step.verb().chinese() + "变更请求 " + cr.id() + "：尚无影响评估");
    }

    /** The change request moved to a status, with the step recorded in its history. */
    private static ChangeRequest moved(ChangeRequest cr, Optional<ImpactAssessment> impact, ChangeStatus status,
            String by, OffsetDateTime at, Optional<LocalDate> submitted) {
        List<StatusChange> history = new ArrayList<>(cr.history().size() + 1);
        history.addAll(cr.history());
        history.add(new StatusChange(status, by, at));
        // a change with a recorded history has a sealed log: one recorded before sealing is sealed as it stands
        List<Decision> decisions = DecisionLog.verify(cr).status() == LogVerification.Status.UNSEALED
                ? DecisionLog.sealed(cr) : cr.decisions();
        return new ChangeRequest(cr.id(), cr.title(), cr.type(), cr.requester(), submitted, impact, status,
                decisions, cr.activities(), history);
    }

    /** The project with a change request in the place of the one with its id. */
    private static Project replaced(Project project, ChangeRequest change) {
        List<ChangeRequest> changes = new ArrayList<>(project.changeRequests());
        changes.replaceAll(c -> c.id().equals(change.id()) ? change : c);
        return project.toBuilder().changeRequests(changes).build();
    }
}
