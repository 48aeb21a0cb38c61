package org.pmokit.rules.risk;

import java.util.List;
import org.pmokit.rules.RulePack;

/**
 * The risk pack ({@code risk}): the rules and metrics of the risk register, scored with
 * {@link RiskScoring} through the shared {@link RiskAnalysis}.
 *
 * <table>
 *   <caption>The rules of the pack</caption>
 *   <tr><th>id</th><th>checks</th><th>default severity</th></tr>
 *   <tr><td>RISK-001</td><td>an open risk has an owner</td><td>warning</td></tr>
 *   <tr><td>RISK-002</td><td>an open high or critical threat has a strategy and a planned
 *       response</td><td>error</td></tr>
 *   <tr><td>RISK-003</td><td>an open risk was reviewed (else identified) within
 *       {@code risk.reviewDays} of the status date</td><td>warning</td></tr>
 *   <tr><td>RISK-004</td><td>the response to an open critical, high or medium risk started within
 *       {@code risk.response.*Hours} of its identification</td><td>error</td></tr>
 *   <tr><td>RISK-005</td><td>threat strategies only on threats, opportunity strategies only on
 *       opportunities</td><td>warning</td></tr>
 *   <tr><td>RISK-006</td><td>the contingency reserve is at least |EMV| of the open
 *       threats</td><td>error</td></tr>
 * </table>
 *
 * <p>The metrics are those of {@link RiskMetrics}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RiskRules {

    /** The name of the pack. */
    public static final String PACK = Words.PACK;

    private static final RulePack PACK_INSTANCE = new RulePack(PACK, List.of(
            new UnownedRiskRule(),
            new UnaddressedThreatRule(),
            new OverdueReviewRule(),
            new ResponseDeadlineRule(),
            new StrategyKindRule(),
            new ContingencyRule()),
            List.of(RiskMetrics.instance()));

    private RiskRules() {
    }

    /**
     * Returns the risk pack: rules RISK-001 to RISK-006 and the risk metrics.
     *
     * @return the pack named {@code risk}
     */
    public static RulePack pack() {
        return PACK_INSTANCE;
    }
}
