package org.pmokit.core.project;

/** How a predecessor constrains its successor (FORMULAS.md section 2). */
public enum DependencyType {
    /** Finish to start: the successor starts after the predecessor finishes, plus the lag. */
    FS,
    /** Start to start: the successor starts after the predecessor starts, plus the lag. */
    SS,
    /** Finish to finish: the successor finishes after the predecessor finishes, plus the lag. */
    FF,
    /** Start to finish: the successor finishes after the predecessor starts, plus the lag. */
    SF
}
