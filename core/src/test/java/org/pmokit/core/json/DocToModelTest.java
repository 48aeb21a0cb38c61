package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Project;
import org.pmokit.core.validation.Violation;

/**
 * Values that the model refuses are all collected, each with its path in the validator's style,
 * its stable code and its message; the defaults of absent values are the documented ones.
 */
class DocToModelTest {

    private static final ProjectJson JSON = ProjectJson.standard();

    private static List<Violation> violations(String json) {
        InvalidProjectException e = catchThrowableOfType(InvalidProjectException.class, () -> JSON.read(json));
        assertThat(e).as("an InvalidProjectException").isNotNull();
        return e.violations();
    }

    private static List<String> pathsAndCodes(String json) {
        return violations(json).stream().map(v -> v.path() + " " + v.code()).toList();
    }

    private static String project(String fields) {
        return "{\"id\":\"P1\",\"name\":\"Pilot\",\"currency\":\"CNY\",\"calendar\":\"MON_FRI\",\"start\":\"2026-01-05\"," + fields + "}";
    }

    @Test
    void twoNegativeDurationsAndAProbabilityAboveOne_areThreeViolations_reportedAtOnce() {
        String json = project("""
                "activities":[{"id":"A1","name":"x","duration":-3},{"id":"A2","name":"y","duration":5},
                              {"id":"A3","name":"z","duration":-1}],
                "risks":[{"id":"RK1","title":"t","category":"VENDOR","kind":"THREAT","probability":1.5,"impact":{},"status":"OPEN"}]""");

        List<Violation> found = violations(json);

        assertThat(found).extracting(v -> v.path() + " " + v.code() + ": " + v.message(Locale.ENGLISH)).containsExactly(
                "activities[A1].duration ACTIVITY_DURATION_NEGATIVE: activity A1: duration must not be negative: -3",
                "activities[A3].duration ACTIVITY_DURATION_NEGATIVE: activity A3: duration must not be negative: -1",
                "risks[RK1].probability PROBABILITY_OUT_OF_RANGE: risk RK1: probability must be between 0 and 1: 1.5");
        assertThat(found.get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("任务 A1：工期不能为负数：-3");
    }

    @Test
    void theMessageOfTheException_listsTheViolations() {
        String json = project("\"activities\":[{\"id\":\"A1\",\"name\":\"x\",\"duration\":-3}]");

        assertThatThrownBy(() -> JSON.read(json))
                .isInstanceOf(ProjectFormatException.class)
                .hasMessage("1 invalid value in the project document: activities[A1].duration: "
                        + "activity A1: duration must not be negative: -3");
    }

    @Test
    void missingRequiredFields_areEachReported() {
        assertThat(pathsAndCodes("{}")).containsExactly("id VALUE_REQUIRED", "name VALUE_REQUIRED",
                "currency VALUE_REQUIRED", "calendar VALUE_REQUIRED", "start VALUE_REQUIRED");
        assertThat(pathsAndCodes(project("""
                "activities":[{"id":"A1"}],
                "risks":[{"id":"RK1","title":"t","category":"VENDOR","kind":"THREAT","impact":{},"status":"OPEN"}],
                "progress":[{"activity":"A1","percentComplete":5}],
                "changeRequests":[{"id":"C1","title":"t","type":"SCOPE","requester":"r","status":"DRAFT",
                                   "impact":{"cost":"1.00","scheduleDays":1,"business":"LOW","system":"LOW","resource":"LOW"}}]""")))
                .containsExactly(
                        "activities[A1].name VALUE_REQUIRED",
                        "activities[A1].duration VALUE_REQUIRED",
                        "risks[RK1].probability VALUE_REQUIRED",
                        "changeRequests[C1].impact.compliance VALUE_REQUIRED",
                        "progress[0].date VALUE_REQUIRED");
        assertThat(violations("{}").get(0).message(Locale.ENGLISH)).isEqualTo("id is required");
    }

    @Test
    void anEntityWithAnInvalidOrMissingIdentifier_isNamedByPosition() {
        assertThat(pathsAndCodes(project("\"activities\":[{\"id\":\"A 1\",\"name\":\"x\",\"duration\":1},"
                + "{\"name\":\"y\",\"duration\":-1}]")))
                .containsExactly("activities[0].id ID_INVALID", "activities[1].id VALUE_REQUIRED");
    }

    @Test
    void aPartWithARefusedOptionalPiece_stillHasItsOwnInvariantsChecked() {
        assertThat(pathsAndCodes(project("\"activities\":[{\"id\":\"A1\",\"name\":\"x\",\"duration\":-1,\"budget\":\"1.234\"}]")))
                .containsExactly("activities[A1].budget VALUE_MALFORMED", "activities[A1].duration ACTIVITY_DURATION_NEGATIVE");
    }

    @Test
    void amounts_thatAreNotAmountsInTheCurrency_areReportedWithThePath() {
        List<Violation> found = violations(project("""
                "budget":{"approvedTotal":"abc","contingencyReserve":1.234,"managementReserve":"-5.00"},
                "actualCosts":[{"date":"2026-01-31","activity":"A1","amount":"1234567890123456789012345678901.00"}]"""));

        assertThat(found).extracting(v -> v.path() + " " + v.code() + ": " + v.message(Locale.ENGLISH)).containsExactly(
                "budget.approvedTotal VALUE_MALFORMED: budget.approvedTotal must look like 1234.00: \"abc\"",
                "budget.contingencyReserve VALUE_MALFORMED: budget.contingencyReserve must look like 1234.00: 1.234",
                "actualCosts[0].amount VALUE_OUT_OF_RANGE: actualCosts[0].amount must be between "
                        + "-999999999999999999999999999999.00 and 999999999999999999999999999999.00: "
                        + "1234567890123456789012345678901.00");
    }

    @Test
    void aNegativeAmountWhereTheModelForbidsIt_isReportedByTheModel() {
        assertThat(pathsAndCodes(project("\"budget\":{\"approvedTotal\":\"-1.00\"}")))
                .containsExactly("budget.approvedTotal VALUE_NEGATIVE");
    }

    @Test
    void amountsInAYenProject_haveNoDecimals() {
        String json = "{\"id\":\"P1\",\"name\":\"Pilot\",\"currency\":\"JPY\",\"calendar\":\"MON_FRI\",\"start\":\"2026-01-05\","
                + "\"budget\":{\"approvedTotal\":\"100.5\"}}";

        assertThat(violations(json)).extracting(v -> v.message(Locale.ENGLISH))
                .containsExactly("budget.approvedTotal must look like 1234: 100.5");
    }

    @Test
    void anUnknownCurrency_isReported_once_withoutItsAmounts() {
        String json = "{\"id\":\"P1\",\"name\":\"Pilot\",\"currency\":\"XYZ\",\"calendar\":\"MON_FRI\",\"start\":\"2026-01-05\","
                + "\"budget\":{\"approvedTotal\":\"1.234\"}}";

        assertThat(violations(json)).extracting(v -> v.path() + " " + v.code() + ": " + v.message(Locale.ENGLISH))
                .containsExactly("currency VALUE_MALFORMED: currency must look like CNY: \"XYZ\"");
    }

    @Test
    void aKpiValueThatIsNotADecimal_isReported() {
        assertThat(violations(project("\"goals\":[{\"id\":\"G1\",\"statement\":\"s\",\"kpi\":{\"name\":\"k\",\"baseline\":\"27%\","
                + "\"target\":\"1e999999999\"}}]"))).extracting(v -> v.message(Locale.ENGLISH)).containsExactly(
                        "goals[G1].kpi.baseline must look like 29200000.5: \"27%\"",
                        "goals[G1].kpi.target must look like 29200000.5: \"1e999999999\"");
    }

    @Test
    void aCustomCalendarThatBreaksItsRules_isReported() {
        String sevenDays = Documents.MINIMAL.replace("\"MON_FRI\"", "{\"weekend\": [\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\","
                + " \"THURSDAY\", \"FRIDAY\", \"SATURDAY\", \"SUNDAY\"], \"holidays\": [], \"workdays\": []}");
        String twice = Documents.MINIMAL.replace("\"MON_FRI\"",
                "{\"weekend\": [\"SUNDAY\", \"SUNDAY\"], \"holidays\": [], \"workdays\": []}");
        String oneYear = Documents.MINIMAL.replace("\"MON_FRI\"", "{\"weekend\": [], \"workdays\": [], \"firstYear\": 2026}");

        assertThat(violations(sevenDays)).extracting(v -> v.path() + " " + v.code() + ": " + v.message(Locale.ENGLISH))
                .containsExactly("calendar VALUE_MALFORMED: calendar must look like {\"weekend\": [\"SATURDAY\", \"SUNDAY\"], "
                        + "\"holidays\": [], \"workdays\": []}: weekend must leave at least one working day in the week: "
                        + "[MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY]");
        assertThat(pathsAndCodes(twice)).containsExactly("calendar.weekend[1] ID_DUPLICATE");
        assertThat(pathsAndCodes(oneYear)).containsExactly("calendar.holidays VALUE_REQUIRED", "calendar.lastYear VALUE_REQUIRED");
    }

    @Test
    void valuesDeepInTheDocument_haveTheirFullPath() {
        assertThat(pathsAndCodes(project("""
                "risks":[{"id":"RK1","title":"t","category":"VENDOR","kind":"THREAT","probability":0.5,
                          "impact":{"level":7},"status":"OPEN"}],
                "changeRequests":[{"id":"C1","title":"t","type":"SCOPE","requester":"r","status":"DRAFT",
                                   "activities":{"add":[{"id":"A9","name":"n","duration":-2}],
                                                 "modify":[{"activity":"A1","duration":-4}]}}],
                "baselines":[{"version":0,"approved":"2026-01-05"}],
                "progress":[{"date":"2026-01-09","activity":"A1","percentComplete":150}]""")))
                .containsExactly(
                        "risks[RK1].impact.level VALUE_OUT_OF_RANGE",
                        "changeRequests[C1].activities.add[A9].duration ACTIVITY_DURATION_NEGATIVE",
                        "changeRequests[C1].activities.modify[0].duration VALUE_NEGATIVE",
                        "baselines[0].version VALUE_TOO_SMALL",
                        "progress[0].percentComplete PERCENT_COMPLETE_OUT_OF_RANGE");
    }

    @Test
    void cashFlows_areCheckedLikeEveryOtherPart() {
        assertThat(pathsAndCodes(project("\"cashFlows\":[{\"period\":-1,\"amount\":\"1.00\"},{\"period\":2}]")))
                .containsExactly("cashFlows[0].period VALUE_NEGATIVE", "cashFlows[1].amount VALUE_REQUIRED");
    }

    @Test
    void absentValues_takeTheDocumentedDefaults() {
        Project project = JSON.read(project("\"activities\":[{\"id\":\"A1\",\"name\":\"x\",\"duration\":1},"
                + "{\"id\":\"A2\",\"name\":\"y\",\"duration\":1,\"predecessors\":[{\"activity\":\"A1\"}]}]"));

        assertThat(project.goals()).isEmpty();
        assertThat(project.budget()).isEmpty();
        assertThat(project.activities().get(0).predecessors()).isEmpty();
        assertThat(project.activities().get(0).earningRule()).isEmpty();
        assertThat(project.activities().get(1).predecessors()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DependencyType.FS);
            assertThat(d.lag()).isZero();
        });
    }
    @Test
    void theNewOptionalParts_whenAbsent_areEmpty() {
        Project project = JSON.read(project("""
                "changeRequests":[{"id":"C1","title":"t","type":"SCOPE","requester":"r","status":"APPROVED",
                                   "decisions":[{"by":"b","role":"SPONSOR","decision":"APPROVE","at":"2026-02-05T10:30:00+08:00"}]}],
                "baselines":[{"version":1,"approved":"2026-01-05"}]"""));

        assertThat(project.changeRequests().get(0).history()).isEmpty();
        assertThat(project.changeRequests().get(0).decisions().get(0).hash()).isEmpty();
        assertThat(project.baselines().get(0).change()).isEmpty();
    }

    @Test
    void aStatusChange_needsItsStatusWhoAndWhen_eachReportedWithItsPath() {
        assertThat(violations(project("""
                "changeRequests":[{"id":"C1","title":"t","type":"SCOPE","requester":"r","status":"APPROVED",
                                   "history":[{"status":"SUBMITTED","by":"Retail","at":"2026-04-10T09:00:00+08:00"},
                                              {"by":"PMO"},{"status":"APPROVED","at":"2026-04-12T09:00:00+08:00"}]}]"""))
                .stream().map(v -> v.path() + " " + v.code() + ": " + v.message(Locale.ENGLISH)))
                .containsExactly(
                        "changeRequests[C1].history[1].status VALUE_REQUIRED: changeRequests[C1].history[1].status is required",
                        "changeRequests[C1].history[1].at VALUE_REQUIRED: changeRequests[C1].history[1].at is required",
                        "changeRequests[C1].history[2].by VALUE_REQUIRED: changeRequests[C1].history[2].by is required");
    }

    @Test
    void aBaselinesChangeRequest_thatIsNoIdentifier_isReportedWithItsPathAndValue() {
        List<Violation> found = violations(project("\"baselines\":[{\"version\":1,\"approved\":\"2026-01-05\"},"
                + "{\"version\":2,\"approved\":\"2026-03-02\",\"change\":\"CR 2\"}]"));

        assertThat(found).extracting(v -> v.path() + " " + v.code()).containsExactly("baselines[1].change ID_INVALID");
        assertThat(found.get(0).message(Locale.ENGLISH))
                .isEqualTo("change request id must be 1-64 letters, digits, dots, underscores or hyphens: 'CR 2'");
    }
}
