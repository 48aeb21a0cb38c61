/**
 * The {@code pmokit} command for batch jobs and analysts: {@code validate}, {@code evaluate},
 * {@code schedule} and {@code portfolio}, built with picocli. {@link org.pmokit.cli.PmoKit} is the
 * entry point; {@link org.pmokit.cli.PmoKit#run(String[], java.io.PrintWriter, java.io.PrintWriter)}
 * runs a command line without exiting the JVM and returns its exit code.
 */
package org.pmokit.cli;
