/**
 * The project model: an immutable {@link org.pmokit.core.project.Project} aggregate and its parts
 * (goals with KPIs, requirements, phases, activities with dependencies, milestones, resources,
 * budget and reserves, baselines, progress, actual costs, risks and change requests), with typed
 * identifiers.
 *
 * <p>Each value checks its invariants when it is made (non-null parts, non-negative durations,
 * percentages within 0..100, probabilities within 0..1) and throws
 * {@link org.pmokit.core.validation.InvalidValueException} naming the field and the value.
 * Constraints between values (unique identifiers, references that resolve, no dependency cycles)
 * are reported all at once by {@link org.pmokit.core.validation.ProjectValidator}.
 *
 * <p>Optional parts are {@link java.util.Optional}; collections are never null and are copied
 * when a value is made. Nothing in the model is mutable.
 */
package org.pmokit.core.project;
