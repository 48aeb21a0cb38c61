/**
 * The rules engine: checks a {@link org.pmokit.core.project.Project} and derives a red / amber /
 * green status per area.
 *
 * <p>A {@link org.pmokit.rules.Rule} is a pure check that returns {@link org.pmokit.rules.Finding}s,
 * each with a {@link org.pmokit.rules.Severity}, an {@link org.pmokit.rules.Area}, the measured
 * value against its threshold, and a message and remedy in English and Simplified Chinese
 * ({@link org.pmokit.rules.Text}). Rules are grouped in named {@link org.pmokit.rules.RulePack}s,
 * which also publish metrics ({@link org.pmokit.rules.MetricSource}, {@link org.pmokit.rules.MetricValue}).
 * A {@link org.pmokit.rules.RuleSet} composes packs and lets a host switch rules or packs off and
 * override severities; {@link org.pmokit.rules.StandardRules#all()} is the set that ships, and
 * {@link org.pmokit.rules.RuleCatalog} documents it.
 *
 * <p>Every threshold comes from the {@link org.pmokit.rules.Policy}, whose keys
 * ({@link org.pmokit.rules.PolicyKeys}) have documented defaults that a host may override key by
 * key, in code or from JSON. The {@link org.pmokit.rules.EvaluationContext} carries the policy, the
 * status date, an optional calendar and the locale: nothing reads the clock or the default locale.
 *
 * <p>Evaluating a project runs every enabled rule on one {@link org.pmokit.rules.RuleInput}, which
 * computes each shared {@link org.pmokit.rules.Analysis} once. The
 * {@link org.pmokit.rules.Evaluation} holds the findings, most severe first, the metrics, and a
 * {@link org.pmokit.rules.AreaStatus} per area: the area's most severe finding decides it (an
 * error or critical finding makes it red, a warning amber, information or nothing green). The
 * overall status is the worst area's. Evaluating the same input twice gives equal evaluations,
 * whether projects are evaluated one by one or in parallel.
 */
package org.pmokit.rules;
