package org.pmokit.reporting;

import java.util.Objects;

/** The formats that reports are written in. */
public enum ReportFormat {
    /** JSON for hosts that store and compare reports (docs/REPORT_SCHEMA.md). */
    JSON("json", "application/json"),
    /** Markdown for wikis and chat. */
    MARKDOWN("md", "text/markdown"),
    /** One self-contained HTML file with inline CSS and SVG charts. */
    HTML("html", "text/html"),
    /** CSV tables for spreadsheets, with formula injection neutralised. */
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * Returns the usual file name extension, without the dot.
     *
     * @return such as {@code md}
     */
    public String extension() {
        return extension;
    }

    /**
     * Returns the media type of the format's documents, always in UTF-8.
     *
     * @return such as {@code text/html}
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Returns the format of a file name extension.
     *
     * @param extension such as {@code md} or {@code html} (case-insensitive, without the dot)
     * @return the format
     * @throws IllegalArgumentException if no format has that extension
     */
    public static ReportFormat ofExtension(String extension) {
        Objects.requireNonNull(extension, "extension");
        for (ReportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(extension)) {
                return f;
            }
        }
        throw new IllegalArgumentException("report format must be json, md, html or csv: '" + extension + "'");
    }
}
