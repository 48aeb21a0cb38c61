package org.pmokit.rules.change;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.RulePack;

/**
 * The change-control pack: change requests decided, implemented and verified in time; approved cost
 * growth against the contingency reserve; approvals by the compliance officer and the authority
 * the route calls for; decision logs intact.
 *
 * <table class="striped">
 *   <caption>Rules</caption>
 *   <thead><tr><th>id</th><th>severity</th><th>finds</th></tr></thead>
 *   <tbody>
 *     <tr><td>CHG-001</td><td>warning</td><td>submitted or assessed longer than {@code change.decisionMaxDays} (10 days)</td></tr>
 *     <tr><td>CHG-002</td><td>warning</td><td>approved, not implemented after {@code change.implementationMaxDays} (30 days)</td></tr>
 *     <tr><td>CHG-003</td><td>warning</td><td>implemented, not verified after {@code change.verificationMaxDays} (10 days)</td></tr>
 *     <tr><td>CHG-004</td><td>error</td><td>approved cost growth above the contingency reserve</td></tr>
 *     <tr><td>CHG-005</td><td>error</td><td>compliance-impacting change approved without the compliance officer</td></tr>
 *     <tr><td>CHG-006</td><td>error</td><td>decision log that does not verify (tampering)</td></tr>
 *     <tr><td>CHG-007</td><td>error</td><td>change approved without the authority its size calls for</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Days are calendar days from the date of the step (in its own offset) to the status date. The
 * pack publishes the metrics named by the {@code METRIC_} constants. It is part of
 * {@link org.pmokit.rules.StandardRules#all()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChangeRules {

    /** The pack's name. */
    public static final String PACK = Words.PACK;

    /** Rule id: a submitted or assessed change request is decided within the policy's days. */
    public static final String DECISION_OVERDUE = "CHG-001";
    /** Rule id: an approved change request is implemented within the policy's days. */
    public static final String IMPLEMENTATION_OVERDUE = "CHG-002";
    /** Rule id: an implemented change request is verified within the policy's days. */
    public static final String VERIFICATION_OVERDUE = "CHG-003";
    /** Rule id: the approved cost growth stays within the contingency reserve. */
    public static final String RESERVE_GROWTH = "CHG-004";
    /** Rule id: a compliance-impacting change is approved by the compliance officer. */
    public static final String COMPLIANCE_SIGN_OFF = "CHG-005";
    /** Rule id: every decision log verifies. */
    public static final String DECISION_LOG = "CHG-006";
    /** Rule id: an approved change was approved by the authority its size calls for. */
    public static final String AUTHORITY = "CHG-007";

    /** Metric: the change requests submitted or assessed, waiting for a decision (a quantity in {@value #CHANGES}). */
    public static final String METRIC_AWAITING_DECISION = "change.awaitingDecision";
    /** Metric: the sum of the approved changes' cost deltas (an amount). */
    public static final String METRIC_APPROVED_GROWTH = "change.approvedCostGrowth";
    /** Metric: the approved cost growth as a fraction of the contingency reserve (a ratio). */
    public static final String METRIC_RESERVE_CONSUMED = "change.reserveConsumed";

    /** The unit of the count metrics: change requests. */
    public static final String CHANGES = "change requests";

    private static final RulePack PACK_OF_RULES = new RulePack(PACK, List.of(
            OverdueRule.decision(),
            OverdueRule.implementation(),
            OverdueRule.verification(),
            new ReserveGrowthRule(),
            new ComplianceSignOffRule(),
            new DecisionLogRule(),
            new AuthorityRule()),
            List.of(ChangeRules::metrics));

    private ChangeRules() {
    }

    /**
     * Returns the change-control pack.
     *
     * @return the pack named {@value #PACK}
     */
    public static RulePack pack() {
        return PACK_OF_RULES;
    }

    private static Map<String, MetricValue> metrics(RuleInput input) {
        ApprovedGrowth growth = input.get(ApprovedGrowth.ANALYSIS);
        long awaiting = input.project().changeRequests().stream()
                .filter(c -> c.status() == ChangeStatus.SUBMITTED || c.status() == ChangeStatus.ASSESSED).count();
        Map<String, MetricValue> metrics = new LinkedHashMap<>();
        metrics.put(METRIC_AWAITING_DECISION, new MetricValue.Quantity(awaiting, CHANGES));
        metrics.put(METRIC_APPROVED_GROWTH, growth.growth().toMetric(MetricValue.Amount::new));
        metrics.put(METRIC_RESERVE_CONSUMED, growth.share().toMetric(s -> new MetricValue.Ratio(s.doubleValue())));
        return metrics;
    }
}
