package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.change.ChangeFixtures.CR1;
import static org.pmokit.rules.change.ChangeFixtures.cny;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.PredecessorAddition;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;
import org.pmokit.rules.evm.EacMethod;
import org.pmokit.rules.evm.EvmOptions;

/**
 * The preview on the small project, before it starts (status date Friday 2026-01-02, no progress, no
 * cost): A1 0-5, A2 5-15, A3 15-20, all critical, finish offset 20 = Friday 2026-01-30. CR1 puts A2b
 * (8 days) between A2 and A3: A2b 15-23, A3 23-28, finish 28 = Wednesday 2026-02-11, +8 working days;
 * A2b joins the critical path. BAC 1,000,000 + 44,000 = 1,044,000; 44,000 / 150,000 = 29.33% of the
 * reserve. With no cost yet, CPI and so EAC(CPI) are undefined; EAC(budget rate) = AC + BAC - EV = BAC.
 */
class EngineImpactPreviewTest {

    private static final EvaluationContext BEFORE_START = EvaluationContext.at(LocalDate.of(2026, 1, 2));

    private static Project project() {
        return ChangeFixtures.project(ChangeFixtures.change(ChangeStatus.ASSESSED));
    }

    @Test
    void preview_onTheEngines() {
        ChangePreview p = ImpactPreview.engines().preview(project(), CR1, BEFORE_START).orElseThrow();

        assertThat(p.change()).isEqualTo(CR1);
        assertThat(p.statusDate()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(p.finishBefore()).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(p.finishAfter()).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(p.finishDelta()).isEqualTo(8);
        assertThat(p.criticalBefore()).extracting(ActivityId::toString).containsExactly("A1", "A2", "A3");
        assertThat(p.criticalAfter()).extracting(ActivityId::toString).containsExactly("A1", "A2", "A3", "A2b");
        assertThat(p.joinsCriticalPath()).containsExactly(ActivityId.of("A2b"));
        assertThat(p.leavesCriticalPath()).isEmpty();
        assertThat(p.bacBefore()).isEqualTo(new MetricValue.Amount(cny("1000000.00")));
        assertThat(p.bacAfter()).isEqualTo(new MetricValue.Amount(cny("1044000.00")));
        assertThat(p.costDelta()).isEqualTo(new MetricValue.Amount(cny("44000.00")));
        assertThat(p.reserveConsumed()).isInstanceOfSatisfying(MetricValue.Ratio.class,
                r -> assertThat(r.value()).isEqualTo(44000.0 / 150000.0, org.assertj.core.data.Offset.offset(1e-15)));
        assertThat(p.eacBefore()).isInstanceOf(MetricValue.Undefined.class);
        assertThat(p.summary()).isEqualTo(Text.of("CR1: forecast finish 2026-01-30 to 2026-02-11 (+8 working days);"
                + " joins the critical path: A2b; BAC CNY 1,000,000.00 to CNY 1,044,000.00; EAC undefined ("
                + ((MetricValue.Undefined) p.eacBefore()).reason().english() + ") to undefined ("
                + ((MetricValue.Undefined) p.eacAfter()).reason().english() + "); uses 29.33% of the contingency reserve",
                p.summary().chinese()));
        assertThat(p.summary().chinese()).startsWith("CR1：预测完工日期 2026-01-30 变为 2026-02-11（+8 个工作日）；进入关键路径：A2b；"
                + "完工预算 CNY 1,000,000.00 变为 CNY 1,044,000.00；完工估算 无法计算（");
    }

    @Test
    void preview_withAnotherEacMethod() {
        ChangePreview p = EngineImpactPreview.of(EvmOptions.defaults().withEacMethod(EacMethod.BUDGET_RATE))
                .preview(project(), CR1, BEFORE_START).orElseThrow();

        assertThat(p.eacBefore()).isEqualTo(new MetricValue.Amount(cny("1000000.00")));
        assertThat(p.eacAfter()).isEqualTo(new MetricValue.Amount(cny("1044000.00")));
    }

    @Test
    void preview_leavesTheProjectAsItWas() {
        Project p = project();
        ImpactPreview.engines().preview(p, CR1, BEFORE_START).orElseThrow();

        assertThat(p).isEqualTo(project());
    }

    @Test
    void preview_withoutABaseline_hasUndefinedFigures_withTheEnginesReason() {
        Project p = ChangeFixtures.projectBuilder().baselines(List.of())
                .changeRequest(ChangeFixtures.change(ChangeStatus.ASSESSED)).build();

        ChangePreview preview = ImpactPreview.engines().preview(p, CR1, BEFORE_START).orElseThrow();

        assertThat(preview.bacBefore()).isInstanceOf(MetricValue.Undefined.class);
        assertThat(preview.costDelta()).isEqualTo(preview.bacBefore());
        assertThat(preview.reserveConsumed()).isEqualTo(preview.bacBefore());
        assertThat(preview.bacAfter()).isEqualTo(new MetricValue.Amount(cny("1044000.00"))); // the new baseline has it
        assertThat(preview.finishDelta()).isEqualTo(8);
    }

    @Test
    void preview_withoutAReserve_saysSo() {
        Project p = ChangeFixtures.projectBuilder().budget(new Budget(cny("1100000.00"), Optional.empty(), Optional.empty()))
                .changeRequest(ChangeFixtures.change(ChangeStatus.ASSESSED)).build();

        assertThat(ImpactPreview.engines().preview(p, CR1, BEFORE_START).orElseThrow().reserveConsumed())
                .isEqualTo(new MetricValue.Undefined(Text.of("no contingency reserve", "没有应急储备")));
    }

    @Test
    void preview_refusesAnUnknownChange_editsThatDoNotApply_andACycle() {
        assertThat(ImpactPreview.engines().preview(project(), ChangeRequestId.of("CR9"), BEFORE_START).why().orElseThrow()
                .message()).isEqualTo(Text.of("project P1 has no change request CR9", "项目 P1 中没有变更请求 CR9"));

        ChangeRequest c = ChangeFixtures.change(ChangeStatus.ASSESSED);
        ChangeRequest cycle = new ChangeRequest(c.id(), c.title(), c.type(), c.requester(), c.submitted(), c.impact(),
                c.status(), c.decisions(), Optional.of(new ActivityChanges(List.of(), List.of(), List.of(),
                        List.of(new PredecessorAddition(ActivityId.of("A1"), ActivityId.of("A3"), DependencyType.FS, 0)))),
                c.history());
        Refusal r = ImpactPreview.engines().preview(ChangeFixtures.project(cycle), CR1, BEFORE_START).why().orElseThrow();

        assertThat(r.reason()).isEqualTo(Refusal.Reason.NOT_APPLICABLE);
        assertThat(r.message().english()).isEqualTo("with the changes of change request CR1 the project cannot be"
                + " scheduled: dependency cycle: A1 -> A2 -> A3 -> A1");
        assertThat(r.message().chinese()).isEqualTo("应用变更请求 CR1 的变更后，项目无法排期：依赖关系成环：A1 -> A2 -> A3 -> A1");
    }

    @Test
    void aHostMayGiveItsOwnPreview() {
        ImpactPreview none = (project, change, context) -> Result.refused(Refusal.of(Refusal.Reason.NOT_APPLICABLE,
                "not here", "此处不可用"));

        assertThat(none.preview(project(), CR1, BEFORE_START).isAccepted()).isFalse();
    }
}
