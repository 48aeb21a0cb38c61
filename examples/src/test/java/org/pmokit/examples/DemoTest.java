package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmokit.rules.Evaluation;

class DemoTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private Demo.Result run(Path folder) {
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            return Demo.run(out, folder);
        }
    }

    @Test
    void run_readsValidatesAndEvaluatesEverySample_inBothLanguages() {
        Demo.Result result = run(dir.resolve("reports"));
        Evaluation evaluation = result.evaluations().get(0);
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(printed).startsWith("PMO Kit demo")
                .contains("== crm-upgrade-2026.json: Project[CRM-2026 \"CRM upgrade 2026\", 14 activities], valid / 校验通过,"
                        + " evaluated at 2026-04-30")
                .contains("== loan-approval-automation.json: ")
                .contains("== core-banking-process-optimisation.json: ")
                .doesNotContain("violation");
        // G4 is the deliberately vague goal: its SMART findings appear in both languages.
        assertThat(result.evaluations()).hasSize(Samples.NAMES.size());
        assertThat(evaluation.findingsOf("SMART-001")).extracting(f -> f.subject()).containsExactly("goals[G4]");
        assertThat(printed).contains("SMART-001 goals[G4]").contains("目标").contains("Goals: red")
                .contains("目标: 红");
    }

    @Test
    void run_writesHtmlJsonAndMarkdownReports_andNamesTheFolder() {
        Path folder = dir.resolve("reports");

        Demo.Result result = run(folder);

        // Per sample: HTML, JSON and Markdown in English and HTML in Chinese; then the portfolio in HTML and Markdown.
        assertThat(result.reports()).extracting(p -> p.getFileName().toString()).containsExactly(
                "crm-upgrade-2026.html", "crm-upgrade-2026.json", "crm-upgrade-2026.md", "crm-upgrade-2026.zh-CN.html",
                "loan-approval-automation.html", "loan-approval-automation.json", "loan-approval-automation.md",
                "loan-approval-automation.zh-CN.html",
                "core-banking-process-optimisation.html", "core-banking-process-optimisation.json",
                "core-banking-process-optimisation.md", "core-banking-process-optimisation.zh-CN.html",
                "portfolio.html", "portfolio.md");
        assertThat(result.reports()).allSatisfy(p -> assertThat(p).isRegularFile().hasParent(folder));
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("Reports / 报告: 14 files in " + folder.toAbsolutePath().normalize() + System.lineSeparator())
                .contains("  crm-upgrade-2026.html" + System.lineSeparator())
                .contains("Open " + folder.resolve("portfolio.html") + " in a browser.");
    }

    @Test
    void reports_showTheSampleInEachFormatAndLanguage() throws IOException {
        Path folder = dir.resolve("reports");
        run(folder);

        String html = read(folder.resolve("crm-upgrade-2026.html"));
        String chinese = read(folder.resolve("crm-upgrade-2026.zh-CN.html"));
        JsonNode json = new ObjectMapper().readTree(read(folder.resolve("crm-upgrade-2026.json")));
        String markdown = read(folder.resolve("crm-upgrade-2026.md"));
        String portfolio = read(folder.resolve("portfolio.html"));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("lang=\"en\"").contains("CRM upgrade 2026").contains("<svg");
        assertThat(chinese).contains("lang=\"zh-CN\"").contains("客户关系管理系统升级 2026").contains("红");
        assertThat(json.path("kind").asText()).isEqualTo("project");
        assertThat(json.path("language").asText()).isEqualTo("en");
        assertThat(json.path("project").path("id").asText()).isEqualTo("CRM-2026");
        assertThat(json.path("project").path("statusDate").asText()).isEqualTo("2026-04-30");
        assertThat(markdown).startsWith("# ").contains("CRM-2026").contains("SMART-002");
        assertThat(portfolio).contains("CRM-2026").contains("LAA-2026").contains("CBPO-2026");
    }

    @Test
    void run_twice_writesTheSameBytes() throws IOException {
        Demo.Result first = run(dir.resolve("a"));
        Demo.Result second = run(dir.resolve("b"));

        for (int i = 0; i < first.reports().size(); i++) {
            assertThat(Files.readAllBytes(second.reports().get(i))).as(second.reports().get(i).toString())
                    .isEqualTo(Files.readAllBytes(first.reports().get(i)));
        }
    }

    @Test
    void run_printsToTheGivenStreamOnly() {
        PrintStream original = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            run(dir.resolve("reports"));
        } finally {
            System.setOut(original);
        }

        assertThat(bytes.size()).isPositive();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
