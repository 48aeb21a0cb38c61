package org.pmokit.examples.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.validation.DependencyCycles;
import org.pmokit.core.validation.ProjectValidator;
import org.pmokit.core.validation.ValidationResult;

class ProjectGeneratorTest {

    private static Project generate(long seed, int activities) {
        return ProjectGenerator.withSeed(seed).activities(activities).linksPerActivity(2.5).generate();
    }

    private static int links(Project p) {
        return p.activities().stream().mapToInt(a -> a.predecessors().size()).sum();
    }

    @Test
    void sameSeed_givesEqualProjects() {
        ProjectGenerator g = ProjectGenerator.withSeed(7).activities(2_000).baseline(true);
        Project first = g.generate();
        Project second = g.generate();
        assertThat(second).isEqualTo(first);
        assertThat(second.activities()).isEqualTo(first.activities());
        assertThat(second.baselines()).isEqualTo(first.baselines());
        assertThat(second.risks()).isEqualTo(first.risks());
    }

    @Test
    void otherSeed_givesAnotherProject() {
        assertThat(generate(1, 1_000).activities()).isNotEqualTo(generate(2, 1_000).activities());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 49, 50, 51, 1_000, 10_000})
    void generate_makesTheRequestedNumberOfActivities_withUniqueIds(int n) {
        Project p = generate(11, n);
        assertThat(p.activities()).hasSize(n);
        assertThat(p.activities().stream().map(Activity::id).distinct().count()).isEqualTo(n);
    }

    @Test
    void links_averageTheRequestedNumberPerActivity() {
        assertThat(links(generate(3, 20_000)) / 20_000.0).isBetween(2.4, 2.6);
        Project sparse = ProjectGenerator.withSeed(3).activities(20_000).linksPerActivity(1.0).generate();
        assertThat(links(sparse) / 20_000.0).isBetween(0.9, 1.1);
        Project none = ProjectGenerator.withSeed(3).activities(1_000).linksPerActivity(0).generate();
        assertThat(links(none)).isZero();
    }

    @Test
    void links_useAllFourTypes_mostlyFinishToStart_withLeadsAndLags() {
        Map<DependencyType, Integer> byType = new HashMap<>();
        int negative = 0;
        int positive = 0;
        for (Activity a : generate(5, 10_000).activities()) {
            for (Dependency d : a.predecessors()) {
                byType.merge(d.type(), 1, Integer::sum);
                negative += d.lag() < 0 ? 1 : 0;
                positive += d.lag() > 0 ? 1 : 0;
            }
        }
        assertThat(byType.keySet()).isEqualTo(EnumSet.allOf(DependencyType.class));
        int total = byType.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(byType.get(DependencyType.FS)).isGreaterThan(total * 3 / 4);
        assertThat(negative).isPositive();
        assertThat(positive).isPositive();
    }

    @Test
    void links_formNoCycle_butTheListOrderIsNotTopological() {
        Project p = generate(9, 10_000);
        assertThat(DependencyCycles.find(p.activities(), 10)).isEmpty();
        Map<ActivityId, Integer> position = new HashMap<>();
        for (int i = 0; i < p.activities().size(); i++) {
            position.put(p.activities().get(i).id(), i);
        }
        long backwards = p.activities().stream()
                .flatMap(a -> a.predecessors().stream().filter(d -> position.get(d.predecessor()) > position.get(a.id())))
                .count();
        assertThat(backwards).as("links to a predecessor listed later").isGreaterThan(links(p) / 4);
    }

    @Test
    void activities_haveWbsPhaseDurationAndBudgetInCny_andSomeAreMilestones() {
        Project p = generate(13, 10_000);
        assertThat(p.currency().getCurrencyCode()).isEqualTo("CNY");
        Set<Integer> durations = new HashSet<>();
        for (Activity a : p.activities()) {
            assertThat(a.wbs()).get().asString().matches("[0-9]+\\.[1-8]\\.[0-9]+\\.[0-9]+");
            assertThat(a.phase()).isPresent();
            assertThat(a.duration()).isBetween(0, 30);
            durations.add(a.duration());
            Money budget = a.budget().orElseThrow();
            assertThat(budget.currency()).isEqualTo(p.currency());
            assertThat(budget.isZero()).isEqualTo(a.isMilestone());
        }
        assertThat(durations).contains(0, 1, 30);
        assertThat(p.activities().stream().filter(Activity::isMilestone).count()).isBetween(300L, 2_000L);
        assertThat(p.goals()).isNotEmpty();
        assertThat(p.risks()).hasSize(20);
        assertThat(p.resources()).isNotEmpty();
        assertThat(p.milestones()).hasSize(8);
        assertThat(p.baselines()).isEmpty();
    }

    @Test
    void validator_findsNoViolation_in1000Activities() {
        ValidationResult result = ProjectValidator.standard().validate(generate(17, 1_000));
        assertThat(result.violations()).isEmpty();
    }

    @Test
    void validator_findsNoViolation_in100000Activities() {
        ValidationResult result = ProjectValidator.standard().validate(generate(19, 100_000));
        assertThat(result.violations()).isEmpty();
    }

    @Test
    void validator_findsNoViolation_withTheChineseCalendar() {
        Project p = ProjectGenerator.withSeed(23).activities(5_000).calendar(WorkCalendar.CN).generate();
        assertThat(ProjectValidator.standard().validate(p).violations()).isEmpty();
        assertThat(p.activities()).anyMatch(a -> a.constraint().isPresent());
    }

    @Test
    void baseline_followsTheLinks_andValidates() {
        Project p = ProjectGenerator.withSeed(29).activities(3_000).baseline(true).generate();
        assertThat(ProjectValidator.standard().validate(p).violations()).isEmpty();
        List<BaselineActivity> rows = p.baselines().get(0).activities();
        assertThat(rows).hasSize(3_000);
        Map<ActivityId, BaselineActivity> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.activity(), r));
        for (Activity a : p.activities()) {
            BaselineActivity row = byId.get(a.id());
            assertThat(row.budget()).isEqualTo(a.budget().orElseThrow());
            for (Dependency d : a.predecessors()) {
                if (d.type() == DependencyType.FS && d.lag() >= 0) {
                    assertThat(row.start()).isAfterOrEqualTo(byId.get(d.predecessor()).finish());
                }
            }
        }
    }

    @Test
    void baseline_beyondTheCalendarsCoverage_isRefused() {
        ProjectGenerator g = ProjectGenerator.withSeed(31).activities(10_000).calendar(WorkCalendar.CN).baseline(true);
        assertThatThrownBy(g::generate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("a baseline needs every planned date within the coverage of calendar CN");
    }

    @Test
    void generate_makesAMillionActivities() {
        Project p = generate(37, 1_000_000);
        assertThat(p.activities()).hasSize(1_000_000);
        assertThat(links(p) / 1_000_000.0).isBetween(2.4, 2.6);
        assertThat(DependencyCycles.find(p.activities(), 1)).isEmpty();
    }

    @Test
    void settings_outOfRange_areRefused() {
        ProjectGenerator g = ProjectGenerator.withSeed(1);
        assertThatThrownBy(() -> g.activities(0)).hasMessage("activities must be within 1 to 10000000: 0");
        assertThatThrownBy(() -> g.linksPerActivity(-0.5)).hasMessage("links per activity must be within 0 to 10.0: -0.5");
        assertThatThrownBy(() -> g.linksPerActivity(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.start(java.time.LocalDate.of(2030, 1, 7)).calendar(WorkCalendar.CN).generate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("start 2030-01-07 lies outside the coverage of calendar CN");
    }
}
