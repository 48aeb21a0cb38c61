package org.pmokit.rules.change;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.StatusChange;

/** What a change request's history and decisions say about its workflow: who, when, and the current round. */
final class Steps {

    private Steps() {
    }

    /** The last step into a status, if the history records one. */
    static Optional<StatusChange> last(ChangeRequest change, ChangeStatus status) {
        List<StatusChange> history = change.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).status() == status) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    /** The latest instant of any recorded step or decision. */
    static Optional<OffsetDateTime> latest(ChangeRequest change) {
        OffsetDateTime latest = null;
        for (StatusChange s : change.history()) {
            latest = later(latest, s.at());
        }
        for (Decision d : change.decisions()) {
            latest = later(latest, d.at());
        }
        return Optional.ofNullable(latest);
    }

    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** Who assessed the change request last, if the history records it. */
    static Optional<String> assessor(ChangeRequest change) {
        return last(change, ChangeStatus.ASSESSED).map(StatusChange::by);
    }

    /** Who implemented the change request last, if the history records it. */
    static Optional<String> implementer(ChangeRequest change) {
        return last(change, ChangeStatus.IMPLEMENTED).map(StatusChange::by);
    }

    /**
     * The decisions of the current round. A round starts with a submission, and a deferred change
     * is submitted again before it is decided anew, so the round holds the decisions made after the
     * last deferral recorded in the history and not before the last submission recorded there (the
     * workflow re-submits a deferred change only after every earlier decision, so this also closes
     * the round of a change deferred before its history was recorded); every decision without a
     * recorded history.
     */
    static List<Decision> round(ChangeRequest change) {
        Optional<OffsetDateTime> deferred = last(change, ChangeStatus.DEFERRED).map(StatusChange::at);
        Optional<OffsetDateTime> submitted = last(change, ChangeStatus.SUBMITTED).map(StatusChange::at);
        if (deferred.isEmpty() && submitted.isEmpty()) {
            return change.decisions();
        }
        return change.decisions().stream()
                .filter(d -> deferred.isEmpty() || d.at().isAfter(deferred.get()))
                .filter(d -> submitted.isEmpty() || !d.at().isBefore(submitted.get()))
                .toList();
    }

    /**
     * The instant a re-submission of a deferred change must come after: its last deferral recorded
     * in the history, else (deferred before its history was recorded) its latest decision.
     */
    static Optional<OffsetDateTime> deferredAt(ChangeRequest change) {
        Optional<StatusChange> step = last(change, ChangeStatus.DEFERRED);
        if (step.isPresent()) {
            return Optional.of(step.get().at());
        }
        return change.decisions().stream().map(Decision::at).max(OffsetDateTime::compareTo);
    }

    /** When the change request was approved: its last step into APPROVED, else its last approving decision. */
    static Optional<OffsetDateTime> approvedAt(ChangeRequest change) {
        Optional<StatusChange> step = last(change, ChangeStatus.APPROVED);
        if (step.isPresent()) {
            return Optional.of(step.get().at());
        }
        List<Decision> decisions = change.decisions();
        for (int i = decisions.size() - 1; i >= 0; i--) {
            if (decisions.get(i).decision() == DecisionType.APPROVE) {
                return Optional.of(decisions.get(i).at());
            }
        }
        return Optional.empty();
    }

    /** The statuses of a change that was approved: APPROVED and every status after it. */
    static final Set<ChangeStatus> APPROVED = Set.copyOf(EnumSet.of(ChangeStatus.APPROVED,
            ChangeStatus.IMPLEMENTED, ChangeStatus.VERIFIED, ChangeStatus.CLOSED));

    /** When the change request was implemented, if the history records it. */
    static Optional<OffsetDateTime> implementedAt(ChangeRequest change) {
        return last(change, ChangeStatus.IMPLEMENTED).map(StatusChange::at);
    }

    /** Since when the change request waits for a decision: its last submission, else its submission date. */
    static Optional<LocalDate> waitingSince(ChangeRequest change) {
        Optional<StatusChange> step = last(change, ChangeStatus.SUBMITTED);
        return step.isPresent() ? Optional.of(step.get().at().toLocalDate()) : change.submitted();
    }
}
