package org.pmokit.rules;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.pmokit.core.project.Project;

/**
 * What rules see during one evaluation: the project, the context, and the results of shared
 * analyses, each computed once on first use.
 *
 * <p>One input serves one evaluation on one thread; it is not thread-safe.
 */
public final class RuleInput {

    private final Project project;
    private final EvaluationContext context;
    /** Marks an analysis that is being computed, to report one that depends on itself. */
    private static final Object RUNNING = new Object();

    private final Map<Analysis<?>, Object> results = new IdentityHashMap<>(16); // the standard packs need fewer

    /**
     * Creates the input of one evaluation.
     *
     * @param project the project
     * @param context the status date, policy, calendar and locale
     */
    public RuleInput(Project project, EvaluationContext context) {
        this.project = Objects.requireNonNull(project, "project");
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Returns the project.
     *
     * @return the project
     */
    public Project project() {
        return project;
    }

    /**
     * Returns the context.
     *
     * @return the context
     */
    public EvaluationContext context() {
        return context;
    }

    /**
     * Returns the policy of the context.
     *
     * @return the policy
     */
    public Policy policy() {
        return context.policy();
    }

    /**
     * Returns the result of an analysis, computing it on first use. An analysis may ask for
     * others, but not, directly or through others, for itself.
     *
     * @param <T> the type of the result
     * @param analysis the analysis
     * @return its result for this input
     * @throws NullPointerException if the analysis returns null
     * @throws IllegalStateException if the analysis depends on itself
     */
    public <T> T get(Analysis<T> analysis) {
        Objects.requireNonNull(analysis, "analysis");
        Object cached = results.get(analysis);
        if (cached == RUNNING) {
            throw new IllegalStateException("analysis " + analysis + " depends on itself");
        }
        if (cached == null) {
            // not computeIfAbsent: an analysis may itself ask for another one
            results.put(analysis, RUNNING);
            try {
                cached = Objects.requireNonNull(analysis.analyse(this), () -> "analysis " + analysis + " returned null");
            } finally {
                results.remove(analysis);
            }
            results.put(analysis, cached);
        }
        @SuppressWarnings("unchecked")
        T result = (T) cached;
        return result;
    }
}
