package org.pmokit.rules.change;

import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.finance.Outcome;
import org.pmokit.rules.evm.EvmFigures;
import org.pmokit.rules.evm.EvmInputException;
import org.pmokit.rules.evm.EvmOptions;
import org.pmokit.rules.evm.ProjectEvm;
import org.pmokit.rules.schedule.Schedule;

/**
 * The {@link ImpactPreview} on PMO Kit's engines. The change's edits are applied to a copy of the
 * project ({@link ProposedChanges}); the critical path engine schedules both projects at the
 * context's status date (FORMULAS.md section 2) for the forecast finish and the critical activities;
 * the changed project gets the baseline that implementing the change with a new baseline version
 * would give it ({@link Rebaseline}); the earned value engine measures both at the status date
 * (FORMULAS.md section 3) for BAC and EAC. The cost delta is BAC after - BAC before, and the
 * reserve consumed is the cost delta / the contingency reserve.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EngineImpactPreview implements ImpactPreview {

    private static final EngineImpactPreview STANDARD = new EngineImpactPreview(EvmOptions.defaults());

    private final EvmOptions options;

    private EngineImpactPreview(EvmOptions options) {
        this.options = options;
    }

    /**
     * Returns the preview with the earned value engine's default options.
     *
     * @return the preview
     */
    public static EngineImpactPreview standard() {
        return STANDARD;
    }

    /**
     * Returns the preview with earned value options, such as another EAC method.
     *
     * @param options the earned value engine's options
     * @return the preview
     */
    public static EngineImpactPreview of(EvmOptions options) {
        return new EngineImpactPreview(Objects.requireNonNull(options, "options"));
    }

    @Override
    public Result<ChangePreview> preview(Project project, ChangeRequestId change, EvaluationContext context) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(context, "context");
        Optional<ChangeRequest> found = project.changeRequests().stream().filter(c -> c.id().equals(change)).findFirst();
        if (found.isEmpty()) {
            return Result.refused(Refusal.of(Refusal.Reason.UNKNOWN_CHANGE,
                    "project " + project.id() + " has no change request " + change,
                    "项目 " + project.id() + " 中没有变更请求 " + change));
        }
        ChangeRequest cr = found.get();
        return Scheduling.at(project, context, cr).flatMap(before -> ProposedChanges.apply(project, cr)
                .flatMap(changed -> Scheduling.at(changed, context, cr).map(after -> {
                    Project rebaselined = changed.toBuilder()
                            .baseline(Rebaseline.next(changed, after, cr, context.statusDate())).build();
                    return measure(project, cr, context, before, after, rebaselined);
                })));
    }

    private ChangePreview measure(Project project, ChangeRequest cr, EvaluationContext context, Schedule before,
            Schedule after, Project rebaselined) {
        Evm evmBefore = evm(project, context);
        Evm evmAfter = evm(rebaselined, context);
        Outcome<Money> delta = evmBefore.bac().flatMap(b -> evmAfter.bac().map(a -> a.minus(b)));
        return new ChangePreview(cr.id(), context.statusDate(), before.projectFinishDate(), after.projectFinishDate(),
                after.projectFinish() - before.projectFinish(), before.criticalActivities(), after.criticalActivities(),
                evmBefore.bac().toMetric(MetricValue.Amount::new), evmAfter.bac().toMetric(MetricValue.Amount::new),
                evmBefore.eac(), evmAfter.eac(), delta.toMetric(MetricValue.Amount::new),
                delta.flatMap(d -> Reserve.share(project, d)).toMetric(s -> new MetricValue.Ratio(s.doubleValue())));
    }

    /** BAC and EAC at the status date, or the engine's reason for having none. */
    private Evm evm(Project project, EvaluationContext context) {
        try {
            EvmFigures f = ProjectEvm.of(project, context.calendarFor(project), options).at(context.statusDate()).project();
            return new Evm(Outcome.of(f.bac()), f.eac());
        } catch (EvmInputException e) {
            return new Evm(Outcome.undefined(e.reason()), new MetricValue.Undefined(e.reason()));
        }
    }

    /** The earned value figures the preview shows. */
    private record Evm(Outcome<Money> bac, MetricValue eac) {
    }
}
