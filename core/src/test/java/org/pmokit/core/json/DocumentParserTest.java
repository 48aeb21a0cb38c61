package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The checks made as the tokens go by: unknown fields (refused at their name, or skipped and
 * reported when lenient) and the count of activities (refused at the first one beyond the limit).
 */
class DocumentParserTest {

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
}
