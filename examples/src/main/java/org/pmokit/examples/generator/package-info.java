/**
 * Seeded generators of large, valid, realistic projects, for benchmarks, load tests and property
 * tests: {@link org.pmokit.examples.generator.ProjectGenerator}.
 */
package org.pmokit.examples.generator;
