package org.pmokit.core.project;

/** The category of a risk. */
public enum RiskCategory {
    /** Technical. */
    TECHNICAL,
    /** Operational. */
    OPERATIONAL,
    /** Resources. */
    RESOURCE,
    /** Compliance and regulation. */
    COMPLIANCE,
    /** Information security. */
    SECURITY,
    /** Vendors and suppliers. */
    VENDOR,
    /** Schedule. */
    SCHEDULE,
    /** Financial. */
    FINANCIAL
}
