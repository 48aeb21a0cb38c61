package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.ImpactAssessment;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Role;

/** Invariants of the workflow and the decision log over random walks and random byte edits. */
class ChangeWorkflowPropertiesTest {

    private static final List<String> PEOPLE = List.of(ChangeFixtures.REQUESTER, ChangeFixtures.ASSESSOR,
            ChangeFixtures.PM, ChangeFixtures.CCB_1, ChangeFixtures.CCB_2, ChangeFixtures.CCB_3, ChangeFixtures.CCB_4,
            ChangeFixtures.COMPLIANCE, ChangeFixtures.IMPLEMENTER, ChangeFixtures.VERIFIER, "Steering chair");

    /** One move of a random walk: which of the allowed steps, by whom, deciding what in which role, how much later. */
    record Move(int step, int person, Role role, DecisionType decision, int minutesLater, boolean newBaseline) {
    }

    @Provide
    Arbitrary<List<Move>> walks() {
        Arbitrary<Move> move = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, PEOPLE.size() - 1), Arbitraries.of(Role.class),
                Arbitraries.of(DecisionType.class), Arbitraries.integers().between(0, 3000), Arbitraries.of(true, false))
                .as(Move::new);
        return move.list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<ImpactAssessment> impacts() {
        // sizes around the limits of BAC 1,000,000: 1% = 10,000 and 5% = 50,000; 5 and 20 working days
        return Combinators.combine(Arbitraries.of("0.00", "9000.00", "10000.00", "44000.00", "-30000.00", "60000.00"),
                Arbitraries.of(0, 3, 5, 8, 20, 25, -6), Arbitraries.of(true, false))
                .as((cost, days, compliance) -> ChangeFixtures.impact(cost, days, compliance));
    }

    /**
     * Whatever steps are tried in whatever order, every accepted one moves the change request along
     * the workflow, records itself in the history, and leaves a decision log that verifies.
     */
    @Property(tries = 300)
    void anySequenceOfAllowedSteps_leavesALogThatVerifies(@ForAll("walks") List<Move> walk,
            @ForAll("impacts") ImpactAssessment impact) {
        ChangeWorkflow wf = ChangeWorkflow.standard();
        Project p = ChangeFixtures.project(ChangeFixtures.change(ChangeStatus.DRAFT, Optional.of(impact)));
        OffsetDateTime at = ChangeFixtures.T0;
        int accepted = 0;
        for (Move m : walk) {
            ChangeRequest before = ChangeFixtures.cr(p);
            List<Step> allowed = new ArrayList<>();
            for (Step s : Step.values()) {
                if (s.from().contains(before.status())) {
                    allowed.add(s);
                }
            }
            if (allowed.isEmpty()) {
                break; // rejected or closed
            }
            Step step = allowed.get(m.step() % allowed.size());
            at = at.plusMinutes(m.minutesLater());
            String by = PEOPLE.get(m.person());
            Result<Transition> result = switch (step) {
                case SUBMIT -> wf.submit(p, ChangeFixtures.CR1, by, at);
                case ASSESS -> wf.assess(p, ChangeFixtures.CR1, by, at);
                case DECIDE -> wf.decide(p, ChangeFixtures.CR1, ChangeFixtures.decision(by, m.role(), m.decision(), at));
                case IMPLEMENT -> wf.implement(p, ChangeFixtures.CR1, by, at,
                        m.newBaseline() ? BaselineOption.NEW_VERSION : BaselineOption.KEEP);
                case VERIFY -> wf.verify(p, ChangeFixtures.CR1, by, at);
                case CLOSE -> wf.close(p, ChangeFixtures.CR1, by, at);
            };
            if (!result.isAccepted()) {
                assertThat(result.why().orElseThrow().reason()).isNotEqualTo(Refusal.Reason.INVALID_TRANSITION);
                continue;
            }
            accepted++;
            Transition t = result.orElseThrow();
            p = t.project();
            ChangeRequest after = t.change();
            assertThat(after).isEqualTo(ChangeFixtures.cr(p));
            assertThat(DecisionLog.verify(after).status()).isEqualTo(LogVerification.Status.INTACT);
            assertThat(after.decisions()).hasSize(before.decisions().size() + (step == Step.DECIDE ? 1 : 0));
            if (after.status() != before.status()) {
                assertThat(ChangeWorkflow.next(before.status())).contains(after.status());
                assertThat(after.history()).hasSize(before.history().size() + 1);
                assertThat(after.history().get(after.history().size() - 1).status()).isEqualTo(after.status());
            } else {
                assertThat(step).isEqualTo(Step.DECIDE);
                assertThat(after.history()).isEqualTo(before.history());
            }
            if (after.status() == ChangeStatus.APPROVED && before.status() == ChangeStatus.ASSESSED) {
                // maker-checker held: nobody approved their own change
                String requester = Words.person(after.requester());
                String assessor = Words.person(Steps.assessor(after).orElseThrow());
                assertThat(Steps.round(after)).filteredOn(d -> d.decision() == DecisionType.APPROVE)
                        .extracting(d -> Words.person(d.by())).doesNotContain(requester, assessor);
            }
            if (step == Step.VERIFY) {
                // maker-checker held: nobody verified their own implementation
                assertThat(Words.person(by)).isNotEqualTo(Words.person(Steps.implementer(before).orElseThrow()));
            }
            Set<String> voters = new HashSet<>();
            for (Decision d : Steps.round(after)) {
                assertThat(voters.add(Words.person(d.by()))).as("%s votes once a round", d.by()).isTrue();
            }
        }
        Statistics.label("accepted steps").collect(accepted >= 10 ? "10+" : accepted >= 4 ? "4-9" : "0-3");
        Statistics.label("final status").collect(ChangeFixtures.cr(p).status());
        Statistics.label("final status").coverage(c -> {
            c.check(ChangeStatus.CLOSED).count(n -> n > 0);
            c.check(ChangeStatus.REJECTED).count(n -> n > 0);
        });
    }

    // ---- maker-checker in any spelling ---------------------------------------------------------------------

    @Provide
    Arbitrary<String> makers() {
        // the requester or the assessor of CR1, in any case, with spaces around
        return Combinators.combine(Arbitraries.of(ChangeFixtures.REQUESTER, ChangeFixtures.ASSESSOR),
                Arbitraries.longs(), Arbitraries.strings().withChars(' ', '\t').ofMaxLength(3),
                Arbitraries.strings().withChars(' ').ofMaxLength(3))
                .as((name, cases, before, after) -> {
                    StringBuilder b = new StringBuilder(before);
                    for (int i = 0; i < name.length(); i++) {
                        char ch = name.charAt(i);
                        b.append((cases >>> (i % 64) & 1) == 1 ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
                    }
                    return b.append(after).toString();
                });
    }

    /**
     * The requester and the assessor never approve their own change, whatever role the route lets
     * them decide in, however their name is spelt, and whatever has been decided before; they may
     * reject or defer it.
     */
    @Property(tries = 300)
    void theMakers_neverApproveTheirOwnChange(@ForAll("makers") String maker,
            @ForAll("routeRoles") Role role, @ForAll @IntRange(min = 0, max = 2) int earlierVotes) {
        ChangeWorkflow wf = ChangeWorkflow.standard();
        Project p = ChangeFixtures.assessed();
        List<String> board = List.of(ChangeFixtures.CCB_1, ChangeFixtures.CCB_2);
        for (int i = 0; i < earlierVotes; i++) {
            p = ChangeFixtures.ok(wf.decide(p, ChangeFixtures.CR1,
                    ChangeFixtures.decision(board.get(i), Role.CCB_MEMBER, DecisionType.APPROVE, ChangeFixtures.at(3 + i))));
        }
        OffsetDateTime at = ChangeFixtures.at(10);

        Result<Transition> approve = wf.decide(p, ChangeFixtures.CR1, ChangeFixtures.decision(maker, role, DecisionType.APPROVE, at));

        assertThat(approve.why()).hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(Refusal.Reason.OWN_CHANGE));
        assertThat(wf.decide(p, ChangeFixtures.CR1, ChangeFixtures.decision(maker, role, DecisionType.REJECT, at))
                .orElseThrow().to()).isIn(ChangeStatus.ASSESSED, ChangeStatus.REJECTED);
    }

    @Provide
    Arbitrary<Role> routeRoles() {
        return Arbitraries.of(Role.CCB_MEMBER, Role.COMPLIANCE_OFFICER);
    }

    // ---- any single-byte change to a logged decision is found ----------------------------------------------

    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> KEYS = Set.of("by", "role", "decision", "at", "comment", "hash");

    /** A sealed log of five decisions: the board and the compliance officer's approval, then one with a Chinese comment. */
    private static final ChangeRequest SEALED = sealed();

    private static ChangeRequest sealed() {
        ChangeRequest c = ChangeFixtures.cr(ChangeFixtures.approved());
        return DecisionLog.append(c, new Decision("Steering chair", Role.STEERING_COMMITTEE, DecisionType.DEFER,
                ChangeFixtures.at(9), Optional.of("下季度再议 \"Q3\"\n"))).orElseThrow();
    }

    /** A decision as the project document holds it (the fields in document order). */
    static byte[] json(Decision d) throws JsonProcessingException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("by", d.by());
        fields.put("role", d.role().name());
        fields.put("decision", d.decision().name());
        fields.put("at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.at()));
        d.comment().ifPresent(c -> fields.put("comment", c));
        fields.put("hash", d.hash().orElseThrow());
        return JSON.writeValueAsBytes(fields);
    }

    /** Reads a decision back as a strict reader would, or empty if the bytes are not a decision at all. */
    static Optional<Decision> read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || !n.isObject()) {
                return Optional.empty();
            }
            Set<String> names = new HashSet<>();
            n.fieldNames().forEachRemaining(names::add);
            if (!KEYS.containsAll(names) || !names.containsAll(Set.of("by", "role", "decision", "at", "hash"))) {
                return Optional.empty();
            }
            for (JsonNode v : n) {
                if (!v.isTextual()) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Decision(n.get("by").asText(), Role.valueOf(n.get("role").asText()),
                    DecisionType.valueOf(n.get("decision").asText()),
                    OffsetDateTime.parse(n.get("at").asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    Optional.ofNullable(n.get("comment")).map(JsonNode::asText), Optional.of(n.get("hash").asText())));
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Changing any one byte of a logged decision either leaves something no strict reader accepts, or
     * a decision that the log verification reports, at exactly that decision; a byte change that
     * leaves the same decision (another spelling of one character) changes nothing.
     */
    @Property(tries = 2000)
    void anySingleByteChange_toALoggedDecision_isFound(@ForAll @IntRange(min = 0, max = 4) int index,
            @ForAll @IntRange(min = 0, max = 100_000) int position, @ForAll @IntRange(min = 1, max = 255) int xor)
            throws JsonProcessingException {
        Decision original = SEALED.decisions().get(index);
        byte[] bytes = json(original);
        assertThat(read(bytes)).contains(original);
        int at = position % bytes.length;
        bytes[at] = (byte) (bytes[at] ^ xor);

        Optional<Decision> changed = read(bytes);
        // about a quarter of the edits still read as a decision (the rest break UTF-8 or the JSON): enough to matter
        Statistics.coverage(c -> c.check("another decision").percentage(p -> p > 15));

        if (changed.isEmpty()) {
            Statistics.collect("not a decision any more");
            return;
        }
        if (changed.get().equals(original)) {
            Statistics.collect("the same decision");
            return;
        }
        Statistics.collect("another decision");
        List<Decision> decisions = new ArrayList<>(SEALED.decisions());
        decisions.set(index, changed.get());
        LogVerification v = DecisionLog.verify(new ChangeRequest(SEALED.id(), SEALED.title(), SEALED.type(),
                SEALED.requester(), SEALED.submitted(), SEALED.impact(), SEALED.status(), decisions, SEALED.activities(),
                SEALED.history()));
        assertThat(v.status()).isEqualTo(LogVerification.Status.MISMATCH);
        assertThat(v.firstMismatch()).hasValue(index);
    }
}
