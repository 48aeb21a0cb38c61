/**
 * SVG charts for reports: the S-curve of earned value, the Gantt chart with the critical path and the
 * baseline, the risk heat map and the milestone trend. Each builder takes plain series (so it can be
 * fed by any engine, or by a test with synthetic data) and already translated labels, and returns one
 * {@code <svg>} element that is valid XML and can stand alone or be inlined in HTML: every text is
 * encoded with the OWASP Java Encoder, colours are presentation attributes (no style sheet, no
 * script, nothing fetched), and coordinates are written with one decimal, so the same series give the
 * same bytes.
 */
package org.pmokit.reporting.chart;
