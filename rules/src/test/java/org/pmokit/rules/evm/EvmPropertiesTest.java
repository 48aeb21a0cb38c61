package org.pmokit.rules.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.evm.EvmFixtures.CNY;
import static org.pmokit.rules.evm.EvmFixtures.START;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.EarningRule;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.ProjectId;
import org.pmokit.core.project.SpreadCurve;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.MetricValue;

/**
 * The identities of earned value and earned schedule over random projects: CV = EV - AC, SV = EV -
 * PV, EAC(CPI) x CPI = BAC, 0 &lt;= ES &lt;= PD, ES grows with EV, a portfolio's totals are the sums of
 * its projects, and nothing depends on the order of the records.
 */
class EvmPropertiesTest {

    /** One random activity: its plan, its records and how it earns. */
    record Part(int offset, int length, long budget, SpreadCurve curve, EarningRule rule, String wbs, Phase phase,
            List<ProgressRecord> progress, List<ActualCost> costs) {
    }

    /** A random project and a status date. */
    record Case(List<Part> parts, LocalDate statusDate) {

        Project project(long seed) {
            List<Activity> activities = new ArrayList<>();
            List<BaselineActivity> planned = new ArrayList<>();
            List<ProgressRecord> progress = new ArrayList<>();
            List<ActualCost> costs = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Part p = parts.get(i);
                String id = "A" + i;
                activities.add(Activity.builder(id, "Activity " + id).wbs(p.wbs()).phase(p.phase()).curve(p.curve())
                        .earningRule(p.rule()).build());
                LocalDate start = START.plusDays(p.offset());
                planned.add(new BaselineActivity(ActivityId.of(id), start, start.plusDays(p.length()),
                        Money.ofMinor(CNY, p.budget())));
                for (ProgressRecord r : p.progress()) {
                    progress.add(new ProgressRecord(r.date(), ActivityId.of(id), r.percentComplete(), r.actualStart(),
                            r.actualFinish(), r.remainingDuration()));
                }
                for (ActualCost c : p.costs()) {
                    costs.add(new ActualCost(c.date(), ActivityId.of(id), c.amount()));
                }
            }
            if (seed != 0) {
                Random random = new Random(seed);
                Collections.shuffle(activities, random);
                Collections.shuffle(planned, random);
                Collections.shuffle(progress, random);
                Collections.shuffle(costs, random);
            }
            return EvmFixtures.project().activities(activities).baseline(new Baseline(1, START, planned))
                    .progress(progress).actualCosts(costs).build();
        }
    }

    private static final ActivityId ANY = ActivityId.of("X");

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<ProgressRecord> record = Combinators.combine(Arbitraries.integers().between(-5, 100),
                Arbitraries.integers().between(0, 1000), Arbitraries.of(true, false))
                .as((day, tenths, started) -> {
                    BigDecimal percent = BigDecimal.valueOf(tenths, 1);
                    boolean done = tenths == 1000;
                    LocalDate date = START.plusDays(day);
                    return new ProgressRecord(date, ANY, percent, started || done ? Optional.of(START) : Optional.empty(),
                            done ? Optional.of(date) : Optional.empty(), OptionalInt.empty());
                });
        Arbitrary<ActualCost> cost = Combinators.combine(Arbitraries.integers().between(-5, 100),
                Arbitraries.longs().between(-100_000, 50_000_000))
                .as((day, minor) -> new ActualCost(START.plusDays(day), ANY, Money.ofMinor(CNY, minor)));
        Arbitrary<Part> part = Combinators.combine(
                Arbitraries.integers().between(-3, 60), Arbitraries.integers().between(-1, 40),
                Arbitraries.longs().between(0, 1_000_000_000L), Arbitraries.of(SpreadCurve.class),
                Arbitraries.of(EarningRule.class), Arbitraries.of("1", "1.1", "1.2", "2.1", "2.1.1", "3"),
                Arbitraries.of(Phase.class), record.list().ofMaxSize(4))
                .as((offset, length, budget, curve, rule, wbs, phase, progress) ->
                        new Part(offset, length, budget, curve, rule, wbs, phase, progress, List.of()));
        Arbitrary<List<Part>> parts = Combinators.combine(part.list().ofMinSize(1).ofMaxSize(8),
                cost.list().ofMaxSize(12)).as((ps, cs) -> {
                    List<Part> withCosts = new ArrayList<>();
                    for (int i = 0; i < ps.size(); i++) {
                        Part p = ps.get(i);
                        List<ActualCost> mine = new ArrayList<>();
                        for (int c = i; c < cs.size(); c += ps.size()) {
                            mine.add(cs.get(c));
                        }
                        withCosts.add(new Part(p.offset(), p.length(), p.budget(), p.curve(), p.rule(), p.wbs(),
                                p.phase(), p.progress(), mine));
                    }
                    return withCosts;
                });
        return Combinators.combine(parts, Arbitraries.integers().between(-3, 110))
                .as((ps, day) -> new Case(ps, START.plusDays(day)));
    }

    private static List<EvmFigures> everyScope(EvmStatus s) {
        List<EvmFigures> all = new ArrayList<>();
        all.add(s.project());
        all.addAll(s.activities().values());
        all.addAll(s.wbs().values());
        all.addAll(s.phases().values());
        return all;
    }

    @Property(tries = 300)
    void variances_areTheDifferences(@ForAll("cases") Case c) {
        for (EvmFigures f : everyScope(ProjectEvm.of(c.project(0)).at(c.statusDate()))) {
            assertThat(f.cv()).isEqualTo(f.ev().minus(f.ac()));
            assertThat(f.sv()).isEqualTo(f.ev().minus(f.pv()));
            assertThat(f.get(EvmMetric.CV)).isEqualTo(new MetricValue.Amount(f.ev().minus(f.ac())));
        }
    }

    @Property(tries = 300)
    void eacByCpi_timesCpi_isBac(@ForAll("cases") Case c) {
        for (EvmFigures f : everyScope(ProjectEvm.of(c.project(0)).at(c.statusDate()))) {
            if (f.eac(EacMethod.CPI) instanceof MetricValue.Amount eac) {
                double cpi = ((MetricValue.Ratio) f.cpi()).value();
                double bac = f.bac().toMinorUnits();
                // EAC is rounded once to the minor unit: off by at most half a unit, times CPI
                assertThat(eac.money().toMinorUnits() * cpi).isCloseTo(bac,
                        org.assertj.core.api.Assertions.within(0.5 * cpi + 1e-9 * bac));
            }
        }
    }

    @Property(tries = 300)
    void earnedSchedule_isWithinThePlannedDuration(@ForAll("cases") Case c) {
        ProjectEvm evm = ProjectEvm.of(c.project(0));
        for (EvmFigures f : everyScope(evm.at(c.statusDate()))) {
            if (f.es() instanceof MetricValue.Quantity es) {
                double pd = ((MetricValue.Quantity) f.pd()).value();
                assertThat(es.value()).isBetween(0.0, pd);
            }
        }
        EvmSeries s = evm.series(c.statusDate());
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i, EvmMetric.ES) instanceof MetricValue.Quantity es) {
                assertThat(es.value()).isBetween(0.0, (double) evm.baseline().plannedDuration());
            }
        }
    }

    @Property(tries = 200)
    void earnedSchedule_growsWithEarnedValue_andPvReachesEvByIt(@ForAll("cases") Case c) {
        PerformanceBaseline pmb = PerformanceBaseline.of(c.project(0), WorkCalendar.MON_FRI);
        long bac = pmb.bac();
        if (bac == 0) {
            return;
        }
        Random random = new Random(bac);
        long[] evs = new long[40];
        for (int i = 0; i < evs.length; i++) {
            evs[i] = i == 0 ? 0 : i == 1 ? bac : (long) (random.nextDouble() * bac);
        }
        java.util.Arrays.sort(evs);
        double previous = -1;
        for (long ev : evs) {
            double es = pmb.earnedSchedule(ev);
            assertThat(es).isGreaterThanOrEqualTo(previous);
            // PV after floor(ES) days has not passed EV (unless work planned before the start already
            // has), and after ceil(ES) days has reached it
            if (es >= 1) {
                assertThat(pmb.through((int) Math.floor(es))).isLessThanOrEqualTo(ev);
            }
            assertThat(pmb.through((int) Math.ceil(es))).isGreaterThanOrEqualTo(Math.min(ev, bac));
            previous = es;
        }
        assertThat(pmb.earnedSchedule(bac)).isEqualTo(pmb.plannedDuration());
    }

    @Property(tries = 200)
    void resultsDoNotDependOnTheOrderOfTheRecords(@ForAll("cases") Case c, @ForAll @LongRange(min = 1) long seed) {
        ProjectEvm ordered = ProjectEvm.of(c.project(0));
        ProjectEvm shuffled = ProjectEvm.of(c.project(seed));
        EvmStatus a = ordered.at(c.statusDate());
        EvmStatus b = shuffled.at(c.statusDate());
        assertThat(b.project()).isEqualTo(a.project());
        assertThat(b.activities()).isEqualTo(a.activities());
        assertThat(b.wbs()).isEqualTo(a.wbs());
        assertThat(b.phases()).isEqualTo(a.phases());
        assertThat(b.costWithoutProgress()).containsExactlyInAnyOrderElementsOf(a.costWithoutProgress());
        assertThat(b.progressWithoutCost()).containsExactlyInAnyOrderElementsOf(a.progressWithoutCost());
        EvmSeries x = ordered.series(c.statusDate());
        EvmSeries y = shuffled.series(c.statusDate());
        for (int i = 0; i < x.size(); i++) {
            assertThat(y.figures(i)).isEqualTo(x.figures(i));
        }
    }

    @Property(tries = 200)
    void theProject_isTheSumOfItsActivities_andEachSeriesPointIsTheProjectAtItsDate(@ForAll("cases") Case c) {
        ProjectEvm evm = ProjectEvm.of(c.project(0));
        EvmStatus s = evm.at(c.statusDate());
        Money pv = Money.zero(CNY);
        Money ev = Money.zero(CNY);
        Money ac = Money.zero(CNY);
        Money bac = Money.zero(CNY);
        for (EvmFigures f : s.activities().values()) {
            pv = pv.plus(f.pv());
            ev = ev.plus(f.ev());
            ac = ac.plus(f.ac());
            bac = bac.plus(f.bac());
        }
        assertThat(List.of(pv, ev, ac, bac)).containsExactly(s.project().pv(), s.project().ev(), s.project().ac(),
                s.project().bac());
        assertThat(s.project().pv()).isEqualTo(evm.baseline().plannedValueAt(c.statusDate()));
        for (Period period : Period.values()) {
            EvmSeries series = evm.series(c.statusDate(), period);
            for (int i = 0; i < series.size(); i++) {
                assertThat(series.figures(i)).isEqualTo(evm.at(series.date(i)).project());
            }
        }
    }

    @Property(tries = 200)
    void plannedValue_isTheSumOfTheActivitiesPlannedValueByDate(@ForAll("cases") Case c) {
        Project p = c.project(0);
        PerformanceBaseline pmb = PerformanceBaseline.of(p, WorkCalendar.MON_FRI);
        Money sum = Money.zero(CNY);
        for (BaselineActivity b : p.currentBaseline().orElseThrow().activities()) {
            SpreadCurve curve = p.activities().stream().filter(a -> a.id().equals(b.activity())).findFirst()
                    .orElseThrow().curve().orElseThrow();
            sum = sum.plus(PlannedValue.ofActivity(b, curve, WorkCalendar.MON_FRI, c.statusDate()));
        }
        assertThat(pmb.plannedValueAt(c.statusDate())).isEqualTo(sum);
    }

    @Property(tries = 100)
    void portfolioTotals_areTheSumsOfItsProjects(@ForAll("cases") Case first, @ForAll("cases") Case second,
            @ForAll("cases") Case third) {
        List<EvmStatus> projects = new ArrayList<>();
        String[] departments = {"Retail", null, "Retail"};
        Case[] cases = {first, second, third};
        for (int i = 0; i < cases.length; i++) {
            Project p = cases[i].project(0).toBuilder().id(ProjectId.of("P" + i)).department(departments[i]).build();
            projects.add(ProjectEvm.of(p).at(cases[i].statusDate()));
        }
        PortfolioEvm portfolio = PortfolioEvm.of(projects);
        assertThat(portfolio.overall().bac()).isEqualTo(sum(projects, EvmFigures::bac));
        assertThat(portfolio.overall().pv()).isEqualTo(sum(projects, EvmFigures::pv));
        assertThat(portfolio.overall().ev()).isEqualTo(sum(projects, EvmFigures::ev));
        assertThat(portfolio.overall().ac()).isEqualTo(sum(projects, EvmFigures::ac));
        assertThat(portfolio.byDepartment().get("Retail").ac())
                .isEqualTo(sum(List.of(projects.get(0), projects.get(2)), EvmFigures::ac));
        assertThat(portfolio.withoutDepartment().orElseThrow().ev()).isEqualTo(projects.get(1).project().ev());
    }

    private static Money sum(List<EvmStatus> projects, java.util.function.Function<EvmFigures, Money> part) {
        Money sum = Money.zero(CNY);
        for (EvmStatus s : projects) {
            sum = sum.plus(part.apply(s.project()));
        }
        return sum;
    }

    @Property(tries = 1000)
    void mulDivHalfEven_isTheExactQuotientRoundedHalfEven(@ForAll @LongRange(min = 0) long a,
            @ForAll @LongRange(min = 0, max = 1L << 40) long b, @ForAll @LongRange(min = 1) long c) {
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
                .divide(new BigDecimal(c), 0, RoundingMode.HALF_EVEN);
        if (exact.toBigIntegerExact().bitLength() < 63) {
            assertThat(MinorUnits.mulDivHalfEven(a, b, c)).isEqualTo(exact.longValueExact());
        }
    }

    @Property(tries = 300)
    void percentOf_isTheExactShareRoundedHalfEven(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long budget,
            @ForAll @LongRange(min = 0, max = 100_000_000) long hundredMillionths) {
        BigDecimal percent = BigDecimal.valueOf(hundredMillionths, 6);
        BigDecimal exact = BigDecimal.valueOf(budget).multiply(percent).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.HALF_EVEN);
        assertThat(Ledger.percentOf(budget, percent)).isEqualTo(exact.longValueExact());
        assertThat(Ledger.percentOf(budget, percent.stripTrailingZeros())).isEqualTo(exact.longValueExact());
    }

    @Property(tries = 50)
    void options_doNotChangeTheSums(@ForAll("cases") Case c) {
        Project p = c.project(0);
        EvmFigures byDefault = ProjectEvm.of(p).at(c.statusDate()).project();
        EvmFigures monthly = ProjectEvm.of(p, WorkCalendar.MON_FRI, EvmOptions.defaults().withPeriod(Period.MONTH)
                .withEacMethod(EacMethod.BUDGET_RATE).withEstimatesToComplete(Map.of())).at(c.statusDate()).project();
        assertThat(monthly.withEacMethod(EacMethod.CPI)).isEqualTo(byDefault);
    }
}
