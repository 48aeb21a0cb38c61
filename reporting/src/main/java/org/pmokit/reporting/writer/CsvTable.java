package org.pmokit.reporting.writer;

/** The tables a CSV writer writes of a project report, each as its own CSV document. */
public enum CsvTable {
    /** One row per finding. */
    FINDINGS("findings"),
    /** One row per activity, with its schedule. */
    ACTIVITIES("activities"),
    /** One row per risk, scored. */
    RISKS("risks");

    private final String suffix;

    CsvTable(String suffix) {
        this.suffix = suffix;
    }

    /**
     * Returns the suffix of the table's file name.
     *
     * @return such as {@code findings}, for {@code <base>-findings.csv}
     */
    public String suffix() {
        return suffix;
    }
}
