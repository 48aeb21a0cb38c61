package org.pmokit.examples;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pmokit.rules.Area;
import org.pmokit.rules.AreaStatus;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;

/**
 * Writes everything an {@link Evaluation} holds as text, one fact per line, so that two
 * evaluations are the same exactly when their texts are: every part of every finding (both
 * languages), every metric with its exact value (amounts with their scale, doubles by
 * {@link Double#toString}, which tells every double apart), and the status of every area and
 * overall with the index of the finding that decided it.
 */
final class EvaluationText {

    private EvaluationText() {
    }

    /** The evaluation as text. */
    static String of(Evaluation evaluation) {
        StringBuilder out = new StringBuilder();
        List<Finding> findings = evaluation.findings();
        out.append("findings ").append(findings.size()).append('\n');
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            out.append('#').append(i).append(' ').append(f.ruleId()).append(' ').append(f.severity()).append(' ')
                    .append(f.area()).append(' ').append(f.subject()).append('\n');
            out.append("  measured ").append(optional(f.measured())).append('\n');
            out.append("  threshold ").append(optional(f.threshold())).append('\n');
            text(out, "  message", f.message());
            text(out, "  remedy", f.remedy());
        }
        out.append("metrics ").append(evaluation.metrics().size()).append('\n');
        for (Map.Entry<String, MetricValue> m : evaluation.metrics().entrySet()) {
            out.append(m.getKey()).append(" = ").append(metric(m.getValue())).append('\n');
        }
        for (Area area : Area.values()) {
            status(out, "area " + area, evaluation.status(area), findings);
        }
        status(out, "overall", evaluation.overall(), findings);
        return out.toString();
    }

    /** The SHA-256 of the evaluation's text, in hexadecimal. */
    static String digest(Evaluation evaluation) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(of(evaluation).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A measured value or threshold in English: the pinned texts were written before it had Chinese. */
    private static String optional(Optional<Text> value) {
        return value.map(v -> "[" + v.english() + "]").orElse("-");
    }

    private static void text(StringBuilder out, String label, Text text) {
        out.append(label).append(" en ").append(text.english()).append('\n');
        out.append(label).append(" zh ").append(text.chinese()).append('\n');
    }

    private static String metric(MetricValue value) {
        if (value instanceof MetricValue.Amount a) {
            return "amount " + a.money().currency().getCurrencyCode() + " " + a.money().amount().toPlainString()
                    + " (scale " + a.money().amount().scale() + ")";
        }
        if (value instanceof MetricValue.Ratio r) {
            return "ratio " + r.value();
        }
        if (value instanceof MetricValue.Quantity q) {
            return "quantity " + q.value() + " " + q.unit();
        }
        if (value instanceof MetricValue.Date d) {
            return "date " + d.date();
        }
        MetricValue.Undefined u = (MetricValue.Undefined) value;
        return "undefined en " + u.reason().english() + " | zh " + u.reason().chinese();
    }

    private static void status(StringBuilder out, String label, AreaStatus status, List<Finding> findings) {
        out.append(label).append(' ').append(status.area().map(Area::name).orElse("-")).append(' ')
                .append(status.status()).append(" decided by ")
                .append(status.decidedBy().map(f -> "#" + indexOf(findings, f) + " " + f.ruleId()).orElse("-"))
                .append('\n');
    }

    /** The position of the very finding (not merely an equal one) in the list. */
    private static int indexOf(List<Finding> findings, Finding finding) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i) == finding) {
                return i;
            }
        }
        return -1;
    }
}
