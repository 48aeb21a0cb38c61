package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pmokit.core.project.Project;

/**
 * The strictness of values: each scalar accepts exactly one kind of JSON token, nothing is coerced,
 * and {@code null} is refused everywhere; each refusal names the pointer, line and column of the
 * value and what was expected and found.
 */
class StrictValuesTest {

    private static final ProjectJson JSON = ProjectJson.standard();

    /** The SHA-256 of no bytes, a well-formed hash. */
    private static final String HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String HASH_RULE = "64 lower-case hexadecimal digits (a SHA-256), such as \"" + HASH + "\"";

    /** A document whose one decision has a hash, written as given; the value starts at column 42. */
    private static String decisionHash(String value) {
        return "{\"changeRequests\":[{\"decisions\":[{\"hash\":" + value + "}]}]}";
    }

    @Test
    void aStringForAnInteger_isRefused_withPointerLineAndColumn() {
        String json = Documents.MINIMAL.replace("\"duration\": 10", "\"duration\": \"ten\"");

        assertThatThrownBy(() -> JSON.read(json))
                .isInstanceOfSatisfying(ProjectFormatException.class, e -> {
                    assertThat(e).hasMessage("/activities/0/duration (line 11, column 19): expected an integer, found \"ten\"");
                    assertThat(e.pointer()).isEqualTo("/activities/0/duration");
                    assertThat(e.line()).isEqualTo(11);
                    assertThat(e.column()).isEqualTo(19);
                    assertThat(e.expected()).isEqualTo("an integer");
                    assertThat(e.found()).isEqualTo("\"ten\"");
                });
    }

    static Stream<Arguments> refusedValues() {
        return Stream.of(
                Arguments.of("{\"activities\":[{\"duration\":\"ten\"}]}",
                        "/activities/0/duration (line 1, column 28): expected an integer, found \"ten\""),
                Arguments.of("{\"activities\":[{\"duration\":1.5}]}",
                        "/activities/0/duration (line 1, column 28): expected an integer, found 1.5"),
                Arguments.of("{\"activities\":[{\"duration\":1e3}]}",
                        "/activities/0/duration (line 1, column 28): expected an integer, found 1e3"),
                Arguments.of("{\"activities\":[{\"duration\":1.0}]}",
                        "/activities/0/duration (line 1, column 28): expected an integer, found 1.0"),
                Arguments.of("{\"activities\":[{\"duration\":3000000000}]}",
                        "/activities/0/duration (line 1, column 28): expected an integer from -2147483648 to 2147483647, found 3000000000"),
                Arguments.of("{\"name\":5}",
                        "/name (line 1, column 9): expected a string, found 5"),
                Arguments.of("{\"name\":true}",
                        "/name (line 1, column 9): expected a string, found true"),
                Arguments.of("{\"name\":[\"x\"]}",
                        "/name (line 1, column 9): expected a string, found an array"),
                Arguments.of("{\"name\":{\"x\":1}}",
                        "/name (line 1, column 9): expected a string, found an object"),
                Arguments.of("{\"risks\":[{\"probability\":\"0.3\"}]}",
                        "/risks/0/probability (line 1, column 26): expected a number, found \"0.3\""),
                Arguments.of("{\"changeRequests\":[{\"impact\":{\"compliance\":\"true\"}}]}",
                        "/changeRequests/0/impact/compliance (line 1, column 44): expected true or false, found \"true\""),
                Arguments.of("{\"changeRequests\":[{\"impact\":{\"compliance\":1}}]}",
                        "/changeRequests/0/impact/compliance (line 1, column 44): expected true or false, found 1"),
                Arguments.of("{\"phase\":\"build\"}",
                        "/phase (line 1, column 10): expected one of INITIATION, REQUIREMENTS, DESIGN, BUILD, TEST, DEPLOYMENT, OPERATIONS, CLOSURE, found \"build\""),
                Arguments.of("{\"phase\":\"Build\"}",
                        "/phase (line 1, column 10): expected one of INITIATION, REQUIREMENTS, DESIGN, BUILD, TEST, DEPLOYMENT, OPERATIONS, CLOSURE, found \"Build\""),
                Arguments.of("{\"phase\":3}",
                        "/phase (line 1, column 10): expected one of INITIATION, REQUIREMENTS, DESIGN, BUILD, TEST, DEPLOYMENT, OPERATIONS, CLOSURE, found 3"),
                Arguments.of("{\"activities\":[{\"predecessors\":[{\"type\":\"XX\"}]}]}",
                        "/activities/0/predecessors/0/type (line 1, column 41): expected one of FS, SS, FF, SF, found \"XX\""),
                Arguments.of("{\"start\":\"2026-1-5\"}",
                        "/start (line 1, column 10): expected a date yyyy-MM-dd, found \"2026-1-5\""),
                Arguments.of("{\"start\":\"2026-02-30\"}",
                        "/start (line 1, column 10): expected a date yyyy-MM-dd, found \"2026-02-30\""),
                Arguments.of("{\"start\":\"05/01/2026\"}",
                        "/start (line 1, column 10): expected a date yyyy-MM-dd, found \"05/01/2026\""),
                Arguments.of("{\"start\":20260105}",
                        "/start (line 1, column 10): expected a date yyyy-MM-dd, found 20260105"),
                Arguments.of("{\"start\":\"2026-01-05T00:00:00\"}",
                        "/start (line 1, column 10): expected a date yyyy-MM-dd, found \"2026-01-05T00:00:00\""),
                Arguments.of("{\"changeRequests\":[{\"decisions\":[{\"at\":\"2026-02-05T10:30:00\"}]}]}",
                        "/changeRequests/0/decisions/0/at (line 1, column 40): expected a date and time with an offset, such as \"2026-02-05T10:30:00+08:00\", found \"2026-02-05T10:30:00\""),
                Arguments.of("{\"changeRequests\":[{\"decisions\":[{\"at\":\"2026-02-05\"}]}]}",
                        "/changeRequests/0/decisions/0/at (line 1, column 40): expected a date and time with an offset, such as \"2026-02-05T10:30:00+08:00\", found \"2026-02-05\""),
                Arguments.of("{\"budget\":{\"approvedTotal\":true}}",
                        "/budget/approvedTotal (line 1, column 28): expected a decimal as a string, such as \"2400000.00\", found true"),
                Arguments.of("{\"budget\":{\"approvedTotal\":{}}}",
                        "/budget/approvedTotal (line 1, column 28): expected a decimal as a string, such as \"2400000.00\", found an object"),
                Arguments.of("{\"calendar\":\"cn\"}",
                        "/calendar (line 1, column 13): expected \"CN\", \"MON_FRI\" or a custom calendar object, found \"cn\""),
                Arguments.of("{\"calendar\":1}",
                        "/calendar (line 1, column 13): expected \"CN\", \"MON_FRI\" or a custom calendar object, found 1"),
                Arguments.of("{\"calendar\":[]}",
                        "/calendar (line 1, column 13): expected \"CN\", \"MON_FRI\" or a custom calendar object, found an array"),
                Arguments.of("{\"calendar\":{\"weekend\":[\"saturday\"]}}",
                        "/calendar/weekend/0 (line 1, column 25): expected one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY, found \"saturday\""),
                Arguments.of("{\"risks\":[{\"probability\":1e999999999}]}",
                        "/risks/0/probability (line 1, column 26): expected a number of at most 64 digits before and after the point, found 1e999999999"),
                Arguments.of("{\"risks\":[{\"probability\":1e-65}]}",
                        "/risks/0/probability (line 1, column 26): expected a number of at most 64 digits before and after the point, found 1e-65"),
                Arguments.of("{\"goals\":{}}",
                        "/goals (line 1, column 10): expected an array, found an object"),
                Arguments.of("{\"goals\":\"G1\"}",
                        "/goals (line 1, column 10): expected an array, found \"G1\""),
                Arguments.of("{\"budget\":[]}",
                        "/budget (line 1, column 11): expected an object, found an array"),
                Arguments.of("{\"budget\":\"\"}",
                        "/budget (line 1, column 11): expected an object, found \"\""),
                Arguments.of("{\"goals\":[1]}",
                        "/goals/0 (line 1, column 11): expected an object, found 1"),
                Arguments.of("{\"name\":null}",
                        "/name (line 1, column 9): expected a string, found null"),
                Arguments.of("{\"activities\":[{\"duration\":null}]}",
                        "/activities/0/duration (line 1, column 28): expected an integer, found null"),
                Arguments.of("{\"budget\":null}",
                        "/budget (line 1, column 11): expected an object, found null"),
                Arguments.of("{\"goals\":null}",
                        "/goals (line 1, column 10): expected an array, found null"),
                Arguments.of("{\"goals\":[null]}",
                        "/goals/0 (line 1, column 11): expected an object, found null"),
                Arguments.of("{\"risks\":[{\"activities\":[\"A1\",null]}]}",
                        "/risks/0/activities/1 (line 1, column 31): expected a string, found null"),
                Arguments.of("{\"phase\":null}",
                        "/phase (line 1, column 10): expected one of INITIATION, REQUIREMENTS, DESIGN, BUILD, TEST, DEPLOYMENT, OPERATIONS, CLOSURE, found null"),
                Arguments.of("{\"calendar\":null}",
                        "/calendar (line 1, column 13): expected \"CN\", \"MON_FRI\" or a custom calendar object, found null"),
                Arguments.of("{\"start\":null}",
                        "/start (line 1, column 10): expected a date yyyy-MM-dd, found null"),
                Arguments.of("{\"risks\":[{\"probability\":null}]}",
                        "/risks/0/probability (line 1, column 26): expected a number, found null"),
                Arguments.of("{\"budget\":{\"approvedTotal\":null}}",
                        "/budget/approvedTotal (line 1, column 28): expected a decimal as a string, such as \"2400000.00\", found null"),
                Arguments.of("{\"changeRequests\":[{\"impact\":{\"compliance\":null}}]}",
                        "/changeRequests/0/impact/compliance (line 1, column 44): expected true or false, found null"),
                // A decision's hash: exactly 64 lower-case hexadecimal digits, kept as written.
                Arguments.of(decisionHash("\"" + HASH.toUpperCase(java.util.Locale.ROOT) + "\""),
                        "/changeRequests/0/decisions/0/hash (line 1, column 42): expected " + HASH_RULE + ", found \""
                                + HASH.toUpperCase(java.util.Locale.ROOT).substring(0, 60) + "\"... (64 characters)"),
                Arguments.of(decisionHash("\"" + HASH.substring(1) + "\""),
                        "/changeRequests/0/decisions/0/hash (line 1, column 42): expected " + HASH_RULE + ", found \""
                                + HASH.substring(1, 61) + "\"... (63 characters)"),
                Arguments.of(decisionHash("\"" + HASH + "0\""),
                        "/changeRequests/0/decisions/0/hash (line 1, column 42): expected " + HASH_RULE + ", found \""
                                + HASH.substring(0, 60) + "\"... (65 characters)"),
                Arguments.of(decisionHash("\"sha256:e3b0\""),
                        "/changeRequests/0/decisions/0/hash (line 1, column 42): expected " + HASH_RULE
                                + ", found \"sha256:e3b0\""),
                Arguments.of(decisionHash("\"" + HASH.substring(0, 63) + "g\""),
                        "/changeRequests/0/decisions/0/hash (line 1, column 42): expected " + HASH_RULE + ", found \""
                                + HASH.substring(0, 60) + "\"... (64 characters)"),
                Arguments.of(decisionHash("\"\""),
                        "/changeRequests/0/decisions/0/hash (line 1, column 42): expected " + HASH_RULE + ", found \"\""),
                Arguments.of(decisionHash("123"),
                        "/changeRequests/0/decisions/0/hash (line 1, column 42): expected " + HASH_RULE + ", found 123"),
                Arguments.of(decisionHash("null"),
                        "/changeRequests/0/decisions/0/hash (line 1, column 42): expected " + HASH_RULE + ", found null"),
                // A change request's history: an array of status changes.
                Arguments.of("{\"changeRequests\":[{\"history\":{}}]}",
                        "/changeRequests/0/history (line 1, column 31): expected an array, found an object"),
                Arguments.of("{\"changeRequests\":[{\"history\":[\"SUBMITTED\"]}]}",
                        "/changeRequests/0/history/0 (line 1, column 32): expected an object, found \"SUBMITTED\""),
                Arguments.of("{\"changeRequests\":[{\"history\":[{\"status\":\"approved\"}]}]}",
                        "/changeRequests/0/history/0/status (line 1, column 42): expected one of DRAFT, SUBMITTED, ASSESSED, "
                                + "APPROVED, REJECTED, DEFERRED, IMPLEMENTED, VERIFIED, CLOSED, found \"approved\""),
                Arguments.of("{\"changeRequests\":[{\"history\":[{\"by\":5}]}]}",
                        "/changeRequests/0/history/0/by (line 1, column 38): expected a string, found 5"),
                Arguments.of("{\"changeRequests\":[{\"history\":[{\"at\":\"2026-04-10\"}]}]}",
                        "/changeRequests/0/history/0/at (line 1, column 38): expected a date and time with an offset, "
                                + "such as \"2026-02-05T10:30:00+08:00\", found \"2026-04-10\""),
                // A baseline's change request: an identifier, as a string.
                Arguments.of("{\"baselines\":[{\"change\":2}]}",
                        "/baselines/0/change (line 1, column 25): expected a string, found 2"),
                Arguments.of("{\"baselines\":[{\"change\":null}]}",
                        "/baselines/0/change (line 1, column 25): expected a string, found null")
);
    }

    @ParameterizedTest
    @MethodSource("refusedValues")
    void aValueOfTheWrongKind_isRefused_sayingWhatWasExpectedAndFound(String json, String message) {
        assertThatThrownBy(() -> JSON.read(json))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage(message);
    }

    @Test
    void everyElementOfAList_isChecked() {
        assertThatThrownBy(() -> JSON.read("{\"goals\":[{\"requirements\":[\"R1\",5]}]}"))
                .hasMessage("/goals/0/requirements/1 (line 1, column 33): expected a string, found 5");
        assertThatThrownBy(() -> JSON.read("{\"calendar\":{\"holidays\":[\"2026-01-01\",\"2026-13-01\"]}}"))
                .hasMessage("/calendar/holidays/1 (line 1, column 39): expected a date yyyy-MM-dd, found \"2026-13-01\"");
    }

    @Test
    void aWellFormedHash_isKeptAsWritten() {
        String json = Documents.MINIMAL.replace("\"start\": \"2026-01-05\",", "\"start\": \"2026-01-05\", \"changeRequests\": [{"
                + "\"id\": \"C1\", \"title\": \"t\", \"type\": \"SCOPE\", \"requester\": \"r\", \"status\": \"APPROVED\", "
                + "\"decisions\": [{\"by\": \"b\", \"role\": \"SPONSOR\", \"decision\": \"APPROVE\", "
                + "\"at\": \"2026-02-05T10:30:00+08:00\", \"hash\": \"" + HASH + "\"}]}],");

        assertThat(JSON.read(json).changeRequests().get(0).decisions().get(0).hash()).contains(HASH);
        assertThat(JSON.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).changeRequests().get(0).decisions()
                .get(0).hash()).contains(HASH);
    }

    @Test
    void columns_countCharacters_notBytes() {
        String json = "{\"name\":\"客户关系管理\",\"phase\":\"x\"}";

        assertThatThrownBy(() -> JSON.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageStartingWith("/phase (line 1, column 26): expected one of");
    }

    @Test
    void aLongString_isShownCut_withItsLength() {
        String json = "{\"activities\":[{\"duration\":\"" + "x".repeat(100) + "\"}]}";

        assertThatThrownBy(() -> JSON.read(json))
                .hasMessage("/activities/0/duration (line 1, column 28): expected an integer, found \""
                        + "x".repeat(60) + "\"... (100 characters)");
    }

    @Test
    void anAbsentOptionalValue_isNoProblem_whileItsNullIs() {
        Project project = JSON.read(Documents.MINIMAL);

        assertThat(project.phase()).isEmpty();
        assertThatThrownBy(() -> JSON.read(Documents.minimalWith("\"phase\": null")))
                .hasMessageStartingWith("/phase (line 7, column 12): expected one of INITIATION,");
    }

    @Test
    void theRootMustBeAnObject() {
        assertThatThrownBy(() -> JSON.read("[]"))
                .hasMessage("document (line 1, column 1): expected an object (the project document), found an array");
        assertThatThrownBy(() -> JSON.read("\"x\""))
                .hasMessage("document (line 1, column 1): expected an object (the project document), found \"x\"");
        assertThatThrownBy(() -> JSON.read("null"))
                .hasMessage("document (line 1, column 1): expected an object, found null");
    }
}
