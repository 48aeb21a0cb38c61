package org.pmokit.rules.change;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Text;

/**
 * The tamper-evident decision log of a change request: each decision carries a SHA-256 hash over a
 * canonical encoding of its content and the previous decision's hash, so that editing, deleting,
 * inserting or reordering a decision breaks the chain at the first decision affected.
 *
 * <p>{@code hash[i] = hex(SHA-256(prev[i] || enc(decision[i])))}, where {@code prev[0]} is 32 zero
 * bytes and {@code prev[i]} the 32 bytes of {@code hash[i-1]}, and {@code enc} is these UTF-8 fields,
 * each preceded by its length in bytes as a 4-byte big-endian integer: {@value #FORMAT}, the change
 * request's id, its requester, who decided, the role's name, the decision's name, the instant as
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} (offset as recorded), {@code "1"} or {@code "0"} for
 * a comment or none, and the comment (or nothing). The change request's id and requester are part of
 * every decision, so a decision moved to another change request, or a requester changed after the
 * fact (to slip past maker-checker), no longer matches. The hash is lower-case hexadecimal.
 *
 * <p>A chain without a secret shows tampering only by someone who does not recompute the hashes
 * after the change; to catch a log that was cut at its end or sealed again, keep the
 * {@link #head(ChangeRequest) head} elsewhere (an audit store) and pass it to
 * {@link #verify(ChangeRequest, String)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DecisionLog {

    /** The first field of every encoding: the version of the format. */
    public static final String FORMAT = "pmokit.decision.v1";

    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final byte[] GENESIS = new byte[32];

    private DecisionLog() {
    }

    /**
     * Returns the hash of a decision of a change request after a previous hash.
     *
     * @param change the change request the decision belongs to
     * @param previous the previous decision's hash, or empty for the first decision
     * @param decision the decision; its own hash, if any, is not part of its content
     * @return 64 lower-case hexadecimal digits
     * @throws IllegalArgumentException if the previous hash is not 64 lower-case hexadecimal digits
     */
    public static String hash(ChangeRequest change, Optional<String> previous, Decision decision) {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(decision, "decision");
        byte[] prev = previous.map(DecisionLog::bytes).orElse(GENESIS);
        MessageDigest sha = sha256();
        sha.update(prev);
        sha.update(encode(change, decision));
        return HEX.formatHex(sha.digest());
    }

    /**
     * Returns the hash of the last decision: what to keep outside the document as an anchor.
     *
     * @param change the change request
     * @return the last decision's hash, or empty if it has no decision or the last is not sealed
     */
    public static Optional<String> head(ChangeRequest change) {
        List<Decision> decisions = change.decisions();
        return decisions.isEmpty() ? Optional.empty() : decisions.get(decisions.size() - 1).hash();
    }

    /**
     * Returns the change request with a decision appended and sealed. A log recorded before
     * sealing (no decision has a hash) is sealed as it stands first.
     *
     * @param change the change request
     * @param decision the new decision; a hash it carries is replaced
     * @return the change request with the sealed log, or a refusal if its log is broken
     */
    public static Result<ChangeRequest> append(ChangeRequest change, Decision decision) {
        Objects.requireNonNull(decision, "decision");
        LogVerification check = verify(change);
        if (check.isBroken()) {
            return Result.refused(new Refusal(Refusal.Reason.LOG_BROKEN, Text.of(
                    "cannot add a decision to change request " + change.id() + ": " + check.message().english(),
                    "无法向变更请求 " + change.id() + " 添加决策：" + check.message().chinese())));
        }
        List<Decision> sealed = new ArrayList<>(sealed(change));
        Optional<String> previous = sealed.isEmpty() ? Optional.empty() : sealed.get(sealed.size() - 1).hash();
        sealed.add(decision.withHash(hash(change, previous, decision)));
        return Result.accepted(new ChangeRequest(change.id(), change.title(), change.type(), change.requester(),
                change.submitted(), change.impact(), change.status(), sealed, change.activities(), change.history()));
    }

    /**
     * The decisions of a change request with each one that has no hash sealed over the one before
     * it: for a log recorded before sealing, all of them, as they stand; an intact log as it is.
     */
    static List<Decision> sealed(ChangeRequest change) {
        List<Decision> sealed = new ArrayList<>(change.decisions().size());
        Optional<String> previous = Optional.empty();
        for (Decision d : change.decisions()) {
            Decision s = d.hash().isPresent() ? d : d.withHash(hash(change, previous, d));
            sealed.add(s);
            previous = s.hash();
        }
        return List.copyOf(sealed);
    }

    /**
     * Verifies the decision log of a change request: reports the first decision that does not
     * match its hash. A log where no decision has a hash is {@link LogVerification.Status#UNSEALED}
     * if the change request has no recorded history (it predates sealing), but
     * {@link LogVerification.Status#MISSING_HASH} at the first decision if it has one, since the
     * workflow that records the history always seals.
     *
     * @param change the change request
     * @return what was found
     */
    public static LogVerification verify(ChangeRequest change) {
        Objects.requireNonNull(change, "change");
        List<Decision> decisions = change.decisions();
        int n = decisions.size();
        boolean anySealed = decisions.stream().anyMatch(d -> d.hash().isPresent());
        if (n > 0 && !anySealed && change.history().isEmpty()) {
            return new LogVerification(change.id(), LogVerification.Status.UNSEALED, OptionalInt.empty(),
                    Optional.empty(), Optional.empty(), Text.of(
                            "the decision log of change request " + change.id() + " is not sealed: "
                                    + (n == 1 ? "its decision has" : "none of its " + n + " decisions has") + " a hash",
                            "变更请求 " + change.id() + " 的决策日志未封存：" + n + " 项决策均无哈希值"));
        }
        Optional<String> previous = Optional.empty();
        for (int i = 0; i < n; i++) {
            Decision d = decisions.get(i);
            String expected = hash(change, previous, d);
            Text which = Words.decisionNumber(i);
            if (d.hash().isEmpty()) {
                return broken(change, LogVerification.Status.MISSING_HASH, i, expected, Optional.empty(), Text.of(
                        which.english() + " of change request " + change.id()
                                + " has no hash, though the log is sealed: it was inserted or its hash removed",
                        "变更请求 " + change.id() + " 的" + which.chinese() + "没有哈希值，而日志已封存：该决策系插入，或其哈希值被删除"));
            }
            if (!expected.equals(d.hash().get())) {
                return broken(change, LogVerification.Status.MISMATCH, i, expected, d.hash(), Text.of(
                        which.english() + " of change request " + change.id() + " does not match its hash: it was"
                                + " edited, or a decision before it was deleted, inserted or moved",
                        "变更请求 " + change.id() + " 的" + which.chinese() + "与其哈希值不符：该决策被修改，或其之前的决策被删除、插入或移动"));
            }
            previous = d.hash();
        }
        return new LogVerification(change.id(), LogVerification.Status.INTACT, OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Text.of(
                        "the decision log of change request " + change.id() + " verifies: " + n
                                + (n == 1 ? " sealed decision" : " sealed decisions"),
                        "变更请求 " + change.id() + " 的决策日志校验通过：共 " + n + " 项已封存决策"));
    }

    /**
     * Verifies the decision log of a change request, and that it still holds the decision sealed
     * with an anchor hash kept elsewhere (decisions appended after it are fine).
     *
     * @param change the change request
     * @param anchor the hash of a decision as it was sealed, such as an earlier {@link #head}
     * @return what was found; {@link LogVerification.Status#ANCHOR_NOT_FOUND} at the end of the log
     *     if the chain is intact but the anchor is not in it
     */
    public static LogVerification verify(ChangeRequest change, String anchor) {
        Objects.requireNonNull(anchor, "anchor");
        LogVerification chain = verify(change);
        if (chain.isBroken()) {
            return chain;
        }
        boolean held = change.decisions().stream().anyMatch(d -> d.hash().filter(anchor::equals).isPresent());
        if (held) {
            return chain;
        }
        int n = change.decisions().size();
        return broken(change, LogVerification.Status.ANCHOR_NOT_FOUND, n, anchor, head(change), Text.of(
                "the decision log of change request " + change.id() + " no longer holds the decision sealed as " + anchor
                        + ": decisions were cut from its end, or the log was sealed again",
                "变更请求 " + change.id() + " 的决策日志中已没有哈希值为 " + anchor + " 的决策：日志末尾的决策被删除，或日志被重新封存"));
    }

    /**
     * Verifies the decision log of every change request of a project, in document order.
     *
     * @param project the project
     * @return one verification per change request
     */
    public static List<LogVerification> verify(Project project) {
        Objects.requireNonNull(project, "project");
        return project.changeRequests().stream().map(DecisionLog::verify).toList();
    }

    private static LogVerification broken(ChangeRequest change, LogVerification.Status status, int index,
            String expected, Optional<String> found, Text message) {
        return new LogVerification(change.id(), status, OptionalInt.of(index), Optional.of(expected), found, message);
    }

    /** The canonical encoding of a decision's content (its hash excluded) within its change request. */
    static byte[] encode(ChangeRequest change, Decision decision) {
        List<byte[]> fields = List.of(
                utf8(FORMAT),
                utf8(change.id().toString()),
                utf8(change.requester()),
                utf8(decision.by()),
                utf8(decision.role().name()),
                utf8(decision.decision().name()),
                utf8(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(decision.at())),
                utf8(decision.comment().isPresent() ? "1" : "0"),
                utf8(decision.comment().orElse("")));
        int size = 0;
        for (byte[] f : fields) {
            size += Integer.BYTES + f.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        for (byte[] f : fields) {
            out.putInt(f.length).put(f);
        }
        return out.array();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String hash) {
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("a decision hash must be 64 lower-case hexadecimal digits: " + hash);
        }
        return HEX.parseHex(hash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (MessageDigest's javadoc)
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
