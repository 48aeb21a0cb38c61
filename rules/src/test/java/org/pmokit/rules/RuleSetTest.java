package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.pmokit.rules.Fixtures.firing;
import static org.pmokit.rules.Fixtures.info;
import static org.pmokit.rules.Fixtures.pack;
import static org.pmokit.rules.Fixtures.project;
import static org.pmokit.rules.Fixtures.rule;
import static org.pmokit.rules.Fixtures.silent;
import static org.pmokit.rules.Fixtures.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.project.Project;

class RuleSetTest {

    private static final Project P1 = project("P1");
    private static final EvaluationContext CONTEXT = EvaluationContext.at(Fixtures.START);

    private static Evaluation evaluate(RuleSet rules) {
        return rules.evaluate(P1, CONTEXT);
    }

    private static List<String> ruleIds(List<Rule> rules) {
        return rules.stream().map(r -> r.info().id()).toList();
    }

    // ---- composition ----------------------------------------------------------------------

    @Test
    void of_keepsThePacksRulesInPackOrder() {
        RuleSet rules = RuleSet.of(
                pack("goals", silent("TEST-002", "goals", Area.GOALS), silent("TEST-001", "goals", Area.GOALS)),
                pack("risk", silent("TEST-003", "risk", Area.RISK)));

        assertThat(ruleIds(rules.rules())).containsExactly("TEST-002", "TEST-001", "TEST-003");
        assertThat(ruleIds(rules.allRules())).containsExactly("TEST-002", "TEST-001", "TEST-003");
    }

    @Test
    void of_withNoPacks_findsNothing_andEverythingIsGreen() {
        Evaluation evaluation = evaluate(RuleSet.of());

        assertThat(evaluation.findings()).isEmpty();
        assertThat(evaluation.metrics()).isEmpty();
        assertThat(evaluation.areas()).hasSize(Area.values().length);
        assertThat(evaluation.areas().values()).allSatisfy(s -> assertThat(s.status()).isEqualTo(RagStatus.GREEN));
        assertThat(evaluation.overall()).isEqualTo(new AreaStatus(Optional.empty(), RagStatus.GREEN, Optional.empty()));
    }

    @Test
    void plus_composesThePacksOfBoth() {
        RulePack goals = pack("goals", firing("TEST-001", "goals", Area.GOALS, Severity.WARNING, "goals[G1]"));
        RulePack risk = pack("risk", firing("TEST-002", "risk", Area.RISK, Severity.ERROR, "risks[R1]"));

        RuleSet composed = RuleSet.of(goals).plus(RuleSet.of(risk));

        assertThat(ruleIds(composed.allRules())).containsExactly("TEST-001", "TEST-002");
        assertThat(evaluate(composed)).isEqualTo(evaluate(RuleSet.of(goals, risk)));
    }

    @Test
    void plus_keepsTheSettingsOfBoth() {
        RuleSet left = RuleSet.of(pack("a", firing("TEST-001", "a", Area.GOALS, Severity.WARNING, "x"),
                firing("TEST-002", "a", Area.GOALS, Severity.WARNING, "x"))).withoutRule("TEST-001");
        RuleSet right = RuleSet.of(pack("b", firing("TEST-003", "b", Area.RISK, Severity.WARNING, "x")),
                pack("c", firing("TEST-004", "c", Area.COST, Severity.WARNING, "x")))
                .withSeverity("TEST-003", Severity.CRITICAL).withoutPack("c");

        RuleSet both = left.plus(right);

        assertThat(ruleIds(both.rules())).containsExactly("TEST-002", "TEST-003");
        assertThat(both.severityOverride("TEST-003")).contains(Severity.CRITICAL);
        assertThat(evaluate(both).findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple("TEST-003", Severity.CRITICAL),
                        tuple("TEST-002", Severity.WARNING));
    }

    @Test
    void of_refusesTwoRulesWithOneId_acrossPacks() {
        RulePack a = pack("a", silent("TEST-001", "a", Area.GOALS));
        RulePack b = pack("b", silent("TEST-001", "b", Area.RISK));

        assertThatThrownBy(() -> RuleSet.of(a, b))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two rules have the id TEST-001");
    }

    @Test
    void of_refusesTwoRulesWithOneId_inOnePack() {
        RulePack a = pack("a", silent("TEST-001", "a", Area.GOALS), silent("TEST-001", "a", Area.RISK));

        assertThatThrownBy(() -> RuleSet.of(a))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two rules have the id TEST-001");
    }

    @Test
    void of_refusesTwoPacksWithOneName() {
        RulePack first = pack("a", silent("TEST-001", "a", Area.GOALS));
        RulePack second = pack("a", silent("TEST-002", "a", Area.GOALS));

        assertThatThrownBy(() -> RuleSet.of(first, second))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two packs are named a");
    }

    @Test
    void plus_refusesDuplicates() {
        RuleSet a = RuleSet.of(pack("a", silent("TEST-001", "a", Area.GOALS)));
        RuleSet otherA = RuleSet.of(pack("a", silent("TEST-002", "a", Area.GOALS)));
        RuleSet b = RuleSet.of(pack("b", silent("TEST-001", "b", Area.GOALS)));

        assertThatThrownBy(() -> a.plus(a)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two packs are named a");
        assertThatThrownBy(() -> a.plus(otherA)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two packs are named a");
        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two rules have the id TEST-001");
    }

    // ---- switching rules and packs, overriding severities ---------------------------------

    private static final RuleSet TWO_PACKS = RuleSet.of(
            pack("goals", List.of(input -> Map.of("goals.count", new MetricValue.Quantity(2, "goals"))),
                    firing("TEST-001", "goals", Area.GOALS, Severity.WARNING, "goals[G1]"),
                    firing("TEST-002", "goals", Area.GOALS, Severity.ERROR, "goals[G2]")),
            pack("risk", List.of(input -> Map.of("risk.count", new MetricValue.Quantity(1, "risks"))),
                    firing("TEST-003", "risk", Area.RISK, Severity.WARNING, "risks[R1]")));

    @Test
    void withoutRule_dropsItsFindings_butKeepsItInTheCatalogue() {
        RuleSet rules = TWO_PACKS.withoutRule("TEST-002");

        assertThat(ruleIds(rules.rules())).containsExactly("TEST-001", "TEST-003");
        assertThat(ruleIds(rules.allRules())).containsExactly("TEST-001", "TEST-002", "TEST-003");
        assertThat(evaluate(rules).findingsOf("TEST-002")).isEmpty();
        assertThat(evaluate(rules).status(Area.GOALS).status()).isEqualTo(RagStatus.AMBER);
        assertThat(ruleIds(TWO_PACKS.rules())).containsExactly("TEST-001", "TEST-002", "TEST-003");
    }

    @Test
    void withRule_enablesADisabledRuleAgain() {
        RuleSet rules = TWO_PACKS.withoutRule("TEST-002").withoutRule("TEST-003").withRule("TEST-002");

        assertThat(ruleIds(rules.rules())).containsExactly("TEST-001", "TEST-002");
        assertThat(evaluate(TWO_PACKS.withoutRule("TEST-002").withRule("TEST-002"))).isEqualTo(evaluate(TWO_PACKS));
    }

    @Test
    void withRule_ofAnEnabledRule_changesNothing() {
        assertThat(ruleIds(TWO_PACKS.withRule("TEST-001").rules())).containsExactly("TEST-001", "TEST-002", "TEST-003");
    }

    @Test
    void withoutPack_dropsItsRulesAndMetrics() {
        RuleSet rules = TWO_PACKS.withoutPack("goals");

        assertThat(ruleIds(rules.rules())).containsExactly("TEST-003");
        assertThat(ruleIds(rules.allRules())).containsExactly("TEST-001", "TEST-002", "TEST-003");
        Evaluation evaluation = evaluate(rules);
        assertThat(evaluation.findings()).extracting(Finding::ruleId).containsExactly("TEST-003");
        assertThat(evaluation.metrics()).containsOnlyKeys("risk.count");
        assertThat(evaluation.status(Area.GOALS).status()).isEqualTo(RagStatus.GREEN);
    }

    @Test
    void withoutRuleWithRuleWithSeverity_refuseAnUnknownId() {
        assertThatThrownBy(() -> TWO_PACKS.withoutRule("NOPE-001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rule has the id NOPE-001");
        assertThatThrownBy(() -> TWO_PACKS.withRule("NOPE-001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rule has the id NOPE-001");
        assertThatThrownBy(() -> TWO_PACKS.withSeverity("NOPE-001", Severity.INFO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rule has the id NOPE-001");
        assertThatThrownBy(() -> TWO_PACKS.withoutRule(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("ruleId");
    }

    @Test
    void withoutPack_refusesAnUnknownName() {
        assertThatThrownBy(() -> TWO_PACKS.withoutPack("finance")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rule pack is named finance");
        assertThatThrownBy(() -> TWO_PACKS.withoutPack(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("packName");
    }

    @Test
    void withSeverity_refusesNull() {
        assertThatThrownBy(() -> TWO_PACKS.withSeverity("TEST-001", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("severity");
    }

    @Test
    void withSeverity_changesTheSeverityOfTheRulesFindingsOnly() {
        RuleSet rules = TWO_PACKS.withSeverity("TEST-003", Severity.INFO);

        assertThat(rules.severityOverride("TEST-003")).contains(Severity.INFO);
        assertThat(rules.severityOverride("TEST-001")).isEmpty();
        Evaluation evaluation = evaluate(rules);
        assertThat(evaluation.findingsOf("TEST-003")).extracting(Finding::severity).containsExactly(Severity.INFO);
        assertThat(evaluation.findingsOf("TEST-001")).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void withSeverity_lastOverrideWins() {
        RuleSet rules = TWO_PACKS.withSeverity("TEST-001", Severity.INFO).withSeverity("TEST-001", Severity.CRITICAL);

        assertThat(evaluate(rules).findingsOf("TEST-001")).extracting(Finding::severity)
                .containsExactly(Severity.CRITICAL);
    }

    @ParameterizedTest
    @CsvSource({
        "WARNING,  AMBER, INFO,     GREEN",
        "WARNING,  AMBER, ERROR,    RED",
        "WARNING,  AMBER, CRITICAL, RED",
        "ERROR,    RED,   WARNING,  AMBER",
        "CRITICAL, RED,   INFO,     GREEN",
        "INFO,     GREEN, WARNING,  AMBER"})
    void withSeverity_changesTheAreaStatus(Severity byDefault, RagStatus before, Severity override, RagStatus after) {
        RuleSet rules = RuleSet.of(pack("risk", firing("TEST-001", "risk", Area.RISK, byDefault, "risks[R1]")));

        assertThat(evaluate(rules).status(Area.RISK).status()).isEqualTo(before);
        Evaluation overridden = evaluate(rules.withSeverity("TEST-001", override));
        assertThat(overridden.status(Area.RISK).status()).isEqualTo(after);
        assertThat(overridden.overall().status()).isEqualTo(after);
        assertThat(overridden.status(Area.RISK).decidedBy()).map(Finding::severity).contains(override);
    }

    // ---- findings and statuses -------------------------------------------------------------

    @Test
    void findings_areSortedMostSevereFirst_thenByRuleId_thenBySubject() {
        RuleSet rules = RuleSet.of(pack("test",
                firing("TEST-009", "test", Area.GOALS, Severity.INFO, "b", "a"),
                firing("TEST-005", "test", Area.SCHEDULE, Severity.WARNING, "z", "m"),
                firing("TEST-004", "test", Area.RISK, Severity.CRITICAL, "x"),
                firing("TEST-001", "test", Area.COST, Severity.WARNING, "y"),
                firing("TEST-003", "test", Area.CHANGE, Severity.ERROR, "c", "a", "b")));

        assertThat(evaluate(rules).findings())
                .extracting(f -> f.severity() + " " + f.ruleId() + " " + f.subject())
                .containsExactly(
                        "CRITICAL TEST-004 x",
                        "ERROR TEST-003 a",
                        "ERROR TEST-003 b",
                        "ERROR TEST-003 c",
                        "WARNING TEST-001 y",
                        "WARNING TEST-005 m",
                        "WARNING TEST-005 z",
                        "INFO TEST-009 a",
                        "INFO TEST-009 b");
    }

    @Test
    void findings_ofOneRuleAndSubject_areSortedByMessage() {
        RuleInfo info = info("TEST-001", "test", Area.GOALS, Severity.WARNING);
        Rule rule = rule(info, input -> List.of(
                info.finding("goals[G1]", text("b: no owner"), text("fix")),
                info.finding("goals[G1]", text("a: no KPI"), text("fix"))));

        assertThat(evaluate(RuleSet.of(pack("test", rule))).findings())
                .extracting(f -> f.message().english())
                .containsExactly("a: no KPI", "b: no owner");
    }

    @Test
    void findingOrder_isTheDocumentedComparator() {
        List<Finding> findings = new ArrayList<>(evaluate(TWO_PACKS).findings());
        Collections.reverse(findings);
        findings.sort(RuleSet.FINDING_ORDER);

        assertThat(findings).isEqualTo(evaluate(TWO_PACKS).findings());
    }

    @ParameterizedTest
    @CsvSource({"ERROR, RED", "CRITICAL, RED", "WARNING, AMBER", "INFO, GREEN"})
    void areaStatus_followsTheMostSevereFinding_andNamesIt(Severity severity, RagStatus expected) {
        RuleSet rules = RuleSet.of(pack("cost", firing("TEST-001", "cost", Area.COST, severity, "project")));

        AreaStatus cost = evaluate(rules).status(Area.COST);

        assertThat(cost.area()).contains(Area.COST);
        assertThat(cost.status()).isEqualTo(expected);
        assertThat(cost.decidingRule()).contains("TEST-001");
        assertThat(cost.decidedBy()).map(Finding::subject).contains("project");
    }

    @Test
    void areaStatus_isGreenAndUndecided_withoutFindings() {
        RuleSet rules = RuleSet.of(pack("cost", silent("TEST-001", "cost", Area.COST)));

        AreaStatus cost = evaluate(rules).status(Area.COST);

        assertThat(cost).isEqualTo(new AreaStatus(Optional.of(Area.COST), RagStatus.GREEN, Optional.empty()));
        assertThat(cost.decidingRule()).isEmpty();
    }

    @Test
    void areaStatus_isDecidedByTheMostSevereFinding_whateverTheRuleOrder() {
        RuleSet rules = RuleSet.of(pack("schedule",
                firing("TEST-001", "schedule", Area.SCHEDULE, Severity.INFO, "a"),
                firing("TEST-002", "schedule", Area.SCHEDULE, Severity.WARNING, "b"),
                firing("TEST-003", "schedule", Area.SCHEDULE, Severity.CRITICAL, "c"),
                firing("TEST-004", "schedule", Area.SCHEDULE, Severity.ERROR, "d")));

        AreaStatus schedule = evaluate(rules).status(Area.SCHEDULE);

        assertThat(schedule.status()).isEqualTo(RagStatus.RED);
        assertThat(schedule.decidingRule()).contains("TEST-003");
    }

    @Test
    void areaStatus_amongEqualFindings_isDecidedByTheFirstInOrder() {
        RuleSet rules = RuleSet.of(pack("risk",
                firing("TEST-002", "risk", Area.RISK, Severity.WARNING, "risks[R1]"),
                firing("TEST-001", "risk", Area.RISK, Severity.WARNING, "risks[R9]", "risks[R2]")));

        AreaStatus risk = evaluate(rules).status(Area.RISK);

        assertThat(risk.decidingRule()).contains("TEST-001");
        assertThat(risk.decidedBy()).map(Finding::subject).contains("risks[R2]");
    }

    @Test
    void areaStatus_dependsOnlyOnTheAreasOwnFindings() {
        RuleSet rules = RuleSet.of(pack("test",
                firing("TEST-001", "test", Area.GOALS, Severity.CRITICAL, "goals[G1]"),
                firing("TEST-002", "test", Area.FINANCE, Severity.WARNING, "budget")));

        Evaluation evaluation = evaluate(rules);

        assertThat(evaluation.status(Area.GOALS).status()).isEqualTo(RagStatus.RED);
        assertThat(evaluation.status(Area.FINANCE).status()).isEqualTo(RagStatus.AMBER);
        assertThat(evaluation.status(Area.FINANCE).decidingRule()).contains("TEST-002");
        for (Area other : List.of(Area.SCHEDULE, Area.COST, Area.RISK, Area.CHANGE)) {
            assertThat(evaluation.status(other).status()).as(other.name()).isEqualTo(RagStatus.GREEN);
        }
    }

    @Test
    void overall_isTheWorstArea_decidedByTheMostSevereFindingOfAll() {
        RuleSet rules = RuleSet.of(pack("test",
                firing("TEST-001", "test", Area.GOALS, Severity.ERROR, "goals[G1]"),
                firing("TEST-002", "test", Area.SCHEDULE, Severity.WARNING, "activities[A1]"),
                firing("TEST-003", "test", Area.RISK, Severity.CRITICAL, "risks[R1]")));

        AreaStatus overall = evaluate(rules).overall();

        assertThat(overall.area()).isEmpty();
        assertThat(overall.status()).isEqualTo(RagStatus.RED);
        assertThat(overall.decidingRule()).contains("TEST-003");
    }

    @Test
    void overall_isAmber_whenTheWorstAreaIsAmber() {
        RuleSet rules = RuleSet.of(pack("test",
                firing("TEST-001", "test", Area.GOALS, Severity.INFO, "goals[G1]"),
                firing("TEST-002", "test", Area.CHANGE, Severity.WARNING, "changes[C1]")));

        AreaStatus overall = evaluate(rules).overall();

        assertThat(overall.status()).isEqualTo(RagStatus.AMBER);
        assertThat(overall.decidingRule()).contains("TEST-002");
    }

    @Test
    void overall_isGreen_whenEveryFindingIsInformation() {
        RuleSet rules = RuleSet.of(pack("test", firing("TEST-001", "test", Area.GOALS, Severity.INFO, "goals[G1]")));

        AreaStatus overall = evaluate(rules).overall();

        assertThat(overall.status()).isEqualTo(RagStatus.GREEN);
        assertThat(overall.decidingRule()).contains("TEST-001");
    }

    @Test
    void overall_isTheWorstOfTheAreas_always() {
        Evaluation evaluation = evaluate(TWO_PACKS);

        RagStatus worst = evaluation.areas().values().stream().map(AreaStatus::status)
                .max(Comparator.naturalOrder()).orElseThrow();
        assertThat(evaluation.overall().status()).isEqualTo(worst).isEqualTo(RagStatus.RED);
    }

    // ---- metrics ---------------------------------------------------------------------------

    @Test
    void metrics_comeFromEveryEnabledPack_sortedByKey() {
        Evaluation evaluation = evaluate(TWO_PACKS);

        assertThat(evaluation.metrics()).containsExactly(
                Map.entry("goals.count", new MetricValue.Quantity(2, "goals")),
                Map.entry("risk.count", new MetricValue.Quantity(1, "risks")));
    }

    @Test
    void metrics_ofADisabledRule_stillPublish_butNotOfADisabledPack() {
        assertThat(evaluate(TWO_PACKS.withoutRule("TEST-001").withoutRule("TEST-002")).metrics())
                .containsOnlyKeys("goals.count", "risk.count");
        assertThat(evaluate(TWO_PACKS.withoutPack("risk")).metrics()).containsOnlyKeys("goals.count");
    }

    @Test
    void metrics_publishedTwice_areAnError() {
        MetricSource emv = input -> Map.of("risk.emv.total", new MetricValue.Ratio(1));
        RuleSet rules = RuleSet.of(pack("a", List.of(emv)), pack("b", List.of(emv)));

        assertThatThrownBy(() -> evaluate(rules))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("two metric sources publish risk.emv.total on project P1");
        assertThat(evaluate(rules.withoutPack("b")).metrics()).containsOnlyKeys("risk.emv.total");
    }

    @Test
    void metrics_andRules_shareTheAnalyses() {
        AtomicInteger runs = new AtomicInteger();
        Analysis<Integer> length = input -> {
            runs.incrementAndGet();
            return input.project().name().length();
        };
        RuleInfo info = info("TEST-001", "test", Area.GOALS, Severity.INFO);
        Rule rule = rule(info, input -> List.of(info.finding("project", text("length " + input.get(length)), text("-"))));
        MetricSource source = input -> Map.of("name.length", new MetricValue.Quantity(input.get(length), "chars"));
        MetricSource twice = input -> Map.of("name.twice", new MetricValue.Quantity(2 * input.get(length), "chars"));

        Evaluation evaluation = evaluate(RuleSet.of(pack("test", List.of(source, twice), rule)));

        assertThat(runs).hasValue(1);
        assertThat(evaluation.findings()).extracting(f -> f.message().english()).containsExactly("length 10");
        assertThat(evaluation.metrics()).containsExactly(
                Map.entry("name.length", new MetricValue.Quantity(10, "chars")),
                Map.entry("name.twice", new MetricValue.Quantity(20, "chars")));
    }

    @Test
    void metrics_aSourceThatFails_isNamedWithThePackAndProject() {
        MetricSource broken = input -> {
            throw new ArithmeticException("/ by zero");
        };
        RuleSet rules = RuleSet.of(pack("finance", List.of(broken)));

        assertThatThrownBy(() -> evaluate(rules))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a metric source of pack finance failed on project P1: / by zero")
                .hasCauseInstanceOf(ArithmeticException.class);
    }

    // ---- misbehaving rules -----------------------------------------------------------------

    @Test
    void evaluate_wrapsARuleThatThrows_namingTheRuleAndProject() {
        IllegalArgumentException cause = new IllegalArgumentException("boom");
        Rule broken = rule(info("TEST-001", "test", Area.GOALS, Severity.ERROR), input -> {
            throw cause;
        });

        assertThatThrownBy(() -> evaluate(RuleSet.of(pack("test", broken))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule TEST-001 failed on project P1: boom")
                .hasCause(cause);
    }

    @Test
    void evaluate_refusesAFindingOfAnotherRule() {
        RuleInfo other = info("TEST-002", "test", Area.GOALS, Severity.ERROR);
        Rule impostor = rule(info("TEST-001", "test", Area.GOALS, Severity.ERROR),
                input -> List.of(other.finding("project", text("x"), text("y"))));

        assertThatThrownBy(() -> evaluate(RuleSet.of(pack("test", impostor))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule TEST-001 made a finding of rule TEST-002 on project P1");
    }

    @Test
    void evaluate_refusesARuleThatReturnsNull() {
        Rule careless = rule(info("TEST-001", "test", Area.GOALS, Severity.ERROR), input -> null);

        assertThatThrownBy(() -> evaluate(RuleSet.of(pack("test", careless))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule TEST-001 returned null on project P1");
    }

    @Test
    void evaluate_refusesANullFinding() {
        List<Finding> withNull = new ArrayList<>();
        withNull.add(null);
        Rule careless = rule(info("TEST-001", "test", Area.GOALS, Severity.ERROR), input -> withNull);

        assertThatThrownBy(() -> evaluate(RuleSet.of(pack("test", careless))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule TEST-001 returned a null finding on project P1");
    }

    // ---- determinism -----------------------------------------------------------------------

    @Test
    void evaluate_sameProjectTwice_givesEqualEvaluations() {
        Evaluation first = evaluate(TWO_PACKS);
        Evaluation second = TWO_PACKS.evaluate(project("P1"), EvaluationContext.at(Fixtures.START));

        assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
    }

    @Test
    void evaluateAll_keepsTheProjectsOrder() {
        RuleSet rules = RuleSet.of(pack("test", namedAfterProject()));
        List<Project> projects = IntStream.range(0, 50).mapToObj(i -> project("P" + i)).toList();

        List<Evaluation> evaluations = rules.evaluateAll(projects, CONTEXT, true);

        assertThat(evaluations).extracting(e -> e.findings().get(0).subject())
                .containsExactlyElementsOf(projects.stream().map(p -> p.id().value()).toList());
    }

    @Test
    void evaluateAll_inParallel_equalsSequential_for200Projects() {
        RuleSet rules = deterministicRules(List.of(
                new RuleSpec(Area.GOALS, Severity.WARNING, 2, 1),
                new RuleSpec(Area.SCHEDULE, Severity.ERROR, 3, 2),
                new RuleSpec(Area.COST, Severity.CRITICAL, 5, 1),
                new RuleSpec(Area.RISK, Severity.INFO, 1, 3),
                new RuleSpec(Area.GOALS, Severity.CRITICAL, 7, 1)), 2);
        List<Project> projects = IntStream.range(0, 200).mapToObj(i -> projectNumber(i)).toList();

        List<Evaluation> sequential = rules.evaluateAll(projects, CONTEXT, false);
        List<Evaluation> parallel = rules.evaluateAll(projects, CONTEXT, true);

        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential).hasSize(200);
        assertThat(sequential).extracting(e -> e.overall().status()).contains(RagStatus.AMBER, RagStatus.RED);
        for (int i = 0; i < projects.size(); i++) {
            assertThat(sequential.get(i)).isEqualTo(rules.evaluate(projects.get(i), CONTEXT));
        }
    }

    @Test
    void evaluateAll_refusesNull() {
        assertThatThrownBy(() -> TWO_PACKS.evaluateAll(null, CONTEXT, true)).isInstanceOf(NullPointerException.class)
                .hasMessage("projects");
        assertThatThrownBy(() -> TWO_PACKS.evaluateAll(List.of(P1), null, true))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("context");
    }

    @Property(tries = 200)
    void evaluateAll_inParallel_equalsSequential(@ForAll("ruleSets") RuleSet rules,
            @ForAll("projectLists") List<Project> projects) {
        List<Evaluation> sequential = rules.evaluateAll(projects, CONTEXT, false);

        assertThat(rules.evaluateAll(projects, CONTEXT, true)).isEqualTo(sequential);
        assertThat(sequential).hasSameSizeAs(projects);
    }

    @Property(tries = 200)
    void evaluate_overallIsTheWorstArea_andFindingsAreInOrder(@ForAll("ruleSets") RuleSet rules,
            @ForAll("projectLists") List<Project> projects) {
        for (Project project : projects) {
            Evaluation evaluation = rules.evaluate(project, CONTEXT);
            RagStatus worst = evaluation.areas().values().stream().map(AreaStatus::status)
                    .max(Comparator.naturalOrder()).orElseThrow();
            assertThat(evaluation.overall().status()).isEqualTo(worst);
            assertThat(evaluation.findings()).isSortedAccordingTo(RuleSet.FINDING_ORDER);
            for (AreaStatus area : evaluation.areas().values()) {
                assertThat(area.decidedBy().map(f -> RagStatus.of(f.severity())).orElse(RagStatus.GREEN))
                        .isEqualTo(area.status());
            }
        }
    }

    // ---- generators ------------------------------------------------------------------------

    /** A rule that fires on one project in {@code every}, with {@code subjects} findings. */
    record RuleSpec(Area area, Severity severity, int every, int subjects) {
    }

    /** The sum of the project's name's characters: a shared analysis. */
    private static final Analysis<Integer> NAME_SUM = input -> input.project().name().chars().sum();

    private static RuleSet deterministicRules(List<RuleSpec> specs, int packCount) {
        List<List<Rule>> byPack = new ArrayList<>();
        for (int p = 0; p < packCount; p++) {
            byPack.add(new ArrayList<>());
        }
        for (int i = 0; i < specs.size(); i++) {
            RuleSpec spec = specs.get(i);
            String packName = "pack" + (i % packCount);
            RuleInfo info = info(String.format("TEST-%03d", i + 1), packName, spec.area(), spec.severity());
            int salt = i;
            byPack.get(i % packCount).add(rule(info, input -> {
                int key = input.get(NAME_SUM) + salt;
                if (key % spec.every() != 0) {
                    return List.of();
                }
                return IntStream.range(0, spec.subjects())
                        .mapToObj(s -> info.finding(input.project().id() + "/" + s, text("found " + key), text("fix"))
                                .withMeasure(key, spec.every()))
                        .toList();
            }));
        }
        List<RulePack> packs = new ArrayList<>();
        for (int p = 0; p < packCount; p++) {
            String name = "pack" + p;
            MetricSource source = input -> Map.of(name + ".sum", new MetricValue.Quantity(input.get(NAME_SUM), "chars"));
            packs.add(new RulePack(name, byPack.get(p), List.of(source)));
        }
        return RuleSet.of(packs.toArray(RulePack[]::new));
    }

    private static Project projectNumber(int i) {
        return project("P" + i).toBuilder().name("Project number " + i * 7919).build();
    }

    private static Rule namedAfterProject() {
        RuleInfo info = info("TEST-001", "test", Area.GOALS, Severity.WARNING);
        return rule(info, input -> List.of(info.finding(input.project().id().value(), text("x"), text("y"))));
    }

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        Arbitrary<RuleSpec> spec = Combinators.combine(
                Arbitraries.of(Area.class),
                Arbitraries.of(Severity.class),
                Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(0, 3)).as(RuleSpec::new);
        return Combinators.combine(spec.list().ofMaxSize(8), Arbitraries.integers().between(1, 3))
                .as(RuleSetTest::deterministicRules);
    }

    @Provide
    Arbitrary<List<Project>> projectLists() {
        return Arbitraries.integers().between(0, 100_000).map(RuleSetTest::projectNumber).list().ofMaxSize(40);
    }
}
