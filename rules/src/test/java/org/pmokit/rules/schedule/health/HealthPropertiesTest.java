package org.pmokit.rules.schedule.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityConstraint;
import org.pmokit.core.project.ConstraintType;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.schedule.ScheduleAnalysis;

/**
 * Invariants of the schedule-health measures on random acyclic networks: 1-40 activities (some
 * milestones, some without resources), links of all four types with leads and lags to
 * earlier-made activities, optional date constraints, listed in random order.
 */
class HealthPropertiesTest {

    /** A random network; finish-to-start links without lags and without constraints if {@code plain}. */
    static Project network(long seed, boolean plain) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(40);
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int duration = r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(60);
            Activity.Builder b = r.nextInt(8) == 0
                    ? Activity.builder("A" + i, "Activity " + i).duration(duration)
                    : HealthFixtures.activity("A" + i, duration);
            int links = i == 0 ? 0 : r.nextInt(4);
            for (int k = 0; k < links; k++) {
                DependencyType type = plain ? DependencyType.FS : DependencyType.values()[r.nextInt(4)];
                int lag = plain || r.nextInt(3) > 0 ? 0 : r.nextInt(9) - 4;
                b.predecessor(Dependency.of("A" + r.nextInt(i), type, lag));
            }
            if (!plain && r.nextInt(5) == 0) {
                ConstraintType kind = ConstraintType.values()[r.nextInt(4)];
                b.constraint(new ActivityConstraint(kind, HealthFixtures.START.plusDays(r.nextInt(80))));
            }
            activities.add(b.build());
        }
        Collections.shuffle(activities, r);
        return HealthFixtures.builder().activities(activities).build();
    }

    /** The same network listed in another order. */
    static Project reordered(Project project, long seed) {
        Random r = new Random(seed);
        List<Activity> activities = new ArrayList<>(project.activities());
        Collections.shuffle(activities, r);
        return project.toBuilder().activities(activities).build();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<LocalDate> statusDates() {
        return Arbitraries.integers().between(-1, 70).map(d -> HealthFixtures.START.plusDays(d));
    }

    private static ScheduleHealth health(Project p, LocalDate statusDate) {
        EvaluationContext context = EvaluationContext.at(statusDate);
        return ScheduleHealth.of(p, context, new RuleInput(p, context).get(ScheduleAnalysis.OUTCOME));
    }

    @Property(tries = 300)
    void sharesAndCounts_stayWithinTheirPopulation(@ForAll("seeds") long seed, @ForAll("statusDates") LocalDate status) {
        Project p = network(seed, false);
        Evaluation e = HealthFixtures.evaluate(p, status);
        ScheduleHealth h = health(p, status);
        for (HealthCheck c : HealthCheck.values()) {
            Measure m = h.measure(c);
            MetricValue metric = e.metrics().get(c.metricName());
            assertThat(metric).as("metric of %s", c).isNotNull();
            if (!m.isDefined() || c == HealthCheck.CPLI || c == HealthCheck.CRITICAL_PATH_TEST) {
                continue;
            }
            assertThat(m.count()).as("%s", c).isBetween(0, m.population());
            assertThat(m.items()).as("%s", c).hasSizeLessThanOrEqualTo(m.population());
            if (metric instanceof MetricValue.Ratio ratio && c != HealthCheck.BEI) {
                assertThat(ratio.value()).as("%s", c).isBetween(0.0, 1.0);
            }
        }
        // the test never moves the finish by more than the delay
        Measure test = h.measure(HealthCheck.CRITICAL_PATH_TEST);
        if (test.isDefined()) {
            assertThat(Math.abs(test.count())).isLessThanOrEqualTo(CriticalPathTest.DELAY);
        }
    }

    @Property(tries = 300)
    void criticalPathTest_passes_onEveryFinishToStartNetworkWithoutConstraints(@ForAll("seeds") long seed,
            @ForAll("statusDates") LocalDate status) {
        Project p = network(seed, true);
        Measure m = health(p, status).measure(HealthCheck.CRITICAL_PATH_TEST);

        assertThat(m.isDefined()).isTrue();
        assertThat(m.population()).isEqualTo(CriticalPathTest.DELAY);
        assertThat(m.count()).isEqualTo(CriticalPathTest.DELAY);
        assertThat(HealthFixtures.findings(p, status, "DCMA-012")).isEmpty();
    }

    @Property(tries = 200)
    void measures_doNotDependOnTheOrderOfTheActivities(@ForAll("seeds") long seed, @ForAll("statusDates") LocalDate status) {
        Project p = network(seed, false);
        Project q = reordered(p, seed + 1);
        ScheduleHealth a = health(p, status);
        ScheduleHealth b = health(q, status);
        for (HealthCheck c : HealthCheck.values()) {
            assertThat(b.measure(c).count()).as("%s", c).isEqualTo(a.measure(c).count());
            assertThat(b.measure(c).population()).as("%s", c).isEqualTo(a.measure(c).population());
            assertThat(b.measure(c).items()).as("%s", c).containsExactlyInAnyOrderElementsOf(a.measure(c).items());
        }
    }
}
