package org.pmokit.reporting;

/** The formats that reports are written in. */
public enum ReportFormat {
    /** JSON for hosts that store and compare reports. */
    JSON("json"),
    /** Markdown for wikis and chat. */
    MARKDOWN("md"),
    /** One self-contained HTML file with inline CSS and SVG charts. */
    HTML("html"),
    /** CSV tables for spreadsheets, with formula injection neutralised. */
    CSV("csv");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /**
     * Returns the usual file name extension, without the dot.
     *
     * @return such as {@code md}
     */
    public String extension() {
        return extension;
    }
}
