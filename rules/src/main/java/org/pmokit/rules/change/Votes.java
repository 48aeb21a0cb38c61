package org.pmokit.rules.change;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Role;
import org.pmokit.rules.Text;

/**
 * The decisions of one round counted against an approval route: the authority's outcome (the
 * project manager's or the steering committee's decision, or the board's simple majority once a
 * quorum of members has voted), the compliance officer's, and the verdict. A rejection or deferral
 * by either party decides at once; approval needs every party the route calls for. Decisions in
 * roles the route does not call for, and second decisions of one person, do not count.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Votes {

    private final ApprovalRoute route;
    private final List<Decision> board;
    private final Optional<DecisionType> authority;
    private final Optional<DecisionType> compliance;

    private Votes(ApprovalRoute route, List<Decision> board, Optional<DecisionType> authority,
            Optional<DecisionType> compliance) {
        this.route = route;
        this.board = board;
        this.authority = authority;
        this.compliance = compliance;
    }

    /** Counts a round's decisions against a route. */
    static Votes of(ApprovalRoute route, List<Decision> round) {
        Set<String> seen = new HashSet<>();
        List<Decision> counted = new ArrayList<>();
        for (Decision d : round) {
            if (route.requiredRoles().contains(d.role()) && seen.add(Words.person(d.by()))) {
                counted.add(d);
            }
        }
        Role authorityRole = route.authority().role();
        List<Decision> byAuthority = counted.stream().filter(d -> d.role() == authorityRole).toList();
        Optional<DecisionType> authority = route.authority() == Authority.CHANGE_CONTROL_BOARD
                ? majority(byAuthority, route.quorum())
                : byAuthority.stream().findFirst().map(Decision::decision);
        Optional<DecisionType> compliance = counted.stream().filter(d -> d.role() == Role.COMPLIANCE_OFFICER)
                .findFirst().map(Decision::decision);
        return new Votes(route, route.authority() == Authority.CHANGE_CONTROL_BOARD ? byAuthority : List.of(),
                authority, compliance);
    }

    /** The decision more than half of the votes agree on, once a quorum has voted. */
    private static Optional<DecisionType> majority(List<Decision> votes, int quorum) {
        if (votes.size() < quorum) {
            return Optional.empty();
        }
        Map<DecisionType, Integer> counts = new EnumMap<>(DecisionType.class);
        for (Decision d : votes) {
            counts.merge(d.decision(), 1, Integer::sum);
        }
        return counts.entrySet().stream().filter(e -> 2 * e.getValue() > votes.size()).map(Map.Entry::getKey).findFirst();
    }

    /** Whether the party deciding in a role has already decided this round. */
    boolean settled(Role role) {
        return role == Role.COMPLIANCE_OFFICER ? compliance.isPresent() : authority.isPresent();
    }

    /** The authority's outcome, if settled. */
    Optional<DecisionType> authority() {
        return authority;
    }

    /** The compliance officer's outcome, if settled. */
    Optional<DecisionType> compliance() {
        return compliance;
    }

    /** The board members' counted votes this round; empty unless the board decides. */
    List<Decision> board() {
        return board;
    }

    /** The status the round leads to: rejected or deferred by either party, approved by all, or empty while open. */
    Optional<ChangeStatus> verdict() {
        if (authority.filter(d -> d == DecisionType.REJECT).isPresent()
                || compliance.filter(d -> d == DecisionType.REJECT).isPresent()) {
            return Optional.of(ChangeStatus.REJECTED);
        }
        if (authority.filter(d -> d == DecisionType.DEFER).isPresent()
                || compliance.filter(d -> d == DecisionType.DEFER).isPresent()) {
            return Optional.of(ChangeStatus.DEFERRED);
        }
        boolean complianceDone = !route.compliance() || compliance.isPresent();
        return authority.isPresent() && complianceDone ? Optional.of(ChangeStatus.APPROVED) : Optional.empty();
    }

    /** Whose decisions are still awaited, such as "2 more votes of the change control board and the compliance officer". */
    Text awaited() {
        List<Text> parts = new ArrayList<>();
        if (authority.isEmpty()) {
            if (route.authority() == Authority.CHANGE_CONTROL_BOARD) {
                int more = Math.max(1, route.quorum() - board.size());
                parts.add(board.size() < route.quorum()
                        ? Text.of(more + (more == 1 ? " more vote" : " more votes") + " of the change control board",
                                "变更控制委员会再 " + more + " 票")
                        : Text.of("a majority of the change control board (" + board.size() + " votes, none has more than half)",
                                "变更控制委员会形成多数（已有 " + board.size() + " 票，均未过半）"));
            } else {
                parts.add(route.authority().label());
            }
        }
        if (route.compliance() && compliance.isEmpty()) {
            parts.add(Text.of("the compliance officer", "合规官"));
        }
        if (parts.isEmpty()) {
            return Text.of("nobody", "无");
        }
        return Text.of(String.join(" and ", parts.stream().map(Text::english).toList()),
                String.join("和", parts.stream().map(Text::chinese).toList()));
    }
}
