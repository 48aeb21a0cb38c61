package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.schedule.Fixtures.activity;
import static org.pmokit.rules.schedule.Fixtures.generalFoundry;
import static org.pmokit.rules.schedule.Fixtures.id;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.EvaluationContext;

class ScheduleNetworkTest {

    @Test
    void plan_describesTheNetwork() {
        ScheduleNetwork g = ScheduleNetwork.plan(generalFoundry(), WorkCalendar.MON_FRI);
        assertThat(g.size()).isEqualTo(8);
        assertThat(g.linkCount()).isEqualTo(8);
        assertThat(g.start()).isEqualTo(Fixtures.START);
        assertThat(g.calendar()).isEqualTo(WorkCalendar.MON_FRI);
        assertThat(g.statusDate()).isEmpty();
        assertThat(g).hasToString("ScheduleNetwork[8 activities, 8 links, WorkCalendar[MON_FRI] from 2026-01-05]");
    }

    @Test
    void of_takesTheStatusDateAndCalendarOfTheContext() {
        LocalDate status = LocalDate.of(2026, 1, 14);
        ScheduleNetwork g = ScheduleNetwork.of(generalFoundry(), EvaluationContext.at(status).withCalendar(WorkCalendar.CN));
        assertThat(g.statusDate()).contains(status);
        assertThat(g.calendar()).isEqualTo(WorkCalendar.CN);
        assertThat(g.toString()).endsWith(", status 2026-01-14]");
    }

    /** Delaying F (float 6) by 6 keeps the finish at 15; by 7 moves it to 16. The network itself is unchanged. */
    @Test
    void withDelay_changesOneActivity_inACopy() {
        ScheduleNetwork g = ScheduleNetwork.plan(generalFoundry(), WorkCalendar.MON_FRI);
        CriticalPath cpm = CriticalPath.standard();
        assertThat(cpm.schedule(g.withDelay(id("F"), 6)).projectFinish()).isEqualTo(15);
        assertThat(cpm.schedule(g.withDelay(id("F"), 7)).projectFinish()).isEqualTo(16);
        assertThat(cpm.schedule(g).projectFinish()).isEqualTo(15);
        assertThat(cpm.schedule(g.withDelay(id("H"), -2)).projectFinish()).isEqualTo(13);
    }

    /** A milestone delayed by 2 becomes a 2-day activity: M after A [0,3) then [3,5), B after it at 5. */
    @Test
    void withDelay_ofAMilestone_givesItADuration() {
        ScheduleNetwork g = ScheduleNetwork.plan(Fixtures.project(activity("A", 3), activity("M", 0, "A"),
                activity("B", 1, "M")), WorkCalendar.MON_FRI);
        Schedule s = CriticalPath.standard().schedule(g.withDelay(id("M"), 2));
        assertThat(s.duration(1)).isEqualTo(2);
        assertThat(s.earlyFinish(1)).isEqualTo(5);
        assertThat(s.earlyStart(2)).isEqualTo(5);
        assertThat(s.earlyStartDate(1)).isEqualTo(LocalDate.of(2026, 1, 8));
    }
}
