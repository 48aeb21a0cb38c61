package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleInfoTest {

    private static final Text TITLE = Text.of("Goal has a KPI", "目标有 KPI");

    private static RuleInfo withId(String id) {
        return new RuleInfo(id, "goals", Area.GOALS, Subject.GOAL, TITLE, Severity.ERROR);
    }

    private static RuleInfo withTitle(Text title) {
        return new RuleInfo("TEST-001", "goals", Area.GOALS, Subject.GOAL, title, Severity.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TEST-001", "A-000", "ABC-014", "XYZ-999", "ABCDEFGHIJ-123"})
    void constructor_acceptsLettersHyphenThreeDigits(String id) {
        assertThat(withId(id).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "TEST", "TEST-", "-001", "test-001", "Test-001", "TEST-01", "TEST-1", "TEST-0001",
        "TEST001", "TEST_001", "TEST-00A", " TEST-001", "TEST-001 ", "TE ST-001", "TEST1-001", "ТЕСТ-001", "TEST-١٢٣"})
    void constructor_refusesAnyOtherId(String id) {
        assertThatThrownBy(() -> withId(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule id must be upper-case letters, a hyphen and three digits (XXX-000): " + id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\n"})
    void constructor_refusesABlankEnglishTitle(String blank) {
        assertThatThrownBy(() -> withTitle(Text.of(blank, "目标有 KPI")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule TEST-001 needs a title in English and Chinese");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000"})
    void constructor_refusesABlankChineseTitle(String blank) {
        assertThatThrownBy(() -> withTitle(Text.of("Goal has a KPI", blank)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule TEST-001 needs a title in English and Chinese");
    }

    @Test
    void constructor_refusesABlankPack() {
        assertThatThrownBy(() -> new RuleInfo("TEST-001", " ", Area.GOALS, Subject.GOAL, TITLE, Severity.ERROR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule TEST-001 needs a pack name");
    }

    @Test
    void constructor_namesAMissingPart() {
        assertThatThrownBy(() -> new RuleInfo(null, "goals", Area.GOALS, Subject.GOAL, TITLE, Severity.ERROR))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> new RuleInfo("TEST-001", null, Area.GOALS, Subject.GOAL, TITLE, Severity.ERROR))
                .isInstanceOf(NullPointerException.class).hasMessage("pack");
        assertThatThrownBy(() -> new RuleInfo("TEST-001", "goals", null, Subject.GOAL, TITLE, Severity.ERROR))
                .isInstanceOf(NullPointerException.class).hasMessage("area");
        assertThatThrownBy(() -> new RuleInfo("TEST-001", "goals", Area.GOALS, null, TITLE, Severity.ERROR))
                .isInstanceOf(NullPointerException.class).hasMessage("subject");
        assertThatThrownBy(() -> new RuleInfo("TEST-001", "goals", Area.GOALS, Subject.GOAL, null, Severity.ERROR))
                .isInstanceOf(NullPointerException.class).hasMessage("title");
        assertThatThrownBy(() -> new RuleInfo("TEST-001", "goals", Area.GOALS, Subject.GOAL, TITLE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("defaultSeverity");
    }

    @Test
    void finding_carriesTheRuleItsDefaultSeverityAndArea() {
        RuleInfo info = new RuleInfo("TEST-002", "risk", Area.RISK, Subject.RISK, TITLE, Severity.WARNING);
        Text message = Text.of("risk R1 has no owner", "风险 R1 没有负责人");
        Text remedy = Text.of("name an owner", "指定负责人");

        Finding finding = info.finding("risks[R1]", message, remedy);

        assertThat(finding).isEqualTo(new Finding("TEST-002", Severity.WARNING, Area.RISK, "risks[R1]",
                Optional.empty(), Optional.empty(), message, remedy));
    }

    @Test
    void finding_withItsMeasure_isTheStartedFindingWithTheMeasure() {
        RuleInfo info = new RuleInfo("RISK-003", "risk", Area.RISK, Subject.RISK, Text.of("t", "标题"), Severity.WARNING);
        Text measured = Text.of("45 days", "45 天");
        Text threshold = Text.of("30 days", "30 天");
        Text message = Text.of("m", "消息");
        Text remedy = Text.of("r", "措施");

        Finding atOnce = info.finding("risks[R1]", message, remedy, Optional.of(measured), Optional.of(threshold));

        assertThat(atOnce).isEqualTo(info.finding("risks[R1]", message, remedy).withMeasure(measured, threshold));
        assertThat(atOnce.severity()).isEqualTo(Severity.WARNING);
        assertThat(atOnce.measured()).contains(measured);
        assertThat(atOnce.threshold()).contains(threshold);
    }
}
