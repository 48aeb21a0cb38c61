/**
 * JMH benchmarks, run outside the test suite; see BENCHMARKS.md.
 */
package org.pmokit.benchmarks;
