/**
 * Writers of project and portfolio reports: JSON (docs/REPORT_SCHEMA.md), Markdown, self-contained
 * HTML with SVG charts, and CSV tables, each in English or Simplified Chinese.
 * {@link org.pmokit.reporting.writer.ReportWriters#of} gives the writer of a format and a language.
 *
 * <p>Every writer is deterministic (the same report gives the same characters: no clock, no default
 * locale, no hash order, numbers rounded by {@link java.math.BigDecimal}) and escapes every text that
 * comes from the project or the rules: HTML and SVG with the OWASP Java Encoder, Markdown with the
 * encoder for {@code <}, {@code >} and {@code &} and a backslash before Markdown punctuation, CSV by
 * RFC 4180 quoting with formula injection neutralised, JSON by Jackson's generator.
 */
package org.pmokit.reporting.writer;
