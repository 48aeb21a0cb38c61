package org.pmokit.rules;

import java.util.List;

/**
 * A check of a project: pure and thread-safe, so that evaluating the same input twice gives equal
 * findings.
 */
public interface Rule {

    /**
     * Returns what the rule is.
     *
     * @return the rule's identity and defaults
     */
    RuleInfo info();

    /**
     * Checks the project.
     *
     * @param input the project, the context and the shared analyses
     * @return what was found, possibly nothing
     */
    List<Finding> evaluate(RuleInput input);
}
