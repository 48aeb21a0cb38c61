package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates {@code docs/RULES.md} and checks the standard rules against it: every rule has an id
 * of the form XXX-000, a title in both languages, a default severity and a test.
 *
 * <p>When the catalogue has changed, the test writes the new {@code docs/RULES.md} and fails, so
 * that the change is seen and committed; the next run passes. This is the one test file whose
 * mention of a rule id does not count as a test of that rule.
 */
class RuleCatalogTest {

    /** The module directory: Maven runs tests there; an IDE may run them at the repository root. */
    private static final Path MODULE = moduleDirectory();
    private static final Path TEST_SOURCES = MODULE.resolve("src/test/java");
    private static final Path THIS_FILE = TEST_SOURCES.resolve("org/pmokit/rules/RuleCatalogTest.java");
    private static final Path RULES_MD = MODULE.resolve("../docs/RULES.md").normalize();

    private static Path moduleDirectory() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(here, here.resolve("rules"))) {
            if (Files.isRegularFile(candidate.resolve("src/test/java/org/pmokit/rules/RuleCatalogTest.java"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("run the tests in the rules module or the repository root, not " + here);
    }

    // ---- the real catalogue ----------------------------------------------------------------

    @Test
    void rulesMd_isUpToDate() throws IOException {
        String expected = RuleCatalog.markdown(StandardRules.all());
        String actual = Files.isRegularFile(RULES_MD)
                ? Files.readString(RULES_MD, StandardCharsets.UTF_8).replace("\r\n", "\n")
                : null;

        if (!expected.equals(actual)) {
            Files.createDirectories(RULES_MD.getParent());
            Files.writeString(RULES_MD, expected, StandardCharsets.UTF_8);
            fail("docs/RULES.md was out of date and has been regenerated; commit it");
        }
    }

    @Test
    void standardRules_haveAnIdTitlesASeverityAndATest() {
        List<String> problems = CatalogCheck.problems(StandardRules.all(), TEST_SOURCES, THIS_FILE);

        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void standardRules_areTheCatalogue() {
        assertThat(RuleCatalog.ids(StandardRules.all())).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches(CatalogCheck.ID));
    }

    // ---- the check itself, on fake rules ---------------------------------------------------

    private static Rule fake(String id) {
        return Fixtures.silent(id, "fake", Area.GOALS);
    }

    @Test
    void check_reportsARuleWhoseIdAppearsInNoTestFile() {
        RuleSet fakes = RuleSet.of(Fixtures.pack("fake", fake("FAKE-999")));

        assertThat(CatalogCheck.problems(fakes, TEST_SOURCES, THIS_FILE)).containsExactly(
                "rules without a test (their id appears in no file under src/test/java): FAKE-999");
    }

    @Test
    void check_countsOtherTestFiles_butNotThisOne() {
        // TEST-001 is the fixtures' favourite id; FAKE-999 appears only in this file
        RuleSet fakes = RuleSet.of(Fixtures.pack("fake", fake("TEST-001"), fake("FAKE-999")));

        assertThat(CatalogCheck.problems(fakes, TEST_SOURCES, THIS_FILE)).containsExactly(
                "rules without a test (their id appears in no file under src/test/java): FAKE-999");
        assertThat(CatalogCheck.problems(fakes, TEST_SOURCES, TEST_SOURCES.resolve("nothing.txt"))).isEmpty();
    }

    @Test
    void check_listsEveryRuleWithoutATest(@TempDir Path tests) throws IOException {
        Files.createDirectories(tests.resolve("org/example"));
        Files.writeString(tests.resolve("org/example/GoalsTest.java"), "class GoalsTest { String id = \"FAKE-001\"; }");
        Files.writeString(tests.resolve("org/example/Excluded.java"), "FAKE-003");
        Files.writeString(tests.resolve("org/example/Lookalikes.java"), "XFAKE-004 FAKE-0041 FAKE-004A");
        RuleSet fakes = RuleSet.of(Fixtures.pack("fake", fake("FAKE-001"), fake("FAKE-002"), fake("FAKE-003"),
                fake("FAKE-004")));

        List<String> problems = CatalogCheck.problems(fakes, tests, tests.resolve("org/example/Excluded.java"));

        assertThat(problems).containsExactly(
                "rules without a test (their id appears in no file under src/test/java): FAKE-002, FAKE-003, FAKE-004");
    }

    @Test
    void check_acceptsAnIdInAnyKindOfTestFile(@TempDir Path tests) throws IOException {
        Files.writeString(tests.resolve("cases.json"), "[{\"rule\": \"FAKE-005\"}]");
        RuleSet fakes = RuleSet.of(Fixtures.pack("fake", fake("FAKE-005")));

        assertThat(CatalogCheck.problems(fakes, tests, tests.resolve("none"))).isEmpty();
    }

    @Test
    void check_passes_forNoRules(@TempDir Path tests) {
        assertThat(CatalogCheck.problems(RuleSet.of(), tests, tests.resolve("none"))).isEmpty();
    }

    // ---- the Markdown ----------------------------------------------------------------------

    @Test
    void markdown_listsEachPacksRules_thenThePolicy() {
        Rule first = Fixtures.rule(new RuleInfo("FAKE-010", "alpha", Area.SCHEDULE, Subject.ACTIVITY,
                Text.of("Activity has | a predecessor", "任务有紧前任务"), Severity.WARNING), input -> List.of());
        Rule second = Fixtures.rule(new RuleInfo("FAKE-020", "beta", Area.RISK, Subject.RISK,
                Text.of("Risk has an owner", "风险有负责人"), Severity.CRITICAL), input -> List.of());

        String md = RuleCatalog.markdown(RuleSet.of(Fixtures.pack("alpha", first), Fixtures.pack("beta", second)));

        assertThat(md).startsWith("# Rule catalogue\n\n");
        assertThat(md).contains("\n## Pack `alpha`\n\n| id | area | subject | default severity | title | 标题 |\n|---|---|---|---|---|---|\n"
                + "| FAKE-010 | SCHEDULE | ACTIVITY | WARNING | Activity has \\| a predecessor | 任务有紧前任务 |\n");
        assertThat(md).contains("\n## Pack `beta`\n\n| id | area | subject | default severity | title | 标题 |\n|---|---|---|---|---|---|\n"
                + "| FAKE-020 | RISK | RISK | CRITICAL | Risk has an owner | 风险有负责人 |\n");
        assertThat(md.indexOf("## Pack `alpha`")).isLessThan(md.indexOf("## Pack `beta`"));
        assertThat(md.indexOf("## Pack `beta`")).isLessThan(md.indexOf("\n## Policy\n"));
        assertThat(md).endsWith("\n");
    }

    @Test
    void markdown_listsDisabledRulesToo() {
        RuleSet rules = RuleSet.of(Fixtures.pack("fake", fake("FAKE-030"), fake("FAKE-031"))).withoutRule("FAKE-031");

        assertThat(RuleCatalog.markdown(rules)).contains("| FAKE-030 |", "| FAKE-031 |");
        assertThat(RuleCatalog.ids(rules)).containsExactly("FAKE-030", "FAKE-031");
    }

    @Test
    void markdown_hasARowForEveryPolicyKey() {
        String md = RuleCatalog.markdown(RuleSet.of());

        assertThat(md).contains("| key | default | range | meaning | 含义 | source |\n");
        for (PolicyKey<?> key : PolicyKeys.ALL) {
            assertThat(md).contains("| `" + key.name() + "` | " + key.defaultValue() + " | " + key.range() + " | ");
        }
        assertThat(md).contains("| `index.green` | 0.95 | 0 to 10 | CPI, SPI and SPI(t) at or above which the status is green");
    }
}
