package org.pmokit.core.project;

/** The kind of a resource. */
public enum ResourceType {
    /** People. */
    LABOR,
    /** Equipment. */
    EQUIPMENT,
    /** Material. */
    MATERIAL,
    /** Technology, such as licences or platforms. */
    TECHNOLOGY,
    /** A bought-in service. */
    SERVICE
}
