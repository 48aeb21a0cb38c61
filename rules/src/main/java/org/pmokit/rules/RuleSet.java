package org.pmokit.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.pmokit.core.project.Project;

/**
 * The rules to evaluate: packs composed together, with rules or whole packs switched off and
 * severities overridden by rule.
 *
 * <p>Evaluating runs every enabled rule and metric source on one {@link RuleInput}, so shared
 * analyses run once; sorts the findings (most severe first, then by rule, subject and message);
 * and derives each area's red / amber / green status from its most severe finding (an error or
 * worse is red, a warning amber, information green), which is recorded as the one that decided
 * it. The overall status is the worst area's, decided by the most severe finding of all.
 *
 * <p>A rule that throws, returns null or makes another rule's finding, and a metric source that
 * throws or publishes a key that another one publishes, fail the evaluation with an
 * {@link IllegalStateException} that names the rule or pack and the project.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleSet {

    /**
     * The order of findings in an evaluation: most severe first, then by rule identifier, subject
     * and English message. The message, which may be written lazily, is read only to order two
     * findings of the same rule, severity and subject.
     */
    public static final Comparator<Finding> FINDING_ORDER = RuleSet::compareFindings;

    /** The status of every area when no finding affects it, by ordinal: shared, it is immutable. */
    private static final AreaStatus[] GREEN = greenAreas();

    /** The overall status when there is no finding. */
    private static final AreaStatus GREEN_OVERALL = new AreaStatus(Optional.empty(), RagStatus.GREEN, Optional.empty());

    private final List<RulePack> packs;
    private final Set<String> disabledRules;
    private final Set<String> disabledPacks;
    private final Map<String, Severity> severities;
    /** The enabled rules in pack order, computed once: every part above is immutable. */
    private final List<Rule> enabled;
    /** The severity override of each enabled rule, by position in {@link #enabled}; null where none. */
    private final Severity[] overrides;
    /** The packs that are not disabled, whose metric sources run. */
    private final List<RulePack> enabledPacks;
    /** Puts the findings of the enabled rules in {@link #FINDING_ORDER}. */
    private final FindingSorter sorter;
    /** How many metric sources the enabled packs have. */
    private final int metricSources;

    private RuleSet(List<RulePack> packs, Set<String> disabledRules, Set<String> disabledPacks,
            Map<String, Severity> severities) {
        this.packs = List.copyOf(packs);
        this.disabledRules = Set.copyOf(disabledRules);
        this.disabledPacks = Set.copyOf(disabledPacks);
        this.severities = Map.copyOf(severities);
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (RulePack pack : this.packs) {
            if (!names.add(pack.name())) {
                throw new IllegalArgumentException("two packs are named " + pack.name());
            }
            for (Rule rule : pack.rules()) {
                if (!ids.add(rule.info().id())) {
                    throw new IllegalArgumentException("two rules have the id " + rule.info().id());
                }
            }
        }
        this.enabled = enabledRules();
        this.overrides = new Severity[enabled.size()];
        for (int i = 0; i < overrides.length; i++) {
            overrides[i] = this.severities.get(enabled.get(i).info().id());
        }
        this.enabledPacks = this.packs.stream().filter(p -> !this.disabledPacks.contains(p.name())).toList();
        this.sorter = new FindingSorter(enabled.stream().map(r -> r.info().id()).toList());
        this.metricSources = enabledPacks.stream().mapToInt(p -> p.metrics().size()).sum();
    }

    /** The findings with a severity override. */
    private static List<Finding> withSeverity(List<Finding> found, Severity override) {
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            out.add(f.withSeverity(override));
        }
        return out;
    }

    private static AreaStatus[] greenAreas() {
        Area[] areas = Area.values();
        AreaStatus[] green = new AreaStatus[areas.length];
        for (Area area : areas) {
            green[area.ordinal()] = new AreaStatus(Optional.of(area), RagStatus.GREEN, Optional.empty());
        }
        return green;
    }

    private static int compareFindings(Finding a, Finding b) {
        int c = b.severity().compareTo(a.severity());
        if (c == 0) {
            c = a.ruleId().compareTo(b.ruleId());
        }
        if (c == 0) {
            c = a.subject().compareTo(b.subject());
        }
        if (c == 0) {
            c = a.message().english().compareTo(b.message().english());
        }
        return c;
    }

    /**
     * Returns a rule set of the given packs, every rule enabled at its default severity.
     *
     * @param packs the packs
     * @return the rule set
     * @throws IllegalArgumentException if two packs share a name or two rules an identifier
     */
    public static RuleSet of(RulePack... packs) {
        return new RuleSet(List.of(packs), Set.of(), Set.of(), Map.of());
    }

    /**
     * Returns this rule set with the packs of another added.
     *
     * @param other the other rule set
     * @return the composed rule set
     * @throws IllegalArgumentException if the two share a pack name or a rule identifier
     */
    public RuleSet plus(RuleSet other) {
        List<RulePack> all = new ArrayList<>(packs);
        all.addAll(other.packs);
        return new RuleSet(all, union(disabledRules, other.disabledRules), union(disabledPacks, other.disabledPacks),
                merged(severities, other.severities));
    }

    /**
     * Returns this rule set without a rule.
     *
     * @param ruleId the rule's identifier
     * @return the changed rule set
     * @throws IllegalArgumentException if no rule has that identifier
     */
    public RuleSet withoutRule(String ruleId) {
        requireRule(ruleId);
        return new RuleSet(packs, union(disabledRules, Set.of(ruleId)), disabledPacks, severities);
    }

    /**
     * Returns this rule set with a disabled rule enabled again.
     *
     * @param ruleId the rule's identifier
     * @return the changed rule set
     * @throws IllegalArgumentException if no rule has that identifier
     */
    public RuleSet withRule(String ruleId) {
        requireRule(ruleId);
        Set<String> rules = new LinkedHashSet<>(disabledRules);
        rules.remove(ruleId);
        return new RuleSet(packs, rules, disabledPacks, severities);
    }

    /**
     * Returns this rule set without a pack.
     *
     * @param packName the pack's name
     * @return the changed rule set
     * @throws IllegalArgumentException if no pack has that name
     */
    public RuleSet withoutPack(String packName) {
        Objects.requireNonNull(packName, "packName");
        if (packs.stream().noneMatch(p -> p.name().equals(packName))) {
            throw new IllegalArgumentException("no rule pack is named " + packName);
        }
        return new RuleSet(packs, disabledRules, union(disabledPacks, Set.of(packName)), severities);
    }

    /**
     * Returns this rule set with a rule's findings at another severity.
     *
     * @param ruleId the rule's identifier
     * @param severity the severity its findings get
     * @return the changed rule set
     * @throws IllegalArgumentException if no rule has that identifier
     */
    public RuleSet withSeverity(String ruleId, Severity severity) {
        requireRule(ruleId);
        Objects.requireNonNull(severity, "severity");
        Map<String, Severity> changed = new HashMap<>(severities);
        changed.put(ruleId, severity);
        return new RuleSet(packs, disabledRules, disabledPacks, changed);
    }

    /**
     * Returns the enabled rules, in pack order.
     *
     * @return the rules that evaluate
     */
    public List<Rule> rules() {
        return enabled;
    }

    private List<Rule> enabledRules() {
        List<Rule> rules = new ArrayList<>();
        for (RulePack pack : packs) {
            if (!disabledPacks.contains(pack.name())) {
                for (Rule rule : pack.rules()) {
                    if (!disabledRules.contains(rule.info().id())) {
                        rules.add(rule);
                    }
                }
            }
        }
        return List.copyOf(rules);
    }

    /**
     * Returns every rule, enabled or not, in pack order: the catalogue.
     *
     * @return all rules
     */
    public List<Rule> allRules() {
        return packs.stream().flatMap(p -> p.rules().stream()).toList();
    }

    /**
     * Returns the severity a rule's findings get in this rule set.
     *
     * @param ruleId the rule's identifier
     * @return the overridden severity, if any
     */
    public Optional<Severity> severityOverride(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }

    /**
     * Evaluates a project.
     *
     * @param project the project
     * @param context the status date, policy, calendar and locale
     * @return the findings, metrics and statuses
     */
    public Evaluation evaluate(Project project, EvaluationContext context) {
        RuleInput input = new RuleInput(project, context);
        List<List<Finding>> perRule = new ArrayList<>(enabled.size());
        for (int i = 0; i < enabled.size(); i++) {
            Rule rule = enabled.get(i);
            Severity override = overrides[i];
            List<Finding> found = evaluateOne(rule, input, project);
            for (int j = 0, n = found.size(); j < n; j++) {
                Finding f = found.get(j);
                if (f == null) {
                    throw new IllegalStateException("rule " + rule.info().id() + " returned a null finding on project "
                            + project.id());
                }
                if (!f.ruleId().equals(rule.info().id())) {
                    throw new IllegalStateException("rule " + rule.info().id() + " made a finding of rule " + f.ruleId()
                            + " on project " + project.id());
                }
            }
            perRule.add(override == null ? found : withSeverity(found, override));
        }
        List<Finding> findings = sorter.sort(perRule);
        SortedMap<String, MetricValue> metrics = metrics(input, project);
        // Findings are sorted most severe first, so the first finding of an area decides it, and
        // the first finding of all decides the overall status.
        Map<Area, AreaStatus> areas = new EnumMap<>(Area.class);
        for (AreaStatus green : GREEN) {
            areas.put(green.area().orElseThrow(), green);
        }
        for (Finding f : findings) {
            if (areas.get(f.area()).decidedBy().isEmpty()) {
                areas.put(f.area(), new AreaStatus(Optional.of(f.area()), RagStatus.of(f.severity()), Optional.of(f)));
            }
        }
        AreaStatus overall = findings.isEmpty()
                ? GREEN_OVERALL
                : new AreaStatus(Optional.empty(), RagStatus.of(findings.get(0).severity()), Optional.of(findings.get(0)));
        return new Evaluation(findings, metrics, areas, overall);
    }

    /**
     * Evaluates many projects with one context, in order; in parallel when asked, with results
     * identical to the sequential ones.
     *
     * @param projects the projects
     * @param context the context
     * @param parallel whether to use the common fork-join pool
     * @return one evaluation per project, in the same order
     */
    public List<Evaluation> evaluateAll(List<Project> projects, EvaluationContext context, boolean parallel) {
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(context, "context");
        var stream = parallel ? projects.parallelStream() : projects.stream();
        return stream.map(p -> evaluate(p, context)).toList();
    }

    private static List<Finding> evaluateOne(Rule rule, RuleInput input, Project project) {
        List<Finding> found;
        try {
            found = rule.evaluate(input);
        } catch (RuntimeException e) {
            throw new IllegalStateException("rule " + rule.info().id() + " failed on project " + project.id()
                    + ": " + e.getMessage(), e);
        }
        if (found == null) {
            throw new IllegalStateException("rule " + rule.info().id() + " returned null on project " + project.id());
        }
        return found;
    }

    /** Every metric of the enabled packs' sources, sorted by key: a key published twice is an error. */
    private SortedMap<String, MetricValue> metrics(RuleInput input, Project project) {
        List<Map<String, MetricValue>> published = new ArrayList<>(metricSources);
        List<RulePack> publishers = new ArrayList<>(metricSources);
        int size = 0;
        for (RulePack pack : enabledPacks) {
            for (MetricSource source : pack.metrics()) {
                Map<String, MetricValue> metrics = metricsOf(pack, source, input, project);
                published.add(metrics);
                publishers.add(pack);
                size += metrics.size();
            }
        }
        String[] keys = new String[size];
        Object[] values = new Object[size];
        int i = 0;
        for (int m = 0; m < published.size(); m++) {
            for (Map.Entry<String, MetricValue> e : published.get(m).entrySet()) {
                String key = e.getKey();
                MetricValue value = e.getValue();
                if (key == null || value == null) {
                    throw new IllegalStateException("a metric source of pack " + publishers.get(m).name()
                            + " published a null key or value on project " + project.id() + ": " + key);
                }
                if (i == size) {
                    throw new IllegalStateException("a metric source of pack " + publishers.get(m).name()
                            + " published more metrics than its map's size on project " + project.id());
                }
                keys[i] = key;
                values[i] = value;
                i++;
            }
        }
        if (i != size) {
            throw new IllegalStateException("a metric source published fewer metrics than its map's size on project "
                    + project.id());
        }
        return SortedStringMap.owning(keys, values,
                key -> new IllegalStateException("two metric sources publish " + key + " on project " + project.id()));
    }

    private static Map<String, MetricValue> metricsOf(RulePack pack, MetricSource source, RuleInput input,
            Project project) {
        Map<String, MetricValue> published;
        try {
            published = source.metrics(input);
        } catch (RuntimeException e) {
            throw new IllegalStateException("a metric source of pack " + pack.name() + " failed on project "
                    + project.id() + ": " + e.getMessage(), e);
        }
        if (published == null) {
            throw new IllegalStateException("a metric source of pack " + pack.name() + " returned null on project "
                    + project.id());
        }
        return published;
    }

    private void requireRule(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        if (allRules().stream().noneMatch(r -> r.info().id().equals(ruleId))) {
            throw new IllegalArgumentException("no rule has the id " + ruleId);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static Map<String, Severity> merged(Map<String, Severity> a, Map<String, Severity> b) {
        Map<String, Severity> m = new HashMap<>(a);
        m.putAll(b);
        return m;
    }
}
