package org.pmokit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ChangeType;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.ImpactLevel;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.core.project.MilestoneKind;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.core.project.Role;
import org.pmokit.rules.Area;
import org.pmokit.rules.RagStatus;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;
import org.pmokit.rules.change.Authority;
import org.pmokit.rules.change.LogVerification;
import org.pmokit.rules.evm.EacMethod;
import org.pmokit.rules.evm.EvmMetric;
import org.pmokit.rules.risk.RiskBand;
import org.pmokit.rules.schedule.ProgressState;

/** Every enumeration value a report shows has a name in English and in Simplified Chinese, from GLOSSARY.md. */
class TermsTest {

    /** The enumerations whose values the report model and its writers show. */
    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(Phase.class, MilestoneKind.class,
            RiskCategory.class, RiskKind.class, RiskStrategy.class, RiskStatus.class, ChangeType.class,
            ChangeStatus.class, ImpactLevel.class, DecisionType.class, Role.class, KpiDimension.class, Direction.class,
            Severity.class, ProgressState.class, SmartCriterion.class, MilestoneState.class,
            LogVerification.Status.class, RagStatus.class, Area.class, RiskBand.class, EvmMetric.class,
            EacMethod.class, Authority.class);

    @Test
    void everyValueOfEveryShownEnumeration_hasBothNames() {
        for (Class<? extends Enum<?>> type : SHOWN) {
            assertThat(Terms.covers(type)).as(type.getName()).isTrue();
            for (Enum<?> value : type.getEnumConstants()) {
                Text t = Terms.of(value);
                assertThat(t.english()).as(value.toString()).isNotBlank();
                assertThat(t.chinese()).as(value.toString()).isNotBlank().isNotEqualTo(t.english());
            }
        }
    }

    /** Within one enumeration no two values share a name, in either language. */
    @Test
    void namesAreDistinct_withinAnEnumeration() {
        for (Class<? extends Enum<?>> type : SHOWN) {
            List<Text> names = Arrays.stream(type.getEnumConstants()).map(Terms::of).toList();
            assertThat(names.stream().map(Text::english)).as(type.getName()).doesNotHaveDuplicates();
            assertThat(names.stream().map(Text::chinese)).as(type.getName()).doesNotHaveDuplicates();
        }
    }

    @Test
    void glossaryTerms() {
        assertThat(Arrays.stream(Phase.values()).map(p -> Terms.of(p, ReportLanguage.SIMPLIFIED_CHINESE)))
                .containsExactly("启动", "需求分析", "方案设计", "开发实施", "测试验证", "部署上线", "运维优化", "项目收尾");
        assertThat(Terms.of(MilestoneKind.DELIVERABLE, ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("交付物里程碑");
        assertThat(Terms.of(RiskStrategy.MITIGATE, ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("减轻");
        assertThat(Terms.of(RiskStrategy.ESCALATE, ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("上报");
        assertThat(Terms.of(RiskCategory.COMPLIANCE, ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("合规风险");
        assertThat(Terms.of(RiskKind.OPPORTUNITY, ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("机会");
        assertThat(Terms.of(DecisionType.DEFER, ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("推迟");
        assertThat(Terms.of(RagStatus.AMBER, ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("黄");
        assertThat(Terms.of(SmartCriterion.TIME_BOUND, ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("有时限的");
        assertThat(Terms.of(Phase.BUILD, ReportLanguage.ENGLISH)).isEqualTo("Build");
    }

    @Test
    void anEnumerationReportsDoNotShow_isRejectedByName() {
        assertThat(Terms.covers(ReportFormat.class)).isFalse();
        assertThatThrownBy(() -> Terms.of(ReportFormat.JSON)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reports have no terms for org.pmokit.reporting.ReportFormat");
    }
}
