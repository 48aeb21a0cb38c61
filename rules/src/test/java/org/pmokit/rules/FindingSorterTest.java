package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FindingSorterTest {

    /** Rule identifiers in evaluation order, deliberately not in identifier order. */
    private static final List<String> IDS = List.of("TEST-003", "TEST-001", "TEST-002");

    private static Finding finding(String ruleId, Severity severity, String subject, String message) {
        RuleInfo info = Fixtures.info(ruleId, "test", Area.GOALS, Severity.INFO);
        return info.finding(subject, Fixtures.text(message), Fixtures.text("fix")).withSeverity(severity);
    }

    @Test
    void ordersBySeverityThenRuleThenSubjectThenMessage() {
        Finding a = finding("TEST-003", Severity.ERROR, "s[1]", "m");
        Finding b = finding("TEST-003", Severity.WARNING, "s[2]", "m");
        Finding c = finding("TEST-001", Severity.WARNING, "s[9]", "m");
        Finding d = finding("TEST-002", Severity.ERROR, "s[1]", "b");
        Finding e = finding("TEST-002", Severity.ERROR, "s[1]", "a");
        Finding f = finding("TEST-002", Severity.ERROR, "s[0]", "z");

        List<Finding> sorted = new FindingSorter(IDS).sort(List.of(List.of(a, b), List.of(c), List.of(d, e, f)));

        // ERROR first: TEST-002 (s[0] z, s[1] a, s[1] b) before TEST-003; then WARNING: TEST-001, TEST-003
        assertThat(sorted).containsExactly(f, e, d, a, c, b);
    }

    @Test
    void keepsTheOrderOfEqualFindings() {
        Finding first = finding("TEST-001", Severity.INFO, "s", "same");
        Finding second = finding("TEST-001", Severity.INFO, "s", "same");

        List<Finding> sorted = new FindingSorter(IDS).sort(List.of(List.of(), List.of(first, second), List.of()));

        assertThat(sorted).hasSize(2);
        assertThat(sorted.get(0)).isSameAs(first);
        assertThat(sorted.get(1)).isSameAs(second);
    }

    @Test
    void refusesFindingsOfAnotherNumberOfRules() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FindingSorter(IDS).sort(List.of(List.of())))
                .withMessage("findings of 1 rules for a sorter of 3");
    }

    @Property(tries = 300)
    void givesWhatAStableSortWithTheFindingOrderGives(@ForAll("findings") List<List<Finding>> perRule) {
        List<Finding> all = new ArrayList<>();
        perRule.forEach(all::addAll);
        List<Finding> expected = new ArrayList<>(all);
        expected.sort(RuleSet.FINDING_ORDER);

        List<Finding> sorted = new FindingSorter(IDS).sort(perRule);

        assertThat(sorted).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(sorted.get(i)).isSameAs(expected.get(i));
        }
    }

    @Provide
    Arbitrary<List<List<Finding>>> findings() {
        Arbitrary<Severity> severities = Arbitraries.of(Severity.class);
        Arbitrary<String> subjects = Arbitraries.of("s[1]", "s[10]", "s[2]");
        Arbitrary<String> messages = Arbitraries.of("a", "b");
        List<Arbitrary<List<Finding>>> lists = new ArrayList<>();
        for (String id : IDS) {
            lists.add(Combinators.combine(severities, subjects, messages)
                    .as((s, subject, m) -> finding(id, s, subject, m)).list().ofMaxSize(8));
        }
        return Combinators.combine(lists).as(l -> l);
    }
}
