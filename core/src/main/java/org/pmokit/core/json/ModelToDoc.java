package org.pmokit.core.json;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.PredecessorAddition;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Risk;
import org.pmokit.core.time.WorkCalendar;

/**
 * Turns the model into the document to write, the inverse of {@link DocToModel}: what the model
 * does not have is left out, so that reading and writing a document gives the same JSON.
 *
 * <p>What is left out: empty optional parts; empty lists inside entities (an activity without
 * predecessors, a goal without requirements) and an empty {@code cashFlows}, while the other
 * top-level lists (those of the agreed example) and a change request's {@code decisions} are always
 * written; the type and lag of a link that is finish-to-start without
 * lag (a link that is not is written with both); the covered years of a custom calendar when they
 * are the years of its dates. Amounts and KPI values are written as strings with every digit,
 * other decimals as JSON numbers with every digit.
 *
 * <p>This class is stateless.
 */
final class ModelToDoc {

    /** The largest scale (either sign) of a decimal written in plain digits, as Jackson allows for numbers. */
    private static final int MAX_PLAIN_SCALE = 9_999;

    private ModelToDoc() {
    }

    /**
     * Maps a project.
     *
     * @param p the project
     * @return the document
     */
    static Doc.Project document(Project p) {
        return new Doc.Project(ProjectJson.SCHEMA_VERSION, p.id().value(), p.name(), p.localName().orElse(null),
                p.description().orElse(null), p.sponsor().orElse(null), p.manager().orElse(null),
                p.department().orElse(null), p.currency().getCurrencyCode(), calendar(p.calendar()), p.start(),
                p.statusDate().orElse(null), p.phase().orElse(null),
                all(p.goals(), ModelToDoc::goal),
                all(p.requirements(), r -> new Doc.Requirement(r.id().value(), r.type(), r.priority().orElse(null),
                        r.title(), r.description().orElse(null))),
                all(p.resources(), r -> new Doc.Resource(r.id().value(), r.name(), r.type(), money(r.rate()),
                        r.capacity().orElse(null))),
                all(p.activities(), ModelToDoc::activity),
                all(p.milestones(), m -> new Doc.Milestone(m.id().value(), m.name(), m.kind().orElse(null),
                        m.activity().map(ActivityId::value).orElse(null), m.due().orElse(null),
                        m.deliverable().orElse(null), m.acceptance().orElse(null), m.owner().orElse(null),
                        m.actual().orElse(null))),
                p.budget().map(b -> new Doc.Budget(money(b.approvedTotal()), money(b.contingencyReserve()),
                        money(b.managementReserve()))).orElse(null),
                all(p.risks(), ModelToDoc::risk),
                all(p.changeRequests(), ModelToDoc::changeRequest),
                all(p.baselines(), b -> new Doc.Baseline(b.version(), b.approved(), some(b.activities(),
                        a -> new Doc.BaselineActivity(a.activity().value(), a.start(), a.finish(), money(a.budget()))))),
                all(p.progress(), r -> new Doc.Progress(r.date(), r.activity().value(), r.percentComplete(),
                        r.actualStart().orElse(null), r.actualFinish().orElse(null), integer(r.remainingDuration()))),
                all(p.actualCosts(), c -> new Doc.ActualCost(c.date(), c.activity().value(), money(c.amount()))),
                some(p.cashFlows(), c -> new Doc.CashFlow(c.period(), money(c.amount()), c.description().orElse(null))));
    }

    private static Doc.Calendar calendar(WorkCalendar c) {
        if (c.isBuiltIn() && WorkCalendar.named(c.name()).isPresent()) {
            return new Doc.Calendar(c.name(), null);
        }
        List<DayOfWeek> weekend = new ArrayList<>(c.weekend());
        List<LocalDate> holidays = new ArrayList<>(c.holidays());
        List<LocalDate> workdays = new ArrayList<>(c.workdays());
        // The covered years go into the document only when they are not those of the dates.
        WorkCalendar derived = WorkCalendar.custom(c.weekend(), holidays, workdays);
        boolean derivable = derived.firstCoveredYear().equals(c.firstCoveredYear())
                && derived.lastCoveredYear().equals(c.lastCoveredYear());
        Integer first = derivable ? null : c.firstCoveredYear().map(y -> y.getValue()).orElse(null);
        Integer last = derivable ? null : c.lastCoveredYear().map(y -> y.getValue()).orElse(null);
        return new Doc.Calendar(null, new Doc.CustomCalendar(weekend, holidays, workdays, first, last));
    }

    private static Doc.Goal goal(Goal g) {
        return new Doc.Goal(g.id().value(), g.statement(), g.kpi().map(ModelToDoc::kpi).orElse(null),
                g.deadline().orElse(null), g.owner().orElse(null), g.objective().orElse(null),
                some(g.requirements(), r -> r.value()));
    }

    private static Doc.Kpi kpi(Kpi k) {
        return new Doc.Kpi(k.name(), k.dimension().orElse(null), k.unit().orElse(null), decimal(k.baseline()),
                decimal(k.target()), k.direction().orElse(null),
                some(k.readings(), r -> new Doc.KpiReading(r.date(), plain(r.value()))));
    }

    private static Doc.Activity activity(Activity a) {
        return new Doc.Activity(a.id().value(), a.name(), a.wbs().orElse(null), a.phase().orElse(null), a.duration(),
                money(a.budget()), a.earningRule().orElse(null), a.curve().orElse(null),
                some(a.predecessors(), ModelToDoc::dependency),
                some(a.resources(), r -> new Doc.Assignment(r.resource().value(), r.units())),
                a.constraint().map(c -> new Doc.Constraint(c.type(), c.date())).orElse(null));
    }

    private static Doc.Dependency dependency(Dependency d) {
        boolean plain = d.type() == DependencyType.FS && d.lag() == 0;
        return new Doc.Dependency(d.predecessor().value(), plain ? null : d.type(), plain ? null : d.lag());
    }

    private static Doc.Risk risk(Risk r) {
        return new Doc.Risk(r.id().value(), r.title(), r.category(), r.kind(), r.probability(),
                new Doc.RiskImpact(money(r.impact().cost()), integer(r.impact().scheduleDays()),
                        integer(r.impact().level())),
                r.owner().orElse(null), r.strategy().orElse(null), r.response().orElse(null), r.status(),
                r.identified().orElse(null), r.reviewed().orElse(null), some(r.activities(), ActivityId::value),
                r.identifiedAt().orElse(null), r.responseStarted().orElse(null));
    }

    private static Doc.ChangeRequest changeRequest(ChangeRequest c) {
        return new Doc.ChangeRequest(c.id().value(), c.title(), c.type(), c.requester(), c.submitted().orElse(null),
                c.impact().map(i -> new Doc.Impact(money(i.cost()), i.scheduleDays(), i.business(), i.system(),
                        i.resource(), i.compliance())).orElse(null),
                c.status(),
                all(c.decisions(), d -> new Doc.Decision(d.by(), d.role(), d.decision(), d.at(), d.comment().orElse(null))),
                c.activities().map(ModelToDoc::changes).orElse(null));
    }

    private static Doc.ActivityChanges changes(ActivityChanges c) {
        return new Doc.ActivityChanges(some(c.add(), ModelToDoc::activity), some(c.remove(), ActivityId::value),
                some(c.modify(), m -> new Doc.Modification(m.activity().value(), m.name().orElse(null),
                        integer(m.duration()), money(m.budget()))),
                some(c.addPredecessors(), ModelToDoc::addition));
    }

    private static Doc.PredecessorAddition addition(PredecessorAddition a) {
        boolean plain = a.type() == DependencyType.FS && a.lag() == 0;
        return new Doc.PredecessorAddition(a.activity().value(), a.predecessor().value(), plain ? null : a.type(),
                plain ? null : a.lag());
    }

    private static Doc.NumberText money(Money m) {
        return new Doc.NumberText(m.amount().toPlainString());
    }

    private static Doc.NumberText money(Optional<Money> m) {
        return m.map(ModelToDoc::money).orElse(null);
    }

    private static Doc.NumberText decimal(Optional<BigDecimal> d) {
        return d.map(ModelToDoc::plain).orElse(null);
    }

    /**
     * A decimal as a string with every digit; refused, as Jackson refuses for numbers, when its
     * plain form would have more than {@value #MAX_PLAIN_SCALE} zeros to write.
     */
    private static Doc.NumberText plain(BigDecimal value) {
        if (Math.abs((long) value.scale()) > MAX_PLAIN_SCALE) {
            throw new IllegalArgumentException("decimal too large or too small to write in plain digits: " + value);
        }
        return new Doc.NumberText(value.toPlainString());
    }

    private static Integer integer(OptionalInt i) {
        return i.isPresent() ? i.getAsInt() : null;
    }

    /** Every element, even none: a list the document always has. */
    private static <T, D> List<D> all(List<T> items, Function<T, D> mapper) {
        return items.stream().map(mapper).toList();
    }

    /** The elements, or null (left out) when there are none. */
    private static <T, D> List<D> some(List<T> items, Function<T, D> mapper) {
        return items.isEmpty() ? null : all(items, mapper);
    }
}
