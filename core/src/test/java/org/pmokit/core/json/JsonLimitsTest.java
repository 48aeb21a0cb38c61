package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The read limits: their defaults and withers, each one crossed with a small configured limit, and
 * the hostile inputs of the issue at the default limits (a 10,000-digit number, 1,000-deep nesting,
 * a 100 MB string, an endless stream), each refused with a clear message after reading little.
 */
class JsonLimitsTest {

    private static final long MIB = 1024 * 1024;
    private static final ProjectJson JSON = ProjectJson.standard();

    private static ProjectJson with(JsonLimits limits) {
        return ProjectJson.builder().limits(limits).build();
    }

    // --- the record ---------------------------------------------------------------------------

    @Test
    void defaults_areTheDocumentedOnes() {
        JsonLimits defaults = JsonLimits.defaults();

        assertThat(defaults.maxDocumentLength()).isEqualTo(64 * MIB);
        assertThat(defaults.maxNestingDepth()).isEqualTo(64);
        assertThat(defaults.maxStringLength()).isEqualTo(1024 * 1024);
        assertThat(defaults.maxNumberLength()).isEqualTo(64);
        assertThat(defaults.maxActivities()).isEqualTo(1_000_000);
    }

    @Test
    void withers_changeOneLimit_andLeaveTheOthers() {
        JsonLimits d = JsonLimits.defaults();

        assertThat(d.withMaxDocumentLength(10)).isEqualTo(new JsonLimits(10, 64, 1024 * 1024, 64, 1_000_000));
        assertThat(d.withMaxNestingDepth(10)).isEqualTo(new JsonLimits(64 * MIB, 10, 1024 * 1024, 64, 1_000_000));
        assertThat(d.withMaxStringLength(10)).isEqualTo(new JsonLimits(64 * MIB, 64, 10, 64, 1_000_000));
        assertThat(d.withMaxNumberLength(10)).isEqualTo(new JsonLimits(64 * MIB, 64, 1024 * 1024, 10, 1_000_000));
        assertThat(d.withMaxActivities(10)).isEqualTo(new JsonLimits(64 * MIB, 64, 1024 * 1024, 64, 10));
        assertThat(d).isEqualTo(JsonLimits.defaults());
    }

    @Test
    void aLimitBelowOne_isRefused() {
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxDocumentLength(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDocumentLength must be at least 1: 0");
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxNestingDepth(-1))
                .hasMessage("maxNestingDepth must be at least 1: -1");
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxStringLength(0)).hasMessage("maxStringLength must be at least 1: 0");
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxNumberLength(0)).hasMessage("maxNumberLength must be at least 1: 0");
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxActivities(0)).hasMessage("maxActivities must be at least 1: 0");
    }

    // --- each limit, small --------------------------------------------------------------------

    @Test
    void documentLength_isEnforced_atTheFirstCharacterBeyondIt() {
        ProjectJson json = with(JsonLimits.defaults().withMaxDocumentLength(100));

        assertThatThrownBy(() -> json.read(Documents.MINIMAL))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/start (line 6, column 20): the document is longer than the limit of 100 characters");
        assertThatThrownBy(() -> json.read(Documents.MINIMAL.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("/start (line 6, column 20): the document is longer than the limit of 100 characters");
        assertThat(with(JsonLimits.defaults().withMaxDocumentLength(Documents.MINIMAL.length())).read(Documents.MINIMAL))
                .isEqualTo(JSON.read(Documents.MINIMAL));
    }

    @Test
    void nestingDepth_isEnforced() {
        ProjectJson json = with(JsonLimits.defaults().withMaxNestingDepth(3));

        assertThatThrownBy(() -> json.read("{\"goals\":[{\"kpi\":{\"readings\":[]}}]}"))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/goals/0/kpi (line 1, column 19): arrays and objects are nested deeper than the limit of 3 levels")
                .satisfies(e -> assertThat(((ProjectFormatException) e).found()).isEqualTo("4 levels"));
    }

    @Test
    void stringLength_isEnforced() {
        ProjectJson json = with(JsonLimits.defaults().withMaxStringLength(10));

        assertThatThrownBy(() -> json.read("{\"name\":\"abcdefghijk\"}"))
                .hasMessage("/name (line 1, column 9): a string is longer than the limit of 10 characters");
        assertThat(json.read(Documents.MINIMAL.replace("Pilot", "abcdefghij")).name()).isEqualTo("abcdefghij");
    }

    @Test
    void numberLength_isEnforced() {
        ProjectJson json = with(JsonLimits.defaults().withMaxNumberLength(5));

        assertThatThrownBy(() -> json.read("{\"activities\":[{\"duration\":123456}]}"))
                .hasMessage("/activities/0/duration (line 1, column 34): a number is longer than the limit of 5 characters");
    }

    @Test
    void fieldNames_areLimitedToAThousandCharacters() {
        String name = "n".repeat(JsonLimits.MAX_NAME_LENGTH + 1);

        assertThatThrownBy(() -> ProjectJson.builder().lenient(true).build().read("{\"" + name + "\": 1}"))
                .hasMessageEndingWith("expected a field name of at most 1000 characters, found a field name of at least 1001 characters");
    }

    @Test
    void activities_areCounted_andTheOneBeyondTheLimitIsRefused() {
        ProjectJson json = with(JsonLimits.defaults().withMaxActivities(2));

        assertThatThrownBy(() -> json.read("{\"activities\":[{},{},{}]}"))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/activities/2 (line 1, column 22): the document has more activities than the limit of 2");
        assertThat(json.read(Documents.withActivities("{\"id\":\"A1\",\"name\":\"x\",\"duration\":1}",
                "{\"id\":\"A2\",\"name\":\"y\",\"duration\":1}")).activities()).hasSize(2);
    }

    // --- hostile inputs at the default limits -------------------------------------------------

    @Test
    void aTenThousandDigitNumber_isRefused() {
        String digits = "1".repeat(10_000);

        assertThatThrownBy(() -> JSON.read("{\"activities\":[{\"duration\":" + digits + "}]}"))
                .hasMessage("/activities/0/duration (line 1, column 10028): a number is longer than the limit of 64 characters");
        assertThatThrownBy(() -> JSON.read("{\"budget\":{\"approvedTotal\":" + digits + "}}"))
                .hasMessage("/budget/approvedTotal (line 1, column 10028): a number is longer than the limit of 64 characters");
    }

    @Test
    void aTenThousandDigitAmountInAString_isAnInvalidValue() {
        String json = Documents.withActivities("{\"id\":\"A1\",\"name\":\"x\",\"duration\":1,\"budget\":\"" + "1".repeat(10_000) + "\"}");

        assertThatThrownBy(() -> JSON.read(json))
                .isInstanceOfSatisfying(InvalidProjectException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("activities[A1].budget")));
    }

    @Test
    void aThousandLevelsOfNesting_areRefused_withoutOverflowingTheStack() {
        String nested = "[".repeat(1_000);

        assertThatThrownBy(() -> JSON.read(nested))
                .hasMessage("document (line 1, column 1): expected an object (the project document), found an array");
        assertThatThrownBy(() -> JSON.read("{\"goals\":" + nested))
                .hasMessage("/goals/0 (line 1, column 11): expected an object, found an array");
        assertThatThrownBy(() -> ProjectJson.builder().lenient(true).build().read("{\"x\":" + nested))
                .hasMessageEndingWith("(line 1, column 70): arrays and objects are nested deeper than the limit of 64 levels");
    }

    @Test
    void aHundredMegabyteString_isRefused_afterReadingLittleMoreThanTheLimit() {
        Documents.Endless stream = new Documents.Endless("{\"description\":\"", "a"); // 100 MB and more

        assertThatThrownBy(() -> JSON.read(stream))
                .hasMessage("/description (line 1, column 16): a string is longer than the limit of 1048576 characters");
        assertThat(stream.delivered()).isLessThan(2 * MIB);
    }

    @Test
    void anEndlessStream_isRefused_atTheDocumentLengthLimit() {
        Documents.Endless stream = new Documents.Endless("{\"name\": \"x\"", " ");

        assertThatThrownBy(() -> JSON.read(stream))
                .hasMessage("/name (line 1, column 67108865): the document is longer than the limit of 67108864 characters");
        assertThat(stream.delivered()).isLessThan(64 * MIB + 64 * 1024);
    }

    @Test
    void anEndlessNumber_isRefused() {
        Documents.Endless stream = new Documents.Endless("{\"activities\":[{\"duration\":", "1");

        assertThatThrownBy(() -> JSON.read(stream))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessageStartingWith("/activities/0/duration (line 1, column ")
                .hasMessageEndingWith("): a number is longer than the limit of 64 characters");
        assertThat(stream.delivered()).isLessThan(2 * MIB);
    }

    @Test
    void anEndlessNesting_isRefused_atTheDepthLimit() {
        Documents.Endless stream = new Documents.Endless("{\"x\":", "[");

        assertThatThrownBy(() -> ProjectJson.builder().lenient(true).build().read(stream))
                .hasMessageEndingWith("arrays and objects are nested deeper than the limit of 64 levels");
        assertThat(stream.delivered()).isLessThan(64 * 1024);
    }
}
