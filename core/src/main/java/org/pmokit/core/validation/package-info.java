/**
 * Validation of a project: {@link org.pmokit.core.validation.ProjectValidator} returns every
 * {@link org.pmokit.core.validation.Violation} at once, each with a path such as
 * {@code activities[A12].duration}, a stable {@link org.pmokit.core.validation.ViolationCode} and a
 * message in English and Simplified Chinese.
 *
 * <p>Values check their own invariants when they are made and throw
 * {@link org.pmokit.core.validation.InvalidValueException}, which carries the same kind of
 * violation; readers of project documents collect those instead of stopping at the first.
 */
package org.pmokit.core.validation;
