/**
 * Reports on evaluations in JSON, Markdown, HTML with SVG charts and CSV, in English and Simplified Chinese.
 */
package org.pmokit.reporting;
