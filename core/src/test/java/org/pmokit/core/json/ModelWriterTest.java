package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ChangeType;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Role;
import org.pmokit.core.project.StatusChange;
import org.pmokit.core.time.WorkCalendar;

/**
 * What {@link ModelWriter} leaves out, what it always writes, and that every part of the model has
 * a place in the document (the {@link Doc} records, whose field order the writer follows).
 */
class ModelWriterTest {

    private static final ProjectJson JSON = ProjectJson.standard();
    private static final String HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static JsonNode written(Project project) {
        return Documents.tree(JSON.write(project));
    }


    static Stream<Arguments> modelAndDocumentRecords() {
        return Stream.of(
                Arguments.of(org.pmokit.core.project.Goal.class, Doc.Goal.class),
                Arguments.of(org.pmokit.core.project.Kpi.class, Doc.Kpi.class),
                Arguments.of(org.pmokit.core.project.KpiReading.class, Doc.KpiReading.class),
                Arguments.of(org.pmokit.core.project.Requirement.class, Doc.Requirement.class),
                Arguments.of(org.pmokit.core.project.Resource.class, Doc.Resource.class),
                Arguments.of(Activity.class, Doc.Activity.class),
                Arguments.of(org.pmokit.core.project.Assignment.class, Doc.Assignment.class),
                Arguments.of(org.pmokit.core.project.ActivityConstraint.class, Doc.Constraint.class),
                Arguments.of(org.pmokit.core.project.Milestone.class, Doc.Milestone.class),
                Arguments.of(org.pmokit.core.project.Budget.class, Doc.Budget.class),
                Arguments.of(org.pmokit.core.project.Risk.class, Doc.Risk.class),
                Arguments.of(org.pmokit.core.project.RiskImpact.class, Doc.RiskImpact.class),
                Arguments.of(ChangeRequest.class, Doc.ChangeRequest.class),
                Arguments.of(org.pmokit.core.project.ImpactAssessment.class, Doc.Impact.class),
                Arguments.of(org.pmokit.core.project.Decision.class, Doc.Decision.class),
                Arguments.of(org.pmokit.core.project.StatusChange.class, Doc.StatusChange.class),
                Arguments.of(org.pmokit.core.project.ActivityChanges.class, Doc.ActivityChanges.class),
                Arguments.of(org.pmokit.core.project.ActivityModification.class, Doc.Modification.class),
                Arguments.of(org.pmokit.core.project.PredecessorAddition.class, Doc.PredecessorAddition.class),
                Arguments.of(org.pmokit.core.project.Baseline.class, Doc.Baseline.class),
                Arguments.of(org.pmokit.core.project.BaselineActivity.class, Doc.BaselineActivity.class),
                Arguments.of(org.pmokit.core.project.ProgressRecord.class, Doc.Progress.class),
                Arguments.of(org.pmokit.core.project.ActualCost.class, Doc.ActualCost.class),
                Arguments.of(org.pmokit.core.project.CashFlow.class, Doc.CashFlow.class));
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    @ParameterizedTest
    @MethodSource("modelAndDocumentRecords")
    void everyPartOfAModelRecord_hasAFieldOfTheSameNameInTheDocument(Class<?> model, Class<?> document) {
        assertThat(components(document)).as("a new part of %s must be read and written, or the document loses it",
                model.getSimpleName()).containsAll(components(model));
    }

    @Test
    void everyPartOfALink_hasAField_itsPredecessorAsActivity() {
        assertThat(components(Dependency.class)).containsExactly("predecessor", "type", "lag");
        assertThat(components(Doc.Dependency.class)).containsExactly("activity", "type", "lag");
    }

    @Test
    void everyPartOfAProject_hasAFieldOfTheSameNameInTheDocument() {
        Set<String> derived = Set.of("toBuilder", "currentBaseline", "hashCode", "toString");
        List<String> parts = Arrays.stream(Project.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() == 0 && !m.isSynthetic() && !m.isBridge())
                .map(Method::getName).filter(name -> !derived.contains(name)).toList();

        assertThat(components(Doc.Project.class)).as("a new part of Project must be read and written, or listed as derived")
                .containsAll(parts);
    }

    private static Project.Builder pilot() {
        return Project.builder("P1", "Pilot").currency("CNY").calendar(WorkCalendar.MON_FRI).start(LocalDate.of(2026, 1, 5));
    }

    @Test
    void topLevelListsAndDecisions_areAlwaysWritten_emptyListsInsideEntitiesAreLeftOut() {
        Project project = pilot()
                .activity(Activity.builder("A1", "Build").duration(3).build())
                .changeRequest(new ChangeRequest(ChangeRequestId.of("C1"), "t", ChangeType.SCOPE, "r", Optional.empty(),
                        Optional.empty(), ChangeStatus.DRAFT, List.of(), Optional.empty()))
                .build();

        JsonNode doc = written(project);

        assertThat(doc.get("schemaVersion").intValue()).isEqualTo(1);
        assertThat(JSON.write(project)).startsWith("{\"schemaVersion\":1,");
        assertThat(doc.get("goals").isEmpty()).isTrue();
        assertThat(doc.get("actualCosts").isEmpty()).isTrue();
        assertThat(doc.has("budget")).isFalse();
        assertThat(doc.has("cashFlows")).isFalse();
        assertThat(doc.get("activities").get(0).has("predecessors")).isFalse();
        assertThat(doc.get("activities").get(0).has("resources")).isFalse();
        assertThat(doc.get("activities").get(0).has("budget")).isFalse();
        assertThat(doc.get("changeRequests").get(0).get("decisions").isEmpty()).isTrue();
        assertThat(doc.get("changeRequests").get(0).has("activities")).isFalse();
    }

    @Test
    void aHashAHistoryAndABaselinesChange_areWrittenOnlyWhenPresent_eachAfterTheFieldsBeforeIt() {
        Decision decision = new Decision("b", Role.SPONSOR, DecisionType.APPROVE,
                OffsetDateTime.parse("2026-02-05T10:30:00+08:00"), Optional.of("ok"));
        ChangeRequest plain = new ChangeRequest(ChangeRequestId.of("C1"), "t", ChangeType.SCOPE, "r", Optional.empty(),
                Optional.empty(), ChangeStatus.APPROVED, List.of(decision), Optional.empty());
        ChangeRequest sealed = new ChangeRequest(ChangeRequestId.of("C2"), "t", ChangeType.SCOPE, "r", Optional.empty(),
                Optional.empty(), ChangeStatus.APPROVED, List.of(decision.withHash(HASH)),
                Optional.of(new ActivityChanges(List.of(), List.of(ActivityId.of("A1")), List.of(), List.of())),
                List.of(new StatusChange(ChangeStatus.SUBMITTED, "r", OffsetDateTime.parse("2026-02-01T09:00:00+08:00")),
                        new StatusChange(ChangeStatus.APPROVED, "b", OffsetDateTime.parse("2026-02-05T10:30:00+08:00"))));
        Project project = pilot()
                .activity(Activity.builder("A1", "Build").duration(3).build())
                .changeRequest(plain).changeRequest(sealed)
                .baseline(new Baseline(1, LocalDate.of(2026, 1, 5), List.of()))
                .baseline(new Baseline(2, LocalDate.of(2026, 2, 6), List.of(), Optional.of(ChangeRequestId.of("C2"))))
                .build();

        String written = JSON.write(project);

        assertThat(written).contains("\"changeRequests\":[{\"id\":\"C1\",\"title\":\"t\",\"type\":\"SCOPE\",\"requester\":\"r\","
                + "\"status\":\"APPROVED\",\"decisions\":[{\"by\":\"b\",\"role\":\"SPONSOR\",\"decision\":\"APPROVE\","
                + "\"at\":\"2026-02-05T10:30:00+08:00\",\"comment\":\"ok\"}]},");
        assertThat(written).contains("\"comment\":\"ok\",\"hash\":\"" + HASH + "\"}],\"activities\":{\"remove\":[\"A1\"]},"
                + "\"history\":[{\"status\":\"SUBMITTED\",\"by\":\"r\",\"at\":\"2026-02-01T09:00:00+08:00\"},"
                + "{\"status\":\"APPROVED\",\"by\":\"b\",\"at\":\"2026-02-05T10:30:00+08:00\"}]}]");
        assertThat(written).contains("\"baselines\":[{\"version\":1,\"approved\":\"2026-01-05\"},"
                + "{\"version\":2,\"approved\":\"2026-02-06\",\"change\":\"C2\"}]");
        assertThat(JSON.read(written)).isEqualTo(project);
    }

    @Test
    void aLinkThatIsFinishToStartWithoutLag_hasNeitherTypeNorLag_anyOtherHasBoth() {
        Project project = pilot()
                .activity(Activity.builder("A2", "Test").duration(1).predecessor(Dependency.fs("A1"))
                        .predecessor(Dependency.of("A1", DependencyType.SS, 0))
                        .predecessor(Dependency.of("A1", DependencyType.FS, 2)).build())
                .build();

        assertThat(JSON.write(project)).contains("\"predecessors\":[{\"activity\":\"A1\"},"
                + "{\"activity\":\"A1\",\"type\":\"SS\",\"lag\":0},{\"activity\":\"A1\",\"type\":\"FS\",\"lag\":2}]");
    }

    @Test
    void amounts_areStringsWithTheCurrencysDecimals() {
        Project project = pilot().activity(Activity.builder("A1", "Build").duration(1)
                .budget(Money.of("CNY", "2400000")).build()).build();

        assertThat(JSON.write(project)).contains("\"budget\":\"2400000.00\"");
    }

    @Test
    void aBuiltInCalendar_isWrittenByName() {
        assertThat(JSON.write(pilot().calendar(WorkCalendar.CN).build())).contains("\"calendar\":\"CN\",");
    }

    @Test
    void aCustomCalendar_hasItsCoveredYears_onlyWhenTheyAreNotThoseOfItsDates() {
        WorkCalendar derived = WorkCalendar.custom(Set.of(DayOfWeek.SUNDAY), List.of(LocalDate.of(2026, 5, 1)), List.of());
        WorkCalendar explicit = WorkCalendar.custom(Set.of(DayOfWeek.SUNDAY), List.of(LocalDate.of(2026, 5, 1)), List.of(),
                Year.of(2025), Year.of(2027));
        WorkCalendar unbounded = WorkCalendar.custom(Set.of(DayOfWeek.SUNDAY), List.of(), List.of());

        assertThat(JSON.write(pilot().calendar(derived).build()))
                .contains("\"calendar\":{\"weekend\":[\"SUNDAY\"],\"holidays\":[\"2026-05-01\"],\"workdays\":[]},");
        assertThat(JSON.write(pilot().calendar(explicit).build())).contains("\"calendar\":{\"weekend\":[\"SUNDAY\"],"
                + "\"holidays\":[\"2026-05-01\"],\"workdays\":[],\"firstYear\":2025,\"lastYear\":2027},");
        assertThat(JSON.write(pilot().calendar(unbounded).build()))
                .contains("\"calendar\":{\"weekend\":[\"SUNDAY\"],\"holidays\":[],\"workdays\":[]},");
    }

    @Test
    void dates_haveFourDigitYears_andOtherYearsAsJavaWritesThem() {
        assertThat(JSON.write(pilot().start(LocalDate.of(987, 3, 4)).build())).contains("\"start\":\"0987-03-04\"");
        assertThat(JSON.write(pilot().start(LocalDate.of(12345, 12, 31)).build())).contains("\"start\":\"+12345-12-31\"");
    }
}
