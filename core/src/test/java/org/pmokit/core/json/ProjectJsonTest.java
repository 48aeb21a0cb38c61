package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.StatusChange;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.validation.ViolationCode;

class ProjectJsonTest {

    private static final ProjectJson JSON = ProjectJson.standard();
    private static final ProjectJson LENIENT = ProjectJson.builder().lenient(true).build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Schema SCHEMA = schema();

    private static Schema schema() {
        try (InputStream in = ProjectJsonTest.class.getResourceAsStream("/org/pmokit/core/json/project-document.schema.json")) {
            return REGISTRY.getSchema(Documents.tree(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> samples() {
        return Documents.samples().toList();
    }

    // --- round trips --------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("samples")
    void writeOfRead_isTheSameJsonTree_forEverySample(Path sample) {
        String original = Documents.text(sample);

        Project project = JSON.read(original);

        assertThat(Documents.tree(JSON.write(project))).isEqualTo(Documents.tree(original));
        assertThat(Documents.tree(JSON.writePretty(project))).isEqualTo(Documents.tree(original));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readOfWrite_isAnEqualProject_forEverySample(Path sample) {
        Project project = JSON.read(sample);

        assertThat(JSON.read(JSON.write(project))).isEqualTo(project);
        assertThat(JSON.read(JSON.writePretty(project))).isEqualTo(project);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writtenDocuments_passTheJsonSchema(Path sample) {
        JsonNode written = Documents.tree(JSON.write(JSON.read(sample)));

        assertThat(SCHEMA.validate(written)).isEmpty();
    }

    @Test
    void writePretty_ofTheAgreedExample_isTheFileByteForByte() {
        String example = Documents.text(Documents.AGREED_EXAMPLE);

        assertThat(JSON.writePretty(JSON.read(example))).isEqualTo(example);
    }

    @Test
    void write_isCompact_onOneLine_withSchemaVersionFirst() {
        String written = JSON.write(JSON.read(Documents.MINIMAL));

        assertThat(written).isEqualTo("{\"schemaVersion\":1,\"id\":\"P1\",\"name\":\"Pilot\",\"currency\":\"CNY\","
                + "\"calendar\":\"MON_FRI\",\"start\":\"2026-01-05\",\"goals\":[],\"requirements\":[],\"resources\":[],"
                + "\"activities\":[{\"id\":\"A1\",\"name\":\"Build\",\"duration\":10}],\"milestones\":[],\"risks\":[],"
                + "\"changeRequests\":[],\"baselines\":[],\"progress\":[],\"actualCosts\":[]}");
    }

    // --- sources ------------------------------------------------------------------------------

    @Test
    void read_fromStringBytesStreamAndPath_givesEqualProjects() throws IOException {
        String text = Documents.text(Documents.AGREED_EXAMPLE);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        Project fromString = JSON.read(text);

        assertThat(JSON.read(bytes)).isEqualTo(fromString);
        assertThat(JSON.read(new ByteArrayInputStream(bytes))).isEqualTo(fromString);
        assertThat(JSON.read(Documents.AGREED_EXAMPLE)).isEqualTo(fromString);
        assertThat(fromString.localName()).contains("客户关系管理系统升级 2026");
    }

    @Test
    void read_fromAStream_leavesItOpen() {
        CloseTracking in = new CloseTracking(Documents.MINIMAL.getBytes(StandardCharsets.UTF_8));

        JSON.read(in);

        assertThat(in.closed).isFalse();
    }

    @Test
    void read_ofAMissingFile_throwsUncheckedIOException(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");

        assertThatThrownBy(() -> JSON.read(missing)).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> JSON.readAndValidate(missing)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void read_fromAFailingStream_throwsUncheckedIOException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };

        assertThatThrownBy(() -> JSON.read(failing))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk on fire");
    }

    @Test
    void read_ofAFile_readsIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.json");
        Files.writeString(file, Documents.MINIMAL);

        assertThat(JSON.read(file).name()).isEqualTo("Pilot");
    }

    @Test
    void write_toAStream_writesUtf8_flushesAndLeavesItOpen() {
        Project project = JSON.read(Documents.AGREED_EXAMPLE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        JSON.writePretty(project, out);

        assertThat(closed[0]).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writePretty(project));
        ByteArrayOutputStream compact = new ByteArrayOutputStream();
        JSON.write(project, compact);
        assertThat(compact.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.write(project));
    }

    @Test
    void write_toAFailingStream_throwsUncheckedIOException() {
        Project project = JSON.read(Documents.MINIMAL);
        FilterOutputStream failing = new FilterOutputStream(new ByteArrayOutputStream()) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("full");
            }
        };

        assertThatThrownBy(() -> JSON.write(project, failing)).isInstanceOf(UncheckedIOException.class);
    }

    // --- readAndValidate ----------------------------------------------------------------------

    @Test
    void readAndValidate_ofTheAgreedExample_isValid() {
        ReadResult result = JSON.readAndValidate(Documents.AGREED_EXAMPLE);

        assertThat(result.isValid()).isTrue();
        assertThat(result.project()).contains(JSON.read(Documents.AGREED_EXAMPLE));
        assertThat(result.violations()).isEmpty();
        assertThat(result.formatError()).isEmpty();
    }

    @Test
    void readAndValidate_reportsTheValidatorsViolations_withoutAProject() {
        String json = Documents.withActivities(
                "{\"id\":\"A1\",\"name\":\"x\",\"duration\":1,\"predecessors\":[{\"activity\":\"A9\"}]}",
                "{\"id\":\"A2\",\"name\":\"y\",\"duration\":1,\"predecessors\":[{\"activity\":\"A3\"}]}",
                "{\"id\":\"A3\",\"name\":\"z\",\"duration\":1,\"predecessors\":[{\"activity\":\"A2\"}]}");

        ReadResult result = JSON.readAndValidate(json);

        assertThat(result.isValid()).isFalse();
        assertThat(result.project()).isEmpty();
        assertThat(result.formatError()).isEmpty();
        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "activities[A1].predecessors[0].activity REFERENCE_UNKNOWN",
                "activities[A2].predecessors DEPENDENCY_CYCLE");
        assertThat(result.describe(Locale.ENGLISH)).contains("refers to an unknown activity: A9");
        assertThat(JSON.read(json).activities()).hasSize(3); // read alone does not validate
    }

    @Test
    void readAndValidate_reportsEveryInvalidValue_withoutRunningTheValidator() {
        String json = Documents.withActivities(
                "{\"id\":\"A1\",\"name\":\"x\",\"duration\":-1,\"predecessors\":[{\"activity\":\"A9\"}]}");

        ReadResult result = JSON.readAndValidate(json);

        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("activities[A1].duration ACTIVITY_DURATION_NEGATIVE");
        assertThatThrownBy(result::orElseThrow).isInstanceOf(InvalidProjectException.class);
    }

    @Test
    void readAndValidate_returnsTheStructuralProblem_insteadOfThrowing() {
        ReadResult result = JSON.readAndValidate("{\"id\": 5}".getBytes(StandardCharsets.UTF_8));

        assertThat(result.formatError()).hasValueSatisfying(e -> assertThat(e)
                .hasMessage("/id (line 1, column 8): expected a string, found 5"));
        assertThat(result.project()).isEmpty();
        assertThat(result.violations()).isEmpty();
    }

    @Test
    void readAndValidate_fromAStream_isValidForAValidDocument() {
        ReadResult result = JSON.readAndValidate(new ByteArrayInputStream(Documents.MINIMAL.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.orElseThrow().id().value()).isEqualTo("P1");
    }

    // --- strict and lenient -------------------------------------------------------------------

    @Test
    void standard_isStrict_withTheDefaultLimits() {
        assertThat(JSON.isLenient()).isFalse();
        assertThat(JSON.limits()).isEqualTo(JsonLimits.defaults());
        assertThat(JSON).hasToString("ProjectJson[strict, " + JsonLimits.defaults() + "]");
        assertThat(ProjectJson.builder().build().isLenient()).isFalse();
    }

    @Test
    void strict_refusesAnUnknownField_atItsName() {
        String json = Documents.minimalWith("\"x-owner\": \"treasury\"");

        assertThatThrownBy(() -> JSON.read(json))
                .isInstanceOf(ProjectFormatException.class)
                .hasMessageStartingWith("/x-owner (line 7, column 3): expected one of the fields schemaVersion, id, name,")
                .hasMessageEndingWith("actualCosts, cashFlows, found unknown field \"x-owner\"");
    }

    @Test
    void lenient_skipsUnknownFields_andReportsTheirPointers() {
        String json = """
                {
                  "id": "P1",
                  "name": "Pilot",
                  "x-owner": {"team": ["treasury", {"deep": [1, 2, {}]}]},
                  "currency": "CNY",
                  "calendar": "MON_FRI",
                  "start": "2026-01-05",
                  "activities": [
                    {"id": "A1", "name": "Build", "duration": 10, "x~tag/a": "kept out"}
                  ]
                }""";

        ReadResult result = LENIENT.readAndValidate(json);

        assertThat(result.isValid()).isTrue();
        assertThat(result.ignoredFields()).containsExactly(
                new IgnoredField("/x-owner", 4, 3),
                new IgnoredField("/activities/0/x~0tag~1a", 9, 51));
        assertThat(LENIENT.read(json)).isEqualTo(JSON.read(Documents.MINIMAL));
    }

    @Test
    void lenient_stillRefusesEverythingElse() {
        assertThatThrownBy(() -> LENIENT.read("{\"x\": 1, \"id\": 5}"))
                .hasMessage("/id (line 1, column 16): expected a string, found 5");
    }

    @Test
    void lenient_reportsTheIgnoredFields_alsoWithAFormatError() {
        ReadResult result = LENIENT.readAndValidate("{\"x\": 1, \"id\": 5}");

        assertThat(result.ignoredFields()).containsExactly(new IgnoredField("/x", 1, 2));
        assertThat(result.formatError()).isPresent();
    }

    // --- schemaVersion ------------------------------------------------------------------------

    @Test
    void schemaVersion_missing_meansOne_andIsWrittenFirst() {
        Project project = JSON.read(Documents.MINIMAL);

        assertThat(JSON.write(project)).startsWith("{\"schemaVersion\":1,");
        assertThat(JSON.read(Documents.minimalWith("\"schemaVersion\": 1"))).isEqualTo(project);
    }

    @Test
    void schemaVersion_newer_isRefused_namingBothVersions() {
        assertThatThrownBy(() -> JSON.read("{\"schemaVersion\": 2, \"id\": \"P1\"}"))
                .isInstanceOf(ProjectFormatException.class)
                .hasMessage("/schemaVersion (line 1, column 19): document schemaVersion 2 is newer than this library supports (1)")
                .satisfies(e -> {
                    ProjectFormatException f = (ProjectFormatException) e;
                    assertThat(f.expected()).isEqualTo("schemaVersion 1 or lower");
                    assertThat(f.found()).isEqualTo("2");
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void schemaVersion_zeroOrNegative_isRefused(int version) {
        assertThatThrownBy(() -> JSON.read("{\"schemaVersion\": " + version + "}"))
                .hasMessage("/schemaVersion (line 1, column 19): expected schemaVersion 1, found " + version);
    }

    @Test
    void schemaVersion_thatIsNotAnInteger_isRefused() {
        assertThatThrownBy(() -> JSON.read("{\"schemaVersion\": \"1\"}"))
                .hasMessage("/schemaVersion (line 1, column 19): expected an integer, found \"1\"");
        assertThatThrownBy(() -> JSON.read("{\"schemaVersion\": 1.0}"))
                .hasMessage("/schemaVersion (line 1, column 19): expected an integer, found 1.0");
    }

    // --- values -------------------------------------------------------------------------------

    @Test
    void money_keepsEveryDigit() {
        String json = Documents.withActivities("{\"id\":\"A1\",\"name\":\"x\",\"duration\":1,\"budget\":\"12345678901234567890.12\"}");

        Project project = JSON.read(json);

        assertThat(project.activities().get(0).budget()).contains(Money.of("CNY", "12345678901234567890.12"));
        assertThat(JSON.write(project)).contains("\"budget\":\"12345678901234567890.12\"");
    }

    @Test
    void money_asAJsonNumber_isAccepted_andWrittenAsAString() {
        String json = Documents.withActivities("{\"id\":\"A1\",\"name\":\"x\",\"duration\":1,\"budget\":2400000.5}");

        Project project = JSON.read(json);

        assertThat(project.activities().get(0).budget()).contains(Money.of("CNY", "2400000.50"));
        assertThat(JSON.write(project)).contains("\"budget\":\"2400000.50\"");
    }

    @Test
    void money_withMoreDecimalsThanTheCurrencyAllows_isAValueViolation_namingThePath() {
        String json = Documents.withActivities("{\"id\":\"A1\",\"name\":\"x\",\"duration\":1,\"budget\":\"100.005\"}");

        assertThatThrownBy(() -> JSON.read(json))
                .isInstanceOfSatisfying(InvalidProjectException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.path()).isEqualTo("activities[A1].budget");
                            assertThat(v.code()).isEqualTo(ViolationCode.VALUE_MALFORMED);
                            assertThat(v.message(Locale.ENGLISH))
                                    .isEqualTo("activities[A1].budget must look like 1234.00: 100.005");
                        }));
    }

    @Test
    void decimals_keepTheirDigits_andTrailingZeros() {
        String json = """
                {"id":"P1","name":"Pilot","currency":"CNY","calendar":"MON_FRI","start":"2026-01-05",
                 "goals":[{"id":"G1","statement":"s","kpi":{"name":"k","baseline":"0.50","target":76.25}}],
                 "resources":[{"id":"R1","name":"r","type":"LABOR","capacity":1.50}],
                 "risks":[{"id":"K1","title":"t","category":"VENDOR","kind":"THREAT","probability":0.30,
                           "impact":{},"status":"OPEN"}]}""";

        Project project = JSON.read(json);
        String written = JSON.write(project);

        Kpi kpi = project.goals().get(0).kpi().orElseThrow();
        assertThat(kpi.baseline()).contains(new BigDecimal("0.50"));
        assertThat(kpi.target()).contains(new BigDecimal("76.25"));
        assertThat(project.risks().get(0).probability()).isEqualTo(new BigDecimal("0.30"));
        assertThat(written).contains("\"baseline\":\"0.50\"", "\"target\":\"76.25\"", "\"capacity\":1.50",
                "\"probability\":0.30");
    }

    @Test
    void links_thatAreFinishToStartWithoutLag_areWrittenWithoutTypeOrLag_othersWithBoth() {
        String json = Documents.withActivities(
                "{\"id\":\"A1\",\"name\":\"x\",\"duration\":1}",
                "{\"id\":\"A2\",\"name\":\"y\",\"duration\":1,\"predecessors\":[{\"activity\":\"A1\",\"type\":\"FS\",\"lag\":0},"
                        + "{\"activity\":\"A1\",\"type\":\"FF\"},{\"activity\":\"A1\",\"lag\":-2}]}");

        Project project = JSON.read(json);

        assertThat(project.activities().get(1).predecessors()).extracting(d -> d.type() + " " + d.lag())
                .containsExactly("FS 0", "FF 0", "FS -2");
        assertThat(JSON.write(project)).contains("\"predecessors\":[{\"activity\":\"A1\"},"
                + "{\"activity\":\"A1\",\"type\":\"FF\",\"lag\":0},{\"activity\":\"A1\",\"type\":\"FS\",\"lag\":-2}]");
    }

    @Test
    void decisionTimes_keepTheirOffset() {
        String json = """
                {"id":"P1","name":"Pilot","currency":"CNY","calendar":"CN","start":"2026-01-05",
                 "changeRequests":[{"id":"C1","title":"t","type":"SCOPE","requester":"r","status":"CLOSED",
                   "decisions":[{"by":"a","role":"SPONSOR","decision":"APPROVE","at":"2026-02-05T10:30:00+08:00"},
                                {"by":"b","role":"SPONSOR","decision":"DEFER","at":"2026-02-05T21:30:00.250-05:00"}]}]}""";

        Project project = JSON.read(json);

        List<Decision> decisions = project.changeRequests().get(0).decisions();
        assertThat(decisions.get(0).at()).isEqualTo(OffsetDateTime.parse("2026-02-05T10:30:00+08:00"));
        assertThat(decisions.get(1).at().getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
        assertThat(JSON.write(project)).contains("\"at\":\"2026-02-05T10:30:00+08:00\"",
                "\"at\":\"2026-02-05T21:30:00.25-05:00\"");
    }

    @Test
    void sealedDecisions_history_andABaselinesChange_roundTrip_andPassTheSchema() {
        String hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        String json = """
                {"id":"P1","name":"Pilot","currency":"CNY","calendar":"MON_FRI","start":"2026-01-05",
                 "changeRequests":[{"id":"CR2","title":"t","type":"SCOPE","requester":"Retail banking division",
                   "status":"IMPLEMENTED",
                   "decisions":[{"by":"PMO project manager","role":"PROJECT_MANAGER","decision":"APPROVE",
                                 "at":"2026-02-05T10:30:00+08:00","comment":"No effect on the critical path","hash":"%s"}],
                   "history":[{"status":"SUBMITTED","by":"Retail banking division","at":"2026-04-10T09:00:00+08:00"},
                              {"status":"ASSESSED","by":"PMO","at":"2026-04-09T21:45:30.5-05:00"}]}],
                 "baselines":[{"version":1,"approved":"2026-01-05"},{"version":2,"approved":"2026-04-20","change":"CR2"}]}"""
                .formatted(hash);

        Project project = JSON.read(json);
        String written = JSON.write(project);

        ChangeRequest change = project.changeRequests().get(0);
        assertThat(change.decisions().get(0).hash()).contains(hash);
        assertThat(change.history()).extracting(StatusChange::status, StatusChange::by)
                .containsExactly(tuple(ChangeStatus.SUBMITTED, "Retail banking division"), tuple(ChangeStatus.ASSESSED, "PMO"));
        // Document order is kept (the second step is earlier as an instant), and so is each offset.
        assertThat(change.history().get(1).at()).isEqualTo(OffsetDateTime.parse("2026-04-09T21:45:30.5-05:00"));
        assertThat(project.baselines()).extracting(b -> b.change().map(ChangeRequestId::value).orElse("-"))
                .containsExactly("-", "CR2");
        assertThat(JSON.read(written)).isEqualTo(project);
        assertThat(written).contains("\"comment\":\"No effect on the critical path\",\"hash\":\"" + hash + "\"}],"
                + "\"history\":[{\"status\":\"SUBMITTED\",\"by\":\"Retail banking division\",\"at\":\"2026-04-10T09:00:00+08:00\"},"
                + "{\"status\":\"ASSESSED\",\"by\":\"PMO\",\"at\":\"2026-04-09T21:45:30.5-05:00\"}]}]");
        assertThat(SCHEMA.validate(Documents.tree(written))).isEmpty();
        assertThat(JSON.readAndValidate(json).isValid()).isTrue();
    }

    @Test
    void aBlankNameInTheHistory_isAViolationOfTheValidator_withItsPath() {
        String json = """
                {"id":"P1","name":"Pilot","currency":"CNY","calendar":"MON_FRI","start":"2026-01-05",
                 "changeRequests":[{"id":"CR2","title":"t","type":"SCOPE","requester":"r","status":"SUBMITTED",
                   "history":[{"status":"SUBMITTED","by":" ","at":"2026-04-10T09:00:00+08:00"}]}]}""";

        ReadResult result = JSON.readAndValidate(json);

        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("changeRequests[CR2].history[0].by VALUE_BLANK");
    }

    @Test
    void customCalendar_roundTrips_withAndWithoutCoveredYears() {
        String derived = Documents.MINIMAL.replace("\"MON_FRI\"",
                "{\"weekend\": [\"FRIDAY\", \"SATURDAY\"], \"holidays\": [\"2026-03-20\"], \"workdays\": [\"2026-03-28\"]}");
        String explicit = Documents.MINIMAL.replace("\"MON_FRI\"",
                "{\"weekend\": [\"SUNDAY\"], \"holidays\": [], \"workdays\": [], \"firstYear\": 2025, \"lastYear\": 2027}");

        Project fromDerived = JSON.read(derived);
        Project fromExplicit = JSON.read(explicit);

        assertThat(fromDerived.calendar()).isEqualTo(WorkCalendar.custom(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                List.of(LocalDate.of(2026, 3, 20)), List.of(LocalDate.of(2026, 3, 28))));
        assertThat(fromExplicit.calendar()).isEqualTo(WorkCalendar.custom(Set.of(DayOfWeek.SUNDAY), List.of(), List.of(),
                Year.of(2025), Year.of(2027)));
        assertThat(Documents.tree(JSON.write(fromDerived)).get("calendar")).isEqualTo(Documents.tree(derived).get("calendar"));
        assertThat(Documents.tree(JSON.write(fromExplicit)).get("calendar"))
                .isEqualTo(Documents.tree(explicit).get("calendar"));
    }

    @Test
    void write_refusesADecimalTooLargeToWriteInPlainDigits() {
        Project project = JSON.read(Documents.MINIMAL).toBuilder()
                .goal(org.pmokit.core.project.Goal.of("G1", "s").withKpi(Kpi.of("k", KpiDimension.COST, "CNY",
                        new BigDecimal("1E+10000"), BigDecimal.ONE, org.pmokit.core.project.Direction.DECREASE)))
                .build();

        assertThatThrownBy(() -> JSON.write(project))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large or too small to write in plain digits: 1E+10000");
    }

    @Test
    void cashFlowsAndRiskInstants_roundTrip_andPassTheSchema() {
        String json = """
                {"id":"P1","name":"Pilot","currency":"CNY","calendar":"MON_FRI","start":"2026-01-05",
                 "risks":[{"id":"K1","title":"t","category":"VENDOR","kind":"THREAT","probability":0.3,"impact":{},
                           "status":"MITIGATING","identifiedAt":"2026-02-01T09:00:00+08:00",
                           "responseStarted":"2026-02-01T14:30:00+08:00"}],
                 "cashFlows":[{"period":0,"amount":"-5000000.00","description":"build"},{"period":1,"amount":2500000}]}""";

        Project project = JSON.read(json);
        String written = JSON.write(project);

        assertThat(project.cashFlows()).hasSize(2);
        assertThat(project.cashFlows().get(1).amount()).isEqualTo(Money.of("CNY", "2500000.00"));
        assertThat(project.risks().get(0).responseStarted()).contains(OffsetDateTime.parse("2026-02-01T14:30:00+08:00"));
        assertThat(JSON.read(written)).isEqualTo(project);
        assertThat(written).contains("\"cashFlows\":[{\"period\":0,\"amount\":\"-5000000.00\",\"description\":\"build\"},"
                + "{\"period\":1,\"amount\":\"2500000.00\"}]");
        assertThat(SCHEMA.validate(Documents.tree(written))).isEmpty();
    }

    @Test
    void write_ofAProjectBuiltInCode_readsBackEqual() {
        Project project = Project.builder("P2", "Code-built").currency("USD").calendar(WorkCalendar.CN)
                .start(LocalDate.of(2026, 3, 2))
                .activity(Activity.builder("A1", "Design").duration(5).budget(Money.of("USD", "10.50"))
                        .predecessor(org.pmokit.core.project.Dependency.of("A0", DependencyType.SF, 3)).build())
                .build();

        assertThat(JSON.read(JSON.write(project))).isEqualTo(project);
        assertThat(project.activities().get(0).budget()).isEqualTo(Optional.of(Money.of("USD", "10.50")));
    }

    /** An input stream that remembers whether it was closed. */
    private static final class CloseTracking extends FilterInputStream {
        boolean closed;

        CloseTracking(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
