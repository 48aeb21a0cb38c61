package org.pmokit.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Project;

/**
 * Finds every problem in a project at once.
 *
 * <p>It checks the Jakarta constraints declared on the model (texts not blank and not too long,
 * WBS codes, bounds on durations and lags) with Hibernate Validator, then the constraints between
 * entities: identifiers unique per kind; every reference resolving (predecessors, resources,
 * milestones, risks, progress, actual costs, baselines, change requests); no dependency cycle,
 * each named as {@code A -> B -> C -> A}; amounts in the project's currency; dates that
 * working-day arithmetic needs within the calendar's coverage; progress and actual costs not
 * after the status date; date ranges in order. Invariants of single values (a negative duration,
 * a percent complete above 100) are refused when the value is made; readers of project documents
 * report them with the same codes.
 *
 * <p>Nothing is repaired: a valid result means the project is used exactly as given.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectValidator {

    /** The most dependency cycles reported for one project. */
    public static final int MAX_CYCLES_REPORTED = 100;

    private static final ProjectValidator STANDARD = new ProjectValidator();

    private ProjectValidator() {
    }

    /**
     * Returns the validator with every check.
     *
     * @return the standard validator
     */
    public static ProjectValidator standard() {
        return STANDARD;
    }

    /**
     * Validates a project.
     *
     * @param project the project
     * @return every violation found, in a stable order
     */
    public ValidationResult validate(Project project) {
        Objects.requireNonNull(project, "project");
        List<Violation> out = new ArrayList<>(BeanConstraints.check(project));
        ReferenceChecks.check(project, out);
        for (List<ActivityId> cycle : DependencyCycles.find(project.activities(), MAX_CYCLES_REPORTED)) {
            out.add(Violation.of("activities[" + cycle.get(0) + "].predecessors", ViolationCode.DEPENDENCY_CYCLE,
                    DependencyCycles.describe(cycle)));
        }
        CurrencyChecks.check(project, out);
        DateChecks.check(project, out);
        return new ValidationResult(out);
    }
}
