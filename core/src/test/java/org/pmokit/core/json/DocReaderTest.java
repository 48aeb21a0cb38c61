package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks made as the tokens go by: unknown fields (refused at their name, or skipped and
 * reported when lenient) and the count of activities (refused at the first one beyond the limit).
 */
class DocReaderTest {

    private static final ProjectJson STRICT = ProjectJson.standard();
    private static final ProjectJson LENIENT = ProjectJson.builder().lenient(true).build();

    @Test
    void anUnknownField_isRefused_atItsName_listingTheKnownOnes() {
        String json = """
                {
                  "activities": [
                    {
                      "id": "A1",
                      "durration": 10
                    }
                  ]
                }""";

        assertThatThrownBy(() -> STRICT.read(json))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/activities/0/durration (line 5, column 7): expected one of the fields id, name, wbs, phase, "
                        + "duration, budget, earningRule, curve, predecessors, resources, constraint, "
                        + "found unknown field \"durration\"");
    }

    @Test
    void unknownFields_areFoundAtEveryLevel() {
        assertThatThrownBy(() -> STRICT.read("{\"calendar\":{\"weekend\":[],\"holiday\":[]}}"))
                .hasMessage("/calendar/holiday (line 1, column 27): expected one of the fields weekend, holidays, workdays, "
                        + "firstYear, lastYear, found unknown field \"holiday\"");
        assertThatThrownBy(() -> STRICT.read("{\"activities\":[{\"predecessors\":[{\"activity\":\"A1\",\"kind\":\"SS\"}]}]}"))
                .hasMessage("/activities/0/predecessors/0/kind (line 1, column 50): expected one of the fields activity, "
                        + "type, lag, found unknown field \"kind\"");
        assertThatThrownBy(() -> STRICT.read("{\"changeRequests\":[{\"activities\":{\"add\":[{\"id\":\"A9\",\"x\":1}]}}]}"))
                .hasMessageStartingWith("/changeRequests/0/activities/add/0/x (line 1, column 53): expected one of the fields id,");
    }

    /**
     * An overlong field name (over {@link JsonLimits#MAX_NAME_LENGTH}) is found by the parser while
     * it reads the name, so where the name falls against the parser's buffer once decided the
     * length and column in the message. The message must not depend on whether the document came
     * as bytes or as text: the name is placed at every offset around the parser's 4,000- and
     * 8,000-character buffer sizes.
     */
    @Test
    void anOverlongFieldName_isReportedAlike_fromBytesAndFromText() {
        String name = "\"" + "x".repeat(5_000) + "\":1,";
        for (int padding = 3_000; padding < 9_000; padding += 97) {
            String json = Documents.minimalWith("\"localName\": \"" + "项目p".repeat(padding / 3) + "\", " + name);
            String fromText = message(() -> STRICT.read(json));
            String fromBytes = message(() -> STRICT.read(json.getBytes(StandardCharsets.UTF_8)));

            assertThat(fromBytes).as("padding %d", padding).isEqualTo(fromText).contains("expected a field name of at most 1000 characters");
        }
    }

    private static String message(Runnable read) {
        try {
            read.run();
            return "read";
        } catch (ProjectFormatException e) {
            return e.getMessage();
        }
    }

    @Test
    void aFieldNameWithPointerCharacters_isEscapedInThePointer() {
        assertThatThrownBy(() -> STRICT.read("{\"a/b~c\":1}"))
                .hasMessageStartingWith("/a~1b~0c (line 1, column 2): expected one of the fields")
                .hasMessageEndingWith("found unknown field \"a/b~c\"");
    }

    @Test
    void lenient_skipsAnUnknownSubtree_whateverItHolds_andReportsOnlyItsTop() {
        String json = Documents.MINIMAL.replace("\"name\": \"Pilot\",",
                "\"name\": \"Pilot\", \"x\": {\"activities\": [{\"id\": 5}], \"name\": null, \"deep\": [[[\"" + "s".repeat(5000) + "\"]]]},");

        ReadResult result = LENIENT.readAndValidate(json);

        assertThat(result.isValid()).isTrue();
        assertThat(result.ignoredFields()).extracting(IgnoredField::pointer).containsExactly("/x");
    }

    @Test
    void activities_areCounted_acrossTheScheduleAndTheChangeRequests() {
        ProjectJson json = ProjectJson.builder().limits(JsonLimits.defaults().withMaxActivities(2)).build();
        String document = "{\"activities\":[{},{}],\"changeRequests\":[{\"activities\":{\"add\":[{}]}}]}";

        assertThatThrownBy(() -> json.read(document))
                .hasMessage("/changeRequests/0/activities/add/0 (line 1, column 63): "
                        + "the document has more activities than the limit of 2");
    }

    @Test
    void activities_inAnUnknownFieldOrInABaseline_areNotCounted() {
        ProjectJson json = ProjectJson.builder().lenient(true).limits(JsonLimits.defaults().withMaxActivities(1)).build();
        String document = Documents.MINIMAL.replace("\"name\": \"Pilot\",", "\"name\": \"Pilot\", \"x\": {\"activities\": [{}, {}]},"
                + " \"baselines\": [{\"version\": 1, \"approved\": \"2026-01-05\", \"activities\": [{\"activity\": \"A1\","
                + " \"start\": \"2026-01-05\", \"finish\": \"2026-01-16\", \"budget\": \"0.00\"}]}],");

        assertThat(json.read(document).activities()).hasSize(1);
    }

    @Test
    void anEndlessListOfActivities_isStopped_atTheFirstOneBeyondTheLimit() {
        ProjectJson json = ProjectJson.builder().limits(JsonLimits.defaults().withMaxActivities(1_000)).build();
        String activity = "{\"id\":\"A1\",\"name\":\"x\",\"duration\":1},";
        Documents.Endless stream = new Documents.Endless("{\"activities\":[", activity);

        assertThatThrownBy(() -> json.read(stream))
                .hasMessage("/activities/1000 (line 1, column " + (16 + 1_000 * activity.length())
                        + "): the document has more activities than the limit of 1000");
        assertThat(stream.delivered()).isLessThan(1_001L * activity.length() + 16 * 1024);
    }
    @Test
    void unknownFields_ofTheNewParts_listTheirFields() {
        assertThatThrownBy(() -> STRICT.read("{\"changeRequests\":[{\"history\":[{\"status\":\"SUBMITTED\",\"who\":\"x\"}]}]}"))
                .hasMessage("/changeRequests/0/history/0/who (line 1, column 54): expected one of the fields status, by, at, "
                        + "found unknown field \"who\"");
        assertThatThrownBy(() -> STRICT.read("{\"changeRequests\":[{\"decisions\":[{\"seal\":\"x\"}]}]}"))
                .hasMessage("/changeRequests/0/decisions/0/seal (line 1, column 35): expected one of the fields by, role, "
                        + "decision, at, comment, hash, found unknown field \"seal\"");
        assertThatThrownBy(() -> STRICT.read("{\"baselines\":[{\"changeRequest\":\"C1\"}]}"))
                .hasMessage("/baselines/0/changeRequest (line 1, column 16): expected one of the fields version, approved, "
                        + "activities, change, found unknown field \"changeRequest\"");
    }

    /**
     * Bytes are read the fast way (UTF-8 bytes, no duplicate detection in the parser, byte
     * columns); what it cannot place it leaves to the exact way, so the message is the same as for
     * the text: a duplicate field, an unknown one (lenient), a problem after a multi-byte character.
     */
    @Test
    void bytes_andText_giveTheSameMessage_whereTheFastWayMustGiveUp() {
        List<String> documents = List.of(
                "{\"activities\":[{\"id\":\"A1\",\"duration\":1,\"duration\":2}]}",
                "{\"changeRequests\":[{\"history\":[{\"status\":\"SUBMITTED\",\"status\":\"ASSESSED\"}]}]}",
                "{\"baselines\":[{\"change\":\"C1\",\"change\":\"C2\"}]}",
                "{\"name\":\"客户关系管理\",\"phase\":\"x\"}",
                "{\"name\":\"\uD83D\uDE00\",\n\"x\":1}",
                "{\"name\":\"\uD83D\uDE00\",\n\"x\":1,\"x\":2}",
                "{\"name\":\"x\"} {}");
        for (String json : documents) {
            for (ProjectJson reader : List.of(STRICT, LENIENT)) {
                ReadResult fromText = reader.readAndValidate(json);
                ReadResult fromBytes = reader.readAndValidate(json.getBytes(StandardCharsets.UTF_8));
                assertThat(fromBytes.formatError().map(Throwable::getMessage)).as(json)
                        .isEqualTo(fromText.formatError().map(Throwable::getMessage));
                assertThat(fromBytes.ignoredFields()).as(json).isEqualTo(fromText.ignoredFields());
                assertThat(fromBytes.violations()).as(json).isEqualTo(fromText.violations());
            }
        }
        assertThatThrownBy(() -> STRICT.read("{\"activities\":[{\"id\":\"A1\",\"duration\":1,\"duration\":2}]}"
                .getBytes(StandardCharsets.UTF_8)))
                .hasMessage("/activities/0/duration (line 1, column 50): expected each field at most once in an object, "
                        + "found the field \"duration\" a second time");
    }

    @Test
    void lenient_reportsTheSameIgnoredFields_fromBytesAsFromText() {
        String json = Documents.MINIMAL.replace("\"name\": \"Build\",", "\"name\": \"Build\", \"colour\": \"红\",");

        ReadResult fromText = LENIENT.readAndValidate(json);
        ReadResult fromBytes = LENIENT.readAndValidate(json.getBytes(StandardCharsets.UTF_8));

        assertThat(fromBytes.ignoredFields()).isEqualTo(fromText.ignoredFields());
        assertThat(fromBytes.ignoredFields()).extracting(IgnoredField::pointer).containsExactly("/activities/0/colour");
        assertThat(fromBytes.project()).isEqualTo(fromText.project());
    }
}
