package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.evaluate;
import static org.pmokit.rules.goals.Fixtures.project;
import static org.pmokit.rules.goals.Fixtures.retention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.project.Goal;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

class SpecificRuleTest {

    private static List<Finding> check(Goal goal) {
        return evaluate(new SpecificRule(), project().goal(goal).build());
    }

    @Test
    void fires_forAVagueChineseStatementWithoutKpi() {
        List<Finding> found = check(Goal.of("G4", "提升客户服务体验"));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SMART-001");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.area()).isEqualTo(Area.GOALS);
            assertThat(f.subject()).isEqualTo("goals[G4]");
            assertThat(f.message().english()).isEqualTo(
                    "goal G4 is not specific (S): its statement \"提升客户服务体验\" gives no quantity and the goal has no KPI");
            assertThat(f.message().chinese()).isEqualTo("目标 G4 不够具体（S）：目标陈述“提升客户服务体验”没有给出数量，也没有关键绩效指标");
            assertThat(f.remedy().english()).contains("add a KPI");
            assertThat(f.remedy().chinese()).contains("添加关键绩效指标");
            assertThat(f.measured()).isEmpty();
        });
    }

    @Test
    void fires_forAVagueEnglishStatementWithoutKpi() {
        assertThat(check(Goal.of("G1", "Improve the customer service experience"))).singleElement()
                .satisfies(f -> assertThat(f.message().english()).isEqualTo("goal G1 is not specific (S): its statement "
                        + "\"Improve the customer service experience\" gives no quantity and the goal has no KPI"));
    }

    @Test
    void fires_forAQuantityInTooFewWords() {
        assertThat(check(Goal.of("G1", "满意度提升20%"))).singleElement().satisfies(f -> {
            assertThat(f.message().english()).isEqualTo("goal G1 is not specific (S): its statement \"满意度提升20%\" has "
                    + "3.5 words, fewer than 4 (a Chinese character counts as half a word), and the goal has no KPI");
            assertThat(f.message().chinese()).isEqualTo(
                    "目标 G1 不够具体（S）：目标陈述“满意度提升20%”仅有 3.5 个词，少于 4 个（一个汉字按半个词计），也没有关键绩效指标");
            assertThat(f.measured().map(Text::english)).contains("3.5");
            assertThat(f.threshold().map(Text::english)).contains(">= 4");
        });
    }

    @Test
    void fires_forEachVagueGoal_andNotForTheOthers() {
        List<Finding> found = evaluate(new SpecificRule(), project()
                .goal(Goal.of("G1", "Cut CRM annual operating cost by 27%"))
                .goal(Goal.of("G2", "Be better"))
                .goal(Goal.of("G3", "提升客户服务体验"))
                .build());

        assertThat(found).extracting(Finding::subject).containsExactly("goals[G2]", "goals[G3]");
    }

    @Test
    void doesNotFire_whenTheGoalHasAKpi() {
        assertThat(check(Goal.of("G4", "提升客户服务体验").withKpi(retention()))).isEmpty();
    }

    @Test
    void doesNotFire_forAQuantityInFourEnglishWords() {
        assertThat(check(Goal.of("G1", "Cut operating cost 27%"))).isEmpty();
    }

    @Test
    void doesNotFire_forAQuantityInEightChineseCharacters() {
        assertThat(check(Goal.of("G1", "客户满意度提升至90%"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Cut CRM annual operating cost by 27% by 2026-12-31 | 22",
        "提升客户服务体验 | 8",
        "CRM 成本降低 27% | 8",
        "满意度提升20% | 7",
        "'' | 0",
        "-- % -- | 0"})
    void halfWords_countsAWordAsTwo_andAHanCharacterAsOne(String statement, int expected) {
        assertThat(SpecificRule.halfWords(statement)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "提升客户服务体验 | false",
        "Improve service | false",
        "raise it by 5 | true",
        "降低两成% | true",
        "降低２７％ | true",
        "差错率降至3‰ | true"})
    void hasQuantity_findsDigitsOfAnyScript_andPercentSigns(String statement, boolean expected) {
        assertThat(SpecificRule.hasQuantity(statement)).isEqualTo(expected);
    }

    @Test
    void quotesALongStatement_shortened() {
        String statement = "Improve " + "the ".repeat(30) + "service";

        assertThat(check(Goal.of("G1", statement))).singleElement()
                .satisfies(f -> assertThat(f.message().english()).contains("\"Improve the the").contains("…\""));
    }
}
