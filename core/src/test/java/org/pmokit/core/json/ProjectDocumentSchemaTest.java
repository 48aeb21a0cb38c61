package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ChangeType;
import org.pmokit.core.project.ConstraintType;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.EarningRule;
import org.pmokit.core.project.ImpactLevel;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.core.project.Limits;
import org.pmokit.core.project.MilestoneKind;
import org.pmokit.core.project.NonBlankValidator;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.Priority;
import org.pmokit.core.project.RequirementType;
import org.pmokit.core.project.ResourceType;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.core.project.Role;
import org.pmokit.core.project.SpreadCurve;

/**
 * Checks the JSON Schema of the project document: it is a valid draft 2020-12 schema, every sample
 * project (the agreed example among them) passes it, it rejects the typical mistakes, and its
 * enumerations and limits agree with the model.
 */
class ProjectDocumentSchemaTest {

    private static final String SCHEMA_RESOURCE = "/org/pmokit/core/json/project-document.schema.json";
    /** Maven runs the tests in the module directory, so the examples module is a sibling. */
    private static final Path SAMPLES = Path.of("..", "examples", "src", "main", "resources", "samples");
    /** The agreed example of PROJECT_DOCUMENT.md, copied into the samples. */
    private static final String AGREED_EXAMPLE = "crm-upgrade-2026.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    /** Draft 2020-12 treats format as an annotation by default; the reader checks dates, so assert them. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final JsonNode SCHEMA_NODE = readSchema();
    private static final Schema SCHEMA = REGISTRY.getSchema(SCHEMA_NODE);

    private static JsonNode readSchema() {
        try (InputStream in = ProjectDocumentSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as("schema resource %s on the class path", SCHEMA_RESOURCE).isNotNull();
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Error> validate(JsonNode document) {
        return SCHEMA.validate(document);
    }

    private static String describe(List<Error> errors) {
        return errors.stream()
                .map(e -> e.getInstanceLocation() + " [" + e.getKeyword() + "] " + e.getMessage())
                .collect(Collectors.joining(System.lineSeparator()));
    }

    static Stream<Path> samples() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SAMPLES)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains(AGREED_EXAMPLE);
        return files.stream();
    }

    private static ObjectNode agreedExample() {
        return (ObjectNode) read(SAMPLES.resolve(AGREED_EXAMPLE));
    }

    // --- the schema itself -----------------------------------------------------------------

    @Test
    void isAValidDraft202012Schema() {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        List<Error> errors = metaSchema.validate(SCHEMA_NODE);

        assertThat(errors).as(describe(errors)).isEmpty();
        assertThat(SCHEMA_NODE.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(SCHEMA_NODE.path("$id").asText()).isEqualTo("https://pmokit.org/schemas/project-document-1.json");
    }

    @Test
    void everyObjectForbidsUnknownFields() {
        List<String> open = new ArrayList<>();
        collectOpenObjects(SCHEMA_NODE, "#", open);
        assertThat(open).as("object schemas without additionalProperties: false").isEmpty();
    }

    private static void collectOpenObjects(JsonNode node, String where, List<String> open) {
        if (node.isObject()) {
            JsonNode additional = node.path("additionalProperties");
            boolean closed = additional.isBoolean() && !additional.asBoolean();
            if ("object".equals(node.path("type").asText()) && !closed) {
                open.add(where);
            }
            node.properties().forEach(f -> collectOpenObjects(f.getValue(), where + "/" + f.getKey(), open));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectOpenObjects(node.get(i), where + "/" + i, open);
            }
        }
    }

    // --- documents that must pass ------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void acceptsEverySample(Path sample) {
        List<Error> errors = validate(read(sample));

        assertThat(errors).as("%s:%n%s", sample.getFileName(), describe(errors)).isEmpty();
    }

    @Test
    void acceptsTheSmallestDocumentWithoutSchemaVersion() {
        ObjectNode document = MAPPER.createObjectNode()
                .put("id", "P1").put("name", "Smallest").put("currency", "CNY").put("calendar", "MON_FRI")
                .put("start", "2026-01-05");

        assertThat(validate(document)).isEmpty();
    }

    @Test
    void acceptsACustomCalendarAndNumericMoney() {
        ObjectNode document = agreedExample();
        ObjectNode calendar = document.putObject("calendar");
        calendar.putArray("weekend").add("FRIDAY").add("SATURDAY");
        calendar.putArray("holidays").add("2026-03-20");
        calendar.putArray("workdays");
        calendar.put("firstYear", 2026).put("lastYear", 2027);
        activity(document, 0).put("budget", 300000);

        List<Error> errors = validate(document);

        assertThat(errors).as(describe(errors)).isEmpty();
    }

    @Test
    void acceptsASealedDecisionAHistoryAndABaselineForAChange() {
        ObjectNode document = agreedExample();
        ObjectNode change = (ObjectNode) document.get("changeRequests").get(0);
        ((ObjectNode) change.get("decisions").get(0)).put("hash", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        change.putArray("history").addObject().put("status", "SUBMITTED").put("by", "Retail banking division")
                .put("at", "2026-04-10T09:00:00+08:00");
        ((ObjectNode) document.get("baselines").get(0)).put("change", change.get("id").textValue());

        List<Error> errors = validate(document);

        assertThat(errors).as(describe(errors)).isEmpty();
    }

    // --- documents that must fail ------------------------------------------------------------

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("an unknown field", "/colour", "additionalProperties",
                        d -> d.put("colour", "blue")),
                mistake("an unknown field in an activity", "/activities/0/durationDays", "additionalProperties",
                        d -> activity(d, 0).put("durationDays", 15)),
                mistake("a negative duration", "/activities/0/duration", "minimum",
                        d -> activity(d, 0).put("duration", -1)),
                mistake("a duration above the limit", "/activities/0/duration", "maximum",
                        d -> activity(d, 0).put("duration", Limits.MAX_DURATION + 1)),
                mistake("probability 1.5", "/risks/0/probability", "maximum",
                        d -> ((ObjectNode) d.get("risks").get(0)).put("probability", 1.5)),
                mistake("an invalid id 'A 1'", "/activities/0/id", "pattern",
                        d -> activity(d, 0).put("id", "A 1")),
                mistake("a lower-case enumeration value 'fs'", "/activities/1/predecessors/0/type", "enum",
                        d -> ((ObjectNode) activity(d, 1).get("predecessors").get(0)).put("type", "fs")),
                mistake("money '12.3.4'", "/activities/0/budget", "pattern",
                        d -> activity(d, 0).put("budget", "12.3.4")),
                mistake("a negative budget", "/activities/0/budget", "pattern",
                        d -> activity(d, 0).put("budget", "-1.00")),
                mistake("schemaVersion 2", "/schemaVersion", "const",
                        d -> d.put("schemaVersion", 2)),
                mistake("a missing name", "", "required",
                        d -> d.remove("name")),
                mistake("a blank name", "/name", "pattern",
                        d -> d.put("name", " \u3000 ")),
                mistake("a date that does not exist", "/start", "format",
                        d -> d.put("start", "2026-02-30")),
                mistake("a decision time without an offset", "/changeRequests/0/decisions/0/at", "format",
                        d -> ((ObjectNode) d.get("changeRequests").get(0).get("decisions").get(0))
                                .put("at", "2026-02-05T10:30:00")),
                mistake("a lag beyond the limit", "/activities/1/predecessors/0/lag", "minimum",
                        d -> ((ObjectNode) activity(d, 1).get("predecessors").get(0)).put("lag", -Limits.MAX_LAG - 1)),
                mistake("an impact level of 6", "/risks/0/impact/level", "maximum",
                        d -> ((ObjectNode) d.get("risks").get(0).get("impact")).put("level", 6)),
                mistake("percent complete 101", "/progress/0/percentComplete", "maximum",
                        d -> ((ObjectNode) d.get("progress").get(0)).put("percentComplete", 101)),
                mistake("a name longer than Limits.NAME", "/activities/0/name", "maxLength",
                        d -> activity(d, 0).put("name", "x".repeat(Limits.NAME + 1))),
                mistake("a decision hash in upper case", "/changeRequests/0/decisions/0/hash", "pattern",
                        d -> ((ObjectNode) d.get("changeRequests").get(0).get("decisions").get(0))
                                .put("hash", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")),
                mistake("a decision hash of 63 digits", "/changeRequests/0/decisions/0/hash", "pattern",
                        d -> ((ObjectNode) d.get("changeRequests").get(0).get("decisions").get(0))
                                .put("hash", "3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")),
                mistake("a status change without who", "/changeRequests/0/history/0", "required",
                        d -> ((ObjectNode) d.get("changeRequests").get(0)).putArray("history").addObject()
                                .put("status", "SUBMITTED").put("at", "2026-04-10T09:00:00+08:00")),
                mistake("a lower-case status in the history", "/changeRequests/0/history/0/status", "enum",
                        d -> ((ObjectNode) d.get("changeRequests").get(0)).putArray("history").addObject()
                                .put("status", "submitted").put("by", "x").put("at", "2026-04-10T09:00:00+08:00")),
                mistake("a baseline made for change 'CR 2'", "/baselines/0/change", "pattern",
                        d -> ((ObjectNode) d.get("baselines").get(0)).put("change", "CR 2")));
    }

    private static Arguments mistake(String what, String location, String keyword, Consumer<ObjectNode> edit) {
        return Arguments.of(what, location, keyword, edit);
    }

    private static ObjectNode activity(ObjectNode document, int index) {
        return (ObjectNode) document.get("activities").get(index);
    }

    @ParameterizedTest(name = "rejects {0}")
    @MethodSource("mistakes")
    void rejects(String what, String location, String keyword, Consumer<ObjectNode> edit) {
        ObjectNode document = agreedExample();
        edit.accept(document);

        List<Error> errors = validate(document);

        assertThat(errors).as("errors for %s", what).isNotEmpty();
        assertThat(errors)
                .as("%s should fail %s at '%s'; got:%n%s", what, keyword, location, describe(errors))
                .anySatisfy(e -> {
                    assertThat(e.getKeyword()).isEqualTo(keyword);
                    assertThat(pointer(e)).isEqualTo(location);
                });
    }

    /**
     * Where the error is, as a JSON pointer: the offending value, or for an unknown field the field
     * itself (the validator reports it at the object that holds it).
     */
    private static String pointer(Error error) {
        String at = error.getInstanceLocation().toString();
        return "additionalProperties".equals(error.getKeyword()) ? at + "/" + error.getProperty() : at;
    }

    // --- agreement with the model ------------------------------------------------------------

    static Stream<Arguments> enumerations() {
        return Stream.of(
                Arguments.of("phase", Phase.values()),
                Arguments.of("kpiDimension", KpiDimension.values()),
                Arguments.of("direction", Direction.values()),
                Arguments.of("requirementType", RequirementType.values()),
                Arguments.of("priority", Priority.values()),
                Arguments.of("resourceType", ResourceType.values()),
                Arguments.of("dependencyType", DependencyType.values()),
                Arguments.of("constraintType", ConstraintType.values()),
                Arguments.of("earningRule", EarningRule.values()),
                Arguments.of("spreadCurve", SpreadCurve.values()),
                Arguments.of("milestoneKind", MilestoneKind.values()),
                Arguments.of("riskCategory", RiskCategory.values()),
                Arguments.of("riskKind", RiskKind.values()),
                Arguments.of("riskStrategy", RiskStrategy.values()),
                Arguments.of("riskStatus", RiskStatus.values()),
                Arguments.of("changeType", ChangeType.values()),
                Arguments.of("impactLevel", ImpactLevel.values()),
                Arguments.of("changeStatus", ChangeStatus.values()),
                Arguments.of("decisionType", DecisionType.values()),
                Arguments.of("role", Role.values()),
                Arguments.of("dayOfWeek", java.time.DayOfWeek.values()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enumerations")
    void enumerationMatchesTheModel(String definition, Enum<?>[] constants) {
        List<String> inSchema = new ArrayList<>();
        SCHEMA_NODE.path("$defs").path(definition).path("enum").forEach(v -> inSchema.add(v.asText()));

        assertThat(inSchema).containsExactly(Arrays.stream(constants).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void limitsMatchTheModel() {
        JsonNode defs = SCHEMA_NODE.path("$defs");
        assertThat(defs.path("name").path("maxLength").asInt()).isEqualTo(Limits.NAME);
        assertThat(defs.path("shortText").path("maxLength").asInt()).isEqualTo(Limits.SHORT);
        assertThat(defs.path("longText").path("maxLength").asInt()).isEqualTo(Limits.LONG);
        assertThat(SCHEMA_NODE.path("properties").path("description").path("maxLength").asInt()).isEqualTo(Limits.LONG);
        assertThat(defs.path("decision").path("properties").path("comment").path("maxLength").asInt())
                .isEqualTo(Limits.SHORT);
        assertThat(defs.path("duration").path("maximum").asInt()).isEqualTo(Limits.MAX_DURATION);
        assertThat(defs.path("lag").path("minimum").asInt()).isEqualTo(-Limits.MAX_LAG);
        assertThat(defs.path("lag").path("maximum").asInt()).isEqualTo(Limits.MAX_LAG);
    }

    @Test
    void nonBlankPatternMatchesTheModel() {
        Pattern nonBlank = Pattern.compile(SCHEMA_NODE.path("$defs").path("name").path("pattern").asText());
        NonBlankValidator validator = new NonBlankValidator();

        List<String> disagreements = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String s = String.valueOf((char) c);
            if (nonBlank.matcher(s).find() != validator.isValid(s, null)) {
                disagreements.add(String.format("U+%04X", c));
            }
        }

        assertThat(disagreements).as("characters the schema and NonBlankValidator judge differently").isEmpty();
    }
}
