package org.pmokit.core.project;

/** The role in which a person decides on a change request. */
public enum Role {
    /** The project manager. */
    PROJECT_MANAGER,
    /** A member of the change control board. */
    CCB_MEMBER,
    /** The steering committee. */
    STEERING_COMMITTEE,
    /** The compliance officer. */
    COMPLIANCE_OFFICER,
    /** The project sponsor. */
    SPONSOR
}
