package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.examples.generator.ProjectGenerator;
import org.pmokit.rules.schedule.CriticalPath;
import org.pmokit.rules.schedule.Schedule;

/**
 * The critical path engine against the forward pass that {@link ProjectGenerator} runs on its own to
 * date the baseline of a generated project (all four link types, leads and lags, milestones, start
 * constraints at the early start, activities listed out of order). The generator dates an activity
 * from its early start to the day before its early finish, and a milestone on the date of its early
 * start offset (the engine dates a milestone on the day before its offset, FORMULAS.md section 1), so
 * milestones are compared by offset.
 */
class GeneratedProjectScheduleTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void plan_agreesWithTheGeneratorsForwardPass(long seed) {
        Project generated = ProjectGenerator.withSeed(seed).activities(3_000).calendar(WorkCalendar.MON_FRI)
                .baseline(true).generate();
        // The generator puts START_NO_EARLIER_THAN on the date of an activity's early start offset; for a
        // milestone that date is the day after the engine's milestone date, so it would hold the milestone
        // one day later: drop the constraints of milestones (those of other activities are met anyway).
        Project p = generated.toBuilder().activities(generated.activities().stream()
                .map(a -> a.isMilestone() ? a.toBuilder().constraint(null).build() : a).toList()).build();
        Schedule s = CriticalPath.standard().plan(p, WorkCalendar.MON_FRI);
        for (BaselineActivity b : p.currentBaseline().orElseThrow().activities()) {
            int i = s.indexOf(b.activity());
            if (s.duration(i) == 0) {
                assertThat(s.earlyStart(i)).as("offset of milestone %s", b.activity())
                        .isEqualTo(s.dayIndex().offsetOf(b.start()));
            } else {
                assertThat(s.earlyStartDate(i)).as("start of %s", b.activity()).isEqualTo(b.start());
                assertThat(s.earlyFinishDate(i)).as("finish of %s", b.activity()).isEqualTo(b.finish());
            }
            assertThat(s.totalFloat(i)).isNotNegative();
        }
        assertThat(s.criticalPaths()).isNotEmpty();
    }
}
