package org.pmokit.core.project;

/** How an activity's budget is spread over its working days. */
public enum SpreadCurve {
    /** Evenly over the working days (the default). */
    LINEAR,
    /** More at the start than at the end. */
    FRONT_LOADED,
    /** More at the end than at the start. */
    BACK_LOADED
}
