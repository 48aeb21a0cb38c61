package org.pmokit.rules.evm;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.ProjectId;
import org.pmokit.core.time.WorkCalendar;

/**
 * The earned value engine for one project (FORMULAS.md sections 1 to 5): its performance measurement
 * baseline ({@link PerformanceBaseline}) and its progress records, actual costs and estimates to
 * complete, compiled once, to be measured at any status date ({@link #at(LocalDate)}) and over time
 * ({@link #series(LocalDate)}).
 *
 * <p>At a status date: PV from the baseline; EV from each baselined activity's latest progress record
 * dated on or before the status date, by its earning rule (percent complete by default; 0/100; 50/50;
 * weighted milestones, whose percent complete is the sum of the weights of the milestones reached);
 * AC from the actual costs dated on or before the status date. Sums are exact in minor units; see
 * {@link EvmFigures} for the metrics and their undefined cases. Nothing here depends on the critical
 * path: the plan is the baseline's.
 *
 * <pre>{@code
 * ProjectEvm evm = ProjectEvm.of(project);
 * EvmStatus status = evm.at(LocalDate.of(2026, 4, 30));
 * MetricValue cpi = status.project().cpi();
 * EvmSeries weekly = evm.series(LocalDate.of(2026, 4, 30), Period.WEEK);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectEvm {

    private final ProjectId projectId;
    private final Optional<String> department;
    private final PerformanceBaseline baseline;
    private final Ledger ledger;
    private final EvmOptions options;

    private ProjectEvm(Project project, PerformanceBaseline baseline, EvmOptions options) {
        this.projectId = project.id();
        this.department = project.department();
        this.baseline = baseline;
        this.options = options;
        this.ledger = Ledger.of(project, baseline, options);
    }

    /**
     * Compiles a project on its own calendar with the default options.
     *
     * @param project the project
     * @return the engine for the project
     * @throws EvmInputException if the project cannot be measured: see
     *         {@link #of(Project, WorkCalendar, EvmOptions)}
     */
    public static ProjectEvm of(Project project) {
        Objects.requireNonNull(project, "project");
        return of(project, project.calendar(), EvmOptions.defaults());
    }

    /**
     * Compiles a project.
     *
     * @param project the project
     * @param calendar the working days, usually the project's
     * @param options the period of the series, the EAC method and any estimates to complete
     * @return the engine for the project
     * @throws EvmInputException if the project has no baseline, an amount (baseline budget, actual
     *         cost, estimate) is in another currency than the project's, the calendar does not cover a
     *         baseline date, or the amounts are too large to add exactly
     */
    public static ProjectEvm of(Project project, WorkCalendar calendar, EvmOptions options) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(options, "options");
        return new ProjectEvm(project, PerformanceBaseline.of(project, calendar), options);
    }

    /**
     * Compiles a project against a performance measurement baseline already built for it.
     *
     * @param project the project
     * @param baseline the project's performance measurement baseline
     * @param options the options
     * @return the engine for the project
     * @throws IllegalArgumentException if the baseline is of another currency or start
     * @throws EvmInputException as {@link #of(Project, WorkCalendar, EvmOptions)}
     */
    public static ProjectEvm of(Project project, PerformanceBaseline baseline, EvmOptions options) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(options, "options");
        if (!baseline.currency().equals(project.currency()) || !baseline.start().equals(project.start())) {
            throw new IllegalArgumentException("the baseline (" + baseline.currency() + " from " + baseline.start()
                    + ") is not the project's (" + project.currency() + " from " + project.start() + ")");
        }
        return new ProjectEvm(project, baseline, options);
    }

    /**
     * Returns the project's identifier.
     *
     * @return the project id
     */
    public ProjectId projectId() {
        return projectId;
    }

    /**
     * Returns the department that owns the project, if known.
     *
     * @return the department
     */
    public Optional<String> department() {
        return department;
    }

    /**
     * Returns the performance measurement baseline.
     *
     * @return the baseline
     */
    public PerformanceBaseline baseline() {
        return baseline;
    }

    /**
     * Returns the options.
     *
     * @return the options
     */
    public EvmOptions options() {
        return options;
    }

    /**
     * Returns the activities measured: the baselined ones in the baseline's order, then the project's
     * other activities, then those that only records name.
     *
     * @return the activity ids, unmodifiable
     */
    public List<ActivityId> activities() {
        return ledger.ids;
    }

    /**
     * Measures the project at a status date.
     *
     * @param statusDate the status date, inclusive
     * @return the figures of the project, its activities, WBS nodes and phases
     * @throws EvmInputException if the calendar does not cover the status date
     */
    public EvmStatus at(LocalDate statusDate) {
        Objects.requireNonNull(statusDate, "statusDate");
        return new EvmStatus(this, statusDate);
    }

    /**
     * Measures the project at the end of each period of the options from the start to a status date.
     *
     * @param statusDate the status date, the last point
     * @return the series
     * @throws EvmInputException if the calendar does not cover a date of the series
     */
    public EvmSeries series(LocalDate statusDate) {
        return series(statusDate, options.period());
    }

    /**
     * Measures the project at the end of each period from the start to a status date: the S-curves.
     * Each point equals the project's figures at that date ({@link #at(LocalDate)}), except that the
     * estimates to complete count at the status date only.
     *
     * @param statusDate the status date, the last point
     * @param period the period
     * @return the series
     * @throws EvmInputException if the calendar does not cover a date of the series
     */
    public EvmSeries series(LocalDate statusDate, Period period) {
        Objects.requireNonNull(statusDate, "statusDate");
        Objects.requireNonNull(period, "period");
        return EvmSeries.of(this, statusDate, period);
    }

    Ledger ledger() {
        return ledger;
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code ProjectEvm[CRM-2026, PerformanceBaseline[...]]}
     */
    @Override
    public String toString() {
        return "ProjectEvm[" + projectId + ", " + baseline + "]";
    }
}
