package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pmokit.rules.change.ChangeFixtures.CR1;
import static org.pmokit.rules.change.ChangeFixtures.REQUESTER;
import static org.pmokit.rules.change.ChangeFixtures.approved;
import static org.pmokit.rules.change.ChangeFixtures.cr;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ChangeType;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Role;
import org.pmokit.core.project.StatusChange;
import org.pmokit.rules.Text;

class DecisionLogTest {

    /** CR1 approved through the workflow: four sealed decisions (three board members, the compliance officer). */
    private static final ChangeRequest SEALED = cr(approved());

    private static ChangeRequest withDecisions(ChangeRequest c, List<Decision> decisions) {
        return new ChangeRequest(c.id(), c.title(), c.type(), c.requester(), c.submitted(), c.impact(), c.status(),
                decisions, c.activities(), c.history());
    }

    private static ChangeRequest edited(int index, UnaryOperator<Decision> edit) {
        List<Decision> decisions = new ArrayList<>(SEALED.decisions());
        decisions.set(index, edit.apply(decisions.get(index)));
        return withDecisions(SEALED, decisions);
    }

    private static void assertBrokenAt(LogVerification v, LogVerification.Status status, int index) {
        assertThat(v.status()).as("%s", v).isEqualTo(status);
        assertThat(v.firstMismatch()).isEqualTo(OptionalInt.of(index));
        assertThat(v.isBroken()).isTrue();
        assertThat(v.isIntact()).isFalse();
    }

    // ---- the hash, on a worked example -------------------------------------------------------------------

    /**
     * Known answers computed outside Java (Python hashlib) from the documented encoding: each field
     * UTF-8 with a 4-byte big-endian length, the first decision after 32 zero bytes.
     */
    @Test
    void hash_isTheDocumentedSha256_onAWorkedExample() {
        ChangeRequest c = ChangeFixtures.change(ChangeStatus.ASSESSED);
        Decision first = new Decision("Zhang Wei", Role.CCB_MEMBER, DecisionType.APPROVE,
                OffsetDateTime.parse("2026-01-12T12:00:00+08:00"), Optional.empty());
        Decision second = new Decision("Zhao Min", Role.COMPLIANCE_OFFICER, DecisionType.APPROVE,
                OffsetDateTime.parse("2026-01-12T13:30:00.5Z"), Optional.of("同意，注意数据合规"));

        String h1 = DecisionLog.hash(c, Optional.empty(), first);
        String h2 = DecisionLog.hash(c, Optional.of(h1), second);

        assertThat(h1).isEqualTo("7639f56d8e78b6229f9834df94f3a4d53de31b51477315fb91219f08a3d89707");
        assertThat(h2).isEqualTo("535a77204385abf08c7c435a16d83bbe09edc176f4e8bb77327075f10bb9fa63");
        // a hash the decision carries is not part of its content
        assertThat(DecisionLog.hash(c, Optional.empty(), first.withHash(h2))).isEqualTo(h1);
    }

    @Test
    void hash_refusesAMalformedPreviousHash() {
        Decision d = ChangeFixtures.decision("x", Role.SPONSOR, DecisionType.APPROVE, ChangeFixtures.T0);
        assertThatIllegalArgumentException().isThrownBy(() -> DecisionLog.hash(SEALED, Optional.of("abc"), d))
                .withMessage("a decision hash must be 64 lower-case hexadecimal digits: abc");
        String notHex = "g".repeat(64);
        assertThatIllegalArgumentException().isThrownBy(() -> DecisionLog.hash(SEALED, Optional.of(notHex), d))
                .withMessage("a decision hash must be 64 lower-case hexadecimal digits: " + notHex);
        String upper = "A".repeat(64);
        assertThatIllegalArgumentException().isThrownBy(() -> DecisionLog.hash(SEALED, Optional.of(upper), d))
                .withMessage("a decision hash must be 64 lower-case hexadecimal digits: " + upper);
    }

    // ---- intact logs --------------------------------------------------------------------------------------------

    @Test
    void aLogSealedByTheWorkflow_isIntact() {
        LogVerification v = DecisionLog.verify(SEALED);

        assertThat(v.isIntact()).isTrue();
        assertThat(v.isBroken()).isFalse();
        assertThat(v.firstMismatch()).isEmpty();
        assertThat(v.message()).isEqualTo(Text.of("the decision log of change request CR1 verifies: 4 sealed decisions",
                "变更请求 CR1 的决策日志校验通过：共 4 项已封存决策"));
        assertThat(DecisionLog.head(SEALED)).isEqualTo(SEALED.decisions().get(3).hash());
    }

    @Test
    void anEmptyLog_isIntact_andHasNoHead() {
        ChangeRequest empty = ChangeFixtures.change(ChangeStatus.DRAFT);

        assertThat(DecisionLog.verify(empty).status()).isEqualTo(LogVerification.Status.INTACT);
        assertThat(DecisionLog.head(empty)).isEmpty();
    }

    @Test
    void append_sealsEachDecisionOverThePreviousHash() {
        ChangeRequest c = ChangeFixtures.change(ChangeStatus.ASSESSED);
        Decision d1 = ChangeFixtures.decision("A", Role.CCB_MEMBER, DecisionType.APPROVE, ChangeFixtures.at(1));
        Decision d2 = ChangeFixtures.decision("B", Role.CCB_MEMBER, DecisionType.REJECT, ChangeFixtures.at(2));

        ChangeRequest one = DecisionLog.append(c, d1).orElseThrow();
        ChangeRequest two = DecisionLog.append(one, d2).orElseThrow();

        String h1 = DecisionLog.hash(c, Optional.empty(), d1);
        assertThat(two.decisions()).containsExactly(d1.withHash(h1), d2.withHash(DecisionLog.hash(c, Optional.of(h1), d2)));
        assertThat(two.status()).isEqualTo(ChangeStatus.ASSESSED);
    }

    // ---- tampering, found at the exact entry ------------------------------------------------------------

    static Stream<Arguments> edits() {
        List<Arguments> all = new ArrayList<>();
        List<Arguments> kinds = List.of(
                Arguments.of("who", (UnaryOperator<Decision>) d -> new Decision(d.by() + " ", d.role(), d.decision(), d.at(),
                        d.comment(), d.hash())),
                Arguments.of("role", (UnaryOperator<Decision>) d -> new Decision(d.by(), Role.STEERING_COMMITTEE, d.decision(),
                        d.at(), d.comment(), d.hash())),
                Arguments.of("decision", (UnaryOperator<Decision>) d -> new Decision(d.by(), d.role(), DecisionType.REJECT,
                        d.at(), d.comment(), d.hash())),
                Arguments.of("instant", (UnaryOperator<Decision>) d -> new Decision(d.by(), d.role(), d.decision(),
                        d.at().plusNanos(1), d.comment(), d.hash())),
                Arguments.of("offset only", (UnaryOperator<Decision>) d -> new Decision(d.by(), d.role(), d.decision(),
                        d.at().withOffsetSameInstant(java.time.ZoneOffset.UTC), d.comment(), d.hash())),
                Arguments.of("comment added", (UnaryOperator<Decision>) d -> new Decision(d.by(), d.role(), d.decision(),
                        d.at(), Optional.of(""), d.hash())),
                Arguments.of("hash", (UnaryOperator<Decision>) d -> d.withHash(d.hash().orElseThrow().replace('a', 'b')
                        .replace('0', '1'))));
        for (Arguments kind : kinds) {
            for (int i = 0; i < SEALED.decisions().size(); i++) {
                all.add(Arguments.of(kind.get()[0], kind.get()[1], i));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} of decision {2}")
    @MethodSource("edits")
    void anEditedDecision_isFoundAtItsIndex(String what, UnaryOperator<Decision> edit, int index) {
        assertBrokenAt(DecisionLog.verify(edited(index, edit)), LogVerification.Status.MISMATCH, index);
    }

    @Test
    void aMismatch_saysWhichDecision_withTheExpectedAndTheFoundHash() {
        ChangeRequest c = edited(2, d -> new Decision(d.by(), d.role(), DecisionType.REJECT, d.at(), d.comment(), d.hash()));

        LogVerification v = DecisionLog.verify(c);

        assertThat(v.found()).isEqualTo(SEALED.decisions().get(2).hash());
        assertThat(v.expected()).contains(DecisionLog.hash(c, SEALED.decisions().get(1).hash(), c.decisions().get(2)));
        assertThat(v.message().english()).isEqualTo("decision 3 of change request CR1 does not match its hash: it was"
                + " edited, or a decision before it was deleted, inserted or moved");
        assertThat(v.message().chinese())
                .isEqualTo("变更请求 CR1 的第 3 项决策与其哈希值不符：该决策被修改，或其之前的决策被删除、插入或移动");
    }

    @ParameterizedTest(name = "deleting decision {0}")
    @ValueSource(ints = {0, 1, 2})
    void aDeletedDecision_isFoundAtTheDecisionThatFollowedIt(int index) {
        List<Decision> decisions = new ArrayList<>(SEALED.decisions());
        decisions.remove(index);

        assertBrokenAt(DecisionLog.verify(withDecisions(SEALED, decisions)), LogVerification.Status.MISMATCH, index);
    }

    @Test
    void theLastDecisionDeleted_isFoundWithTheAnchor() {
        String anchor = DecisionLog.head(SEALED).orElseThrow();
        ChangeRequest cut = withDecisions(SEALED, SEALED.decisions().subList(0, 3));

        assertThat(DecisionLog.verify(cut).isIntact()).isTrue(); // a chain alone cannot see its end cut
        LogVerification v = DecisionLog.verify(cut, anchor);

        assertBrokenAt(v, LogVerification.Status.ANCHOR_NOT_FOUND, 3);
        assertThat(v.expected()).contains(anchor);
        assertThat(v.found()).isEqualTo(DecisionLog.head(cut));
        assertThat(v.message().english()).isEqualTo("the decision log of change request CR1 no longer holds the decision"
                + " sealed as " + anchor + ": decisions were cut from its end, or the log was sealed again");
        assertThat(v.message().chinese()).isEqualTo("变更请求 CR1 的决策日志中已没有哈希值为 " + anchor
                + " 的决策：日志末尾的决策被删除，或日志被重新封存");
    }

    @Test
    void anAnchor_acceptsDecisionsAppendedAfterIt() {
        ChangeRequest early = withDecisions(SEALED, SEALED.decisions().subList(0, 2));
        String anchor = DecisionLog.head(early).orElseThrow();

        assertThat(DecisionLog.verify(SEALED, anchor).isIntact()).isTrue();
    }

    @Test
    void aLogSealedAgainAfterAnEdit_isFoundWithTheAnchor() {
        String anchor = DecisionLog.head(SEALED).orElseThrow();
        ChangeRequest blank = withDecisions(SEALED, List.of());
        ChangeRequest resealed = blank;
        for (Decision d : SEALED.decisions()) {
            Decision changed = d.by().equals(ChangeFixtures.CCB_2)
                    ? new Decision(d.by(), d.role(), DecisionType.REJECT, d.at(), d.comment()) : d.withoutHash();
            resealed = DecisionLog.append(resealed, changed).orElseThrow();
        }

        assertThat(DecisionLog.verify(resealed).isIntact()).isTrue();
        assertBrokenAt(DecisionLog.verify(resealed, anchor), LogVerification.Status.ANCHOR_NOT_FOUND, 4);
    }

    @ParameterizedTest(name = "inserting at {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void anInsertedDecision_isFoundAtItsIndex_sealedOrNot(int index) {
        Decision forged = ChangeFixtures.decision("Intruder", Role.CCB_MEMBER, DecisionType.APPROVE, ChangeFixtures.at(4));
        List<Decision> unsealed = new ArrayList<>(SEALED.decisions());
        unsealed.add(index, forged);
        List<Decision> sealed = new ArrayList<>(SEALED.decisions());
        sealed.add(index, forged.withHash(DecisionLog.hash(SEALED, Optional.empty(), forged)));

        assertBrokenAt(DecisionLog.verify(withDecisions(SEALED, unsealed)), LogVerification.Status.MISSING_HASH, index);
        LogVerification v = DecisionLog.verify(withDecisions(SEALED, sealed));
        // sealed as if first: matches only at index 0, and then the decision after it no longer does
        assertBrokenAt(v, LogVerification.Status.MISMATCH, index == 0 ? 1 : index);
    }

    @ParameterizedTest(name = "swapping {0} and the next")
    @ValueSource(ints = {0, 1, 2})
    void reorderedDecisions_areFoundAtTheFirstMovedOne(int index) {
        List<Decision> decisions = new ArrayList<>(SEALED.decisions());
        decisions.set(index, SEALED.decisions().get(index + 1));
        decisions.set(index + 1, SEALED.decisions().get(index));

        assertBrokenAt(DecisionLog.verify(withDecisions(SEALED, decisions)), LogVerification.Status.MISMATCH, index);
    }

    @ParameterizedTest(name = "hash of decision {0} removed")
    @ValueSource(ints = {0, 1, 2, 3})
    void aRemovedHash_isFoundAtItsIndex(int index) {
        LogVerification v = DecisionLog.verify(edited(index, Decision::withoutHash));

        assertBrokenAt(v, LogVerification.Status.MISSING_HASH, index);
        assertThat(v.found()).isEmpty();
        assertThat(v.message().english()).isEqualTo("decision " + (index + 1) + " of change request CR1 has no hash,"
                + " though the log is sealed: it was inserted or its hash removed");
        assertThat(v.message().chinese()).isEqualTo("变更请求 CR1 的第 " + (index + 1)
                + " 项决策没有哈希值，而日志已封存：该决策系插入，或其哈希值被删除");
    }

    @Test
    void everyHashRemoved_fromAChangeWithAHistory_isFoundAtTheFirstDecision() {
        ChangeRequest stripped = withDecisions(SEALED, SEALED.decisions().stream().map(Decision::withoutHash).toList());

        assertBrokenAt(DecisionLog.verify(stripped), LogVerification.Status.MISSING_HASH, 0);
    }

    @Test
    void aLogRecordedBeforeSealing_isUnsealed_notBroken() {
        ChangeRequest legacy = new ChangeRequest(CR1, "Move the churn model", ChangeType.SCHEDULE, REQUESTER,
                Optional.empty(), Optional.empty(), ChangeStatus.CLOSED,
                List.of(ChangeFixtures.decision("PM", Role.PROJECT_MANAGER, DecisionType.APPROVE, ChangeFixtures.T0)),
                Optional.empty());

        LogVerification v = DecisionLog.verify(legacy);

        assertThat(v.status()).isEqualTo(LogVerification.Status.UNSEALED);
        assertThat(v.isBroken()).isFalse();
        assertThat(v.isIntact()).isFalse();
        assertThat(v.message()).isEqualTo(Text.of("the decision log of change request CR1 is not sealed: its decision has a hash",
                "变更请求 CR1 的决策日志未封存：1 项决策均无哈希值"));
    }

    @Test
    void theRequesterChanged_breaksTheFirstDecision() {
        ChangeRequest c = new ChangeRequest(SEALED.id(), SEALED.title(), SEALED.type(), ChangeFixtures.CCB_1,
                SEALED.submitted(), SEALED.impact(), SEALED.status(), SEALED.decisions(), SEALED.activities(), SEALED.history());

        assertBrokenAt(DecisionLog.verify(c), LogVerification.Status.MISMATCH, 0);
    }

    @Test
    void aLogMovedToAnotherChangeRequest_breaksTheFirstDecision() {
        ChangeRequest c = new ChangeRequest(ChangeRequestId.of("CR7"), SEALED.title(), SEALED.type(), SEALED.requester(),
                SEALED.submitted(), SEALED.impact(), SEALED.status(), SEALED.decisions(), SEALED.activities(), SEALED.history());

        assertBrokenAt(DecisionLog.verify(c), LogVerification.Status.MISMATCH, 0);
    }

    @Test
    void theTitleStatusAndHistory_areNotPartOfTheDecisions() {
        ChangeRequest c = new ChangeRequest(SEALED.id(), "Another title", SEALED.type(), SEALED.requester(),
                SEALED.submitted(), SEALED.impact(), ChangeStatus.CLOSED, SEALED.decisions(), SEALED.activities(),
                List.of(new StatusChange(ChangeStatus.CLOSED, "x", ChangeFixtures.T0)));

        assertThat(DecisionLog.verify(c).isIntact()).isTrue();
    }

    @Test
    void append_refusesABrokenLog() {
        ChangeRequest broken = edited(1, Decision::withoutHash);

        Result<ChangeRequest> r = DecisionLog.append(broken,
                ChangeFixtures.decision("x", Role.CCB_MEMBER, DecisionType.APPROVE, ChangeFixtures.at(40)));

        assertThat(r.why()).hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo(Refusal.Reason.LOG_BROKEN));
    }

    @Test
    void verifyProject_checksEveryChangeRequest_inDocumentOrder() {
        ChangeRequest broken = new ChangeRequest(ChangeRequestId.of("CR2"), SEALED.title(), SEALED.type(),
                SEALED.requester(), SEALED.submitted(), SEALED.impact(), SEALED.status(), SEALED.decisions(),
                SEALED.activities(), SEALED.history());
        var project = ChangeFixtures.projectBuilder().changeRequest(SEALED).changeRequest(broken).build();

        assertThat(DecisionLog.verify(project)).extracting(LogVerification::change, LogVerification::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CR1, LogVerification.Status.INTACT),
                        org.assertj.core.groups.Tuple.tuple(ChangeRequestId.of("CR2"), LogVerification.Status.MISMATCH));
    }

    @Test
    void verification_checksThatTheIndexGoesWithTheStatus() {
        Text m = Text.of("m", "m");
        assertThatIllegalArgumentException().isThrownBy(() -> new LogVerification(CR1, LogVerification.Status.MISMATCH,
                OptionalInt.empty(), Optional.empty(), Optional.empty(), m))
                .withMessage("status MISMATCH needs a first mismatching decision: OptionalInt.empty");
        assertThatIllegalArgumentException().isThrownBy(() -> new LogVerification(CR1, LogVerification.Status.INTACT,
                OptionalInt.of(0), Optional.empty(), Optional.empty(), m))
                .withMessage("status INTACT has no first mismatching decision: OptionalInt[0]");
    }

    // ---- any tampering with a random log is found at the exact decision ----------------------------------------

    /** One decision of a random log: who, in which role, what, minutes after the one before, and a comment. */
    record Entry(String by, Role role, DecisionType type, int minutesLater, Optional<String> comment) {
    }

    /** How a log is tampered with: delete, swap with a later one, edit the comment of, or cut the end at a position. */
    enum Tamper { DELETE, SWAP, EDIT_COMMENT, CUT_END }

    @Provide
    Arbitrary<List<Entry>> logs() {
        Arbitrary<Entry> entry = Combinators.combine(Arbitraries.of("Zhang Wei", "Chen Jie", "Liu Yang", "Zhao Min", "王芳"),
                Arbitraries.of(Role.class), Arbitraries.of(DecisionType.class), Arbitraries.integers().between(1, 10_000),
                Arbitraries.strings().alpha().withChars('同', '意', ' ').ofMaxLength(12).optional())
                .as(Entry::new);
        return entry.list().ofMinSize(2).ofMaxSize(8);
    }

    /** Seals a random log through {@link DecisionLog#append}, one decision after the other. */
    private static ChangeRequest sealedLog(List<Entry> entries) {
        ChangeRequest c = withDecisions(SEALED, List.of());
        OffsetDateTime at = ChangeFixtures.T0;
        for (Entry e : entries) {
            at = at.plusMinutes(e.minutesLater());
            c = DecisionLog.append(c, new Decision(e.by(), e.role(), e.type(), at, e.comment())).orElseThrow();
        }
        return c;
    }

    /**
     * Whatever the log, deleting a decision (but the last), swapping two, or editing one is found by
     * the chain at exactly the first position that changed; cutting the end is found with the head
     * kept as an anchor, at the first missing position. The untouched log verifies, with its anchor.
     */
    @Property(tries = 500)
    void anyTampering_withARandomLog_isFoundAtTheFirstChangedDecision(@ForAll("logs") List<Entry> entries,
            @ForAll Tamper tamper, @ForAll @IntRange(min = 0, max = 1000) int a, @ForAll @IntRange(min = 0, max = 1000) int b) {
        ChangeRequest log = sealedLog(entries);
        String anchor = DecisionLog.head(log).orElseThrow();
        int n = log.decisions().size();
        assertThat(DecisionLog.verify(log, anchor).isIntact()).isTrue();

        List<Decision> decisions = new ArrayList<>(log.decisions());
        int i = a % (n - 1); // 0 .. n-2: a decision that has one after it
        switch (tamper) {
            case DELETE -> decisions.remove(i);
            case SWAP -> {
                int j = i + 1 + b % (n - 1 - i);
                decisions.set(i, log.decisions().get(j));
                decisions.set(j, log.decisions().get(i));
            }
            case EDIT_COMMENT -> {
                i = a % n;
                Decision d = decisions.get(i);
                decisions.set(i, new Decision(d.by(), d.role(), d.decision(), d.at(),
                        Optional.of(d.comment().orElse("") + "!"), d.hash()));
            }
            case CUT_END -> {
                i = 1 + a % (n - 1); // keep 1 .. n-1 decisions
                decisions.subList(i, n).clear();
            }
        }
        ChangeRequest tampered = withDecisions(log, decisions);

        if (tamper == Tamper.CUT_END) {
            assertThat(DecisionLog.verify(tampered).isIntact()).isTrue();
            assertBrokenAt(DecisionLog.verify(tampered, anchor), LogVerification.Status.ANCHOR_NOT_FOUND, i);
        } else {
            assertBrokenAt(DecisionLog.verify(tampered), LogVerification.Status.MISMATCH, i);
            assertBrokenAt(DecisionLog.verify(tampered, anchor), LogVerification.Status.MISMATCH, i);
        }
    }
}
