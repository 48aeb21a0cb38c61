package org.pmokit.reporting.writer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pmokit.reporting.ProjectReport;

/**
 * docs/REPORT_SCHEMA.md documents the JSON Schema that the writer's reports are validated against:
 * every field name of the schema appears in it, in backticks, and both name the same version.
 */
class ReportSchemaDocumentTest {

    /** The module directory: Maven runs tests there; an IDE may run them at the repository root. */
    private static Path module() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("reporting/src")) ? here.resolve("reporting") : here;
    }

    private static JsonNode schema() throws IOException {
        try (InputStream in = ReportSchemaDocumentTest.class.getResourceAsStream("/org/pmokit/reporting/report.schema.json")) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    private static void fieldNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.properties().forEach(e -> names.add(e.getKey()));
            }
            JsonNode required = node.get("required");
            if (required != null && required.isArray()) {
                required.forEach(n -> names.add(n.asText()));
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                fieldNames(e.getValue(), names);
            }
        } else if (node.isArray()) {
            node.forEach(n -> fieldNames(n, names));
        }
    }

    @Test
    void everyFieldOfTheSchema_isDocumented() throws IOException {
        String doc = Files.readString(module().resolve("../docs/REPORT_SCHEMA.md").normalize(), StandardCharsets.UTF_8);
        Set<String> names = new TreeSet<>();
        fieldNames(schema(), names);
        assertThat(names).hasSizeGreaterThan(100);
        assertThat(names).allSatisfy(n -> assertThat(doc).as(n).contains("`" + n + "`"));
    }

    @Test
    void theSchemaAndTheDocument_nameTheWritersVersion() throws IOException {
        JsonNode s = schema();
        int version = ProjectReport.SCHEMA_VERSION;
        assertThat(s.get("$id").asText()).isEqualTo("urn:pmokit:report:" + version);
        assertThat(s.at("/$defs/projectReport/properties/reportSchemaVersion/const").asInt()).isEqualTo(version);
        assertThat(s.at("/$defs/portfolioReport/properties/reportSchemaVersion/const").asInt()).isEqualTo(version);
        String doc = Files.readString(module().resolve("../docs/REPORT_SCHEMA.md").normalize(), StandardCharsets.UTF_8);
        assertThat(doc).startsWith("# JSON report schema, version " + version + "\n")
                .contains("\"reportSchemaVersion\": " + version);
    }
}
