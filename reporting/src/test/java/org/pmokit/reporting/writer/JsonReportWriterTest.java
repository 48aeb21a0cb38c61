package org.pmokit.reporting.writer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pmokit.core.project.Project;
import org.pmokit.reporting.Fixtures;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportLanguage;

/**
 * The JSON report: valid against the report's JSON Schema (src/main/resources, documented in
 * docs/REPORT_SCHEMA.md) in both languages, for the CRM sample, a hostile project, a project that
 * cannot be measured and a portfolio; with the figures of the sample; and with the schema rejecting
 * what it must.
 */
class JsonReportWriterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Schema SCHEMA = REGISTRY.getSchema(schemaNode());

    private static JsonNode schemaNode() {
        try (InputStream in = JsonReportWriterTest.class.getResourceAsStream("/org/pmokit/reporting/report.schema.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
    }

    private static List<String> violations(JsonNode node) {
        return SCHEMA.validate(node).stream().map(Error::toString).toList();
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void crmReport_isValidAgainstTheSchema(ReportLanguage language) {
        String json = ReportWriters.json(language).toString(Fixtures.crmReport());
        assertThat(violations(read(json))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void hostileAndUnmeasurableReports_areValidAgainstTheSchema(ReportLanguage language) {
        Project noBaseline = Fixtures.crm().toBuilder().baselines(List.of()).build();
        for (ProjectReport r : List.of(Fixtures.report(Fixtures.hostile()), Fixtures.report(noBaseline))) {
            assertThat(violations(read(ReportWriters.json(language).toString(r)))).isEmpty();
        }
        JsonNode undefined = read(ReportWriters.json(language).toString(Fixtures.report(noBaseline))).get("earnedValue");
        assertThat(undefined.size()).isEqualTo(1);
        assertThat(undefined.get("undefined").asText()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void portfolioReport_isValidAgainstTheSchema(ReportLanguage language) {
        PortfolioReport p = PortfolioReport.of(List.of(Fixtures.crmReport(), Fixtures.report(Fixtures.hostile())));
        JsonNode node = read(ReportWriters.json(language).toString(p));
        assertThat(violations(node)).isEmpty();
        assertThat(node.get("kind").asText()).isEqualTo("portfolio");
        assertThat(node.get("projectCount").asInt()).isEqualTo(2);
        assertThat(node.at("/totals/0/bac/amount").asText()).isEqualTo("16000000.00");
    }

    @Test
    void theSchema_rejectsAReportWithAMissingOrRetypedField() {
        JsonNode good = read(ReportWriters.json(ReportLanguage.ENGLISH).toString(Fixtures.crmReport()));
        JsonNode missing = good.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) missing).remove("risks");
        assertThat(violations(missing)).isNotEmpty();
        JsonNode retyped = good.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) retyped.get("project")).put("statusDate", "30/04/2026");
        assertThat(violations(retyped)).isNotEmpty();
        JsonNode extra = good.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) extra).put("surprise", 1);
        assertThat(violations(extra)).isNotEmpty();
    }

    @Test
    void crmReport_fieldsAndFigures_inEnglish() {
        JsonNode n = read(ReportWriters.json(ReportLanguage.ENGLISH).toString(Fixtures.crmReport()));
        assertThat(n.get("reportSchemaVersion").asInt()).isEqualTo(ProjectReport.SCHEMA_VERSION);
        assertThat(n.get("language").asText()).isEqualTo("en");
        assertThat(n.at("/status/overall/status/code").asText()).isEqualTo("RED");
        assertThat(n.at("/status/overall/decidedBy/rule").asText()).isEqualTo("EVM-002");
        assertThat(n.at("/findings/counts/ERROR").asInt()).isEqualTo(Fixtures.crmReport().findingCounts()
                .get(org.pmokit.rules.Severity.ERROR)).isGreaterThanOrEqualTo(4);
        assertThat(n.at("/findings/items").size()).isEqualTo(Fixtures.crmReport().findings().size());
        assertThat(n.at("/goals/3/smart/met").asBoolean()).isFalse();
        assertThat(n.at("/goals/0/kpi/progress/undefined").asText())
                .isEqualTo("the KPI has no reading on or before the status date");
        assertThat(n.at("/milestones/items/2/forecast").asText()).isEqualTo("2026-05-28");
        assertThat(n.at("/milestones/items/2/variance/quantity").asInt()).isEqualTo(7);
        assertThat(n.at("/schedule/finish").asText()).isEqualTo("2026-09-29");
        assertThat(n.at("/schedule/criticalPaths/0").toString()).isEqualTo("[\"A7\",\"A8\",\"A9\",\"A10\",\"A11\",\"A12\",\"A14\"]");
        assertThat(n.at("/earnedValue/metrics/2/key").asText()).isEqualTo("evm.ev");
        assertThat(n.at("/earnedValue/metrics/2/value/amount").asText()).isEqualTo("3235000.00");
        // CPI = 3,235,000 / 3,455,000 = 0.936324167872648... to 15 significant digits
        assertThat(n.at("/metrics/evm.cpi/ratio").decimalValue()).isEqualByComparingTo("0.936324167872648");
        assertThat(n.at("/risks/emvTotal/amount").asText()).isEqualTo("-485000.00");
        assertThat(n.at("/risks/heatMaps/threats").size()).isEqualTo(25);
        assertThat(n.at("/changeRequests/1/approvalRoute/authority/code").asText()).isEqualTo("CHANGE_CONTROL_BOARD");
        assertThat(n.at("/budget/metrics/5/value/undefined").asText())
                .isEqualTo("no investment case: the project has no cash flows");
        assertThat(n.at("/project/description").isTextual()).isTrue();
    }

    @Test
    void crmReport_labelsMessagesAndReasons_inChinese_codesUnchanged() {
        JsonNode n = read(ReportWriters.json(ReportLanguage.SIMPLIFIED_CHINESE).toString(Fixtures.crmReport()));
        assertThat(n.get("language").asText()).isEqualTo("zh-CN");
        assertThat(n.at("/status/overall/status/code").asText()).isEqualTo("RED");
        assertThat(n.at("/status/overall/status/label").asText()).isEqualTo("红");
        assertThat(n.at("/project/phase/label").asText()).isEqualTo("开发实施");
        assertThat(n.at("/findings/items")).filteredOn(f -> f.get("rule").asText().equals("SMART-002")).singleElement()
                .satisfies(f -> assertThat(f.get("message").asText()).isEqualTo("目标 G4 不可衡量（M）：没有关键绩效指标"));
        assertThat(n.at("/goals/0/kpi/progress/undefined").asText()).isEqualTo("关键绩效指标在状态日期之前没有读数");
        assertThat(n.at("/risks/register/0/category/label").asText()).isEqualTo("技术风险");
        assertThat(n.at("/earnedValue/metrics/8/label").asText()).isEqualTo("成本绩效指数");
    }

    @Test
    void numbers_haveAtMost15SignificantDigits_inPlainNotation() {
        assertThat(JsonReportWriter.number(3_235_000.0 / 3_455_000)).isEqualByComparingTo("0.936324167872648");
        assertThat(JsonReportWriter.number(0.1).toPlainString()).isEqualTo("0.1");
        assertThat(JsonReportWriter.number(1e20).toPlainString()).isEqualTo("100000000000000000000");
        assertThat(JsonReportWriter.number(-7.5).toPlainString()).isEqualTo("-7.5");
        assertThat(JsonReportWriter.number(184).toPlainString()).isEqualTo("184");
    }

    @Test
    void output_usesLineFeedsAndTwoSpaces_andEndsWithALineFeed() {
        String json = ReportWriters.json(ReportLanguage.ENGLISH).toString(Fixtures.crmReport());
        assertThat(json).doesNotContain("\r").startsWith("{\n  \"reportSchemaVersion\": 1,\n").endsWith("}\n");
    }
}
