/**
 * The {@code pmokit} command for batch jobs and analysts.
 */
package org.pmokit.cli;
