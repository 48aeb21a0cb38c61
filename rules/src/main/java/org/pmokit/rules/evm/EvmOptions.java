package org.pmokit.rules.evm;

import java.util.Map;
import java.util.Objects;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ActivityId;

/**
 * How the earned value engine reports: the period of its time series, the method of ETC, VAC and
 * TCPI(EAC), and the bottom-up estimates to complete per activity that a host may give (the project
 * document does not carry them yet).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the period of the time series
 * @param eacMethod the EAC method of ETC, VAC and TCPI(EAC)
 * @param estimatesToComplete the estimate to complete of each activity that has one, in the project's
 *        currency; EAC(bottom-up) needs one for every activity with work remaining
 */
public record EvmOptions(Period period, EacMethod eacMethod, Map<ActivityId, Money> estimatesToComplete) {

    private static final EvmOptions DEFAULTS = new EvmOptions(Period.WEEK, EacMethod.CPI, Map.of());

    /**
     * Checks and copies the parts: no estimate may be negative.
     *
     * @param period the period
     * @param eacMethod the EAC method
     * @param estimatesToComplete the estimates
     */
    public EvmOptions {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(eacMethod, "eacMethod");
        estimatesToComplete = Map.copyOf(estimatesToComplete);
        estimatesToComplete.forEach((id, etc) -> {
            if (etc.isNegative()) {
                throw new IllegalArgumentException("estimate to complete of " + id + " must not be negative: " + etc);
            }
        });
    }

    /**
     * Returns the defaults: weekly series, EAC by CPI, no estimates.
     *
     * @return the default options
     */
    public static EvmOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns these options with another period.
     *
     * @param newPeriod the period
     * @return the changed options
     */
    public EvmOptions withPeriod(Period newPeriod) {
        return new EvmOptions(newPeriod, eacMethod, estimatesToComplete);
    }

    /**
     * Returns these options with another EAC method.
     *
     * @param newMethod the method
     * @return the changed options
     */
    public EvmOptions withEacMethod(EacMethod newMethod) {
        return new EvmOptions(period, newMethod, estimatesToComplete);
    }

    /**
     * Returns these options with estimates to complete.
     *
     * @param estimates the estimate of each activity that has one
     * @return the changed options
     */
    public EvmOptions withEstimatesToComplete(Map<ActivityId, Money> estimates) {
        return new EvmOptions(period, eacMethod, estimates);
    }
}
