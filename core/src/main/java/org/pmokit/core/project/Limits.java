package org.pmokit.core.project;

/**
 * The bounds that {@link org.pmokit.core.validation.ProjectValidator} checks: text lengths, and
 * durations and lags far beyond any real plan but small enough that no engine's arithmetic can
 * overflow.
 */
public final class Limits {

    /** Names and titles, in characters. */
    public static final int NAME = 200;
    /** Short free texts (owners, units, responses, comments), in characters. */
    public static final int SHORT = 1_000;
    /** Long free texts (descriptions), in characters. */
    public static final int LONG = 10_000;
    /** The longest activity, in working days (about 400 years). */
    public static final int MAX_DURATION = 100_000;
    /** The largest lag or lead, in working days. */
    public static final int MAX_LAG = 100_000;
    /** The last period of an investment case's cash flows. */
    public static final int MAX_PERIOD = 1_000;

    private Limits() {
    }
}
