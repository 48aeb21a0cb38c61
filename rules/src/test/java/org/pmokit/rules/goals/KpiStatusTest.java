package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.date;
import static org.pmokit.rules.goals.Fixtures.dec;
import static org.pmokit.rules.goals.Fixtures.reading;
import static org.pmokit.rules.goals.Fixtures.retention;
import static org.pmokit.rules.goals.Fixtures.smart;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiReading;

class KpiStatusTest {

    private static KpiStatus status(Kpi kpi) {
        return KpiStatus.of(smart("G2"), kpi, date("2026-04-30"));
    }

    @Test
    void countsOnlyReadingsOnOrBeforeTheStatusDate_byDate() {
        KpiStatus s = status(retention(reading("2026-05-01", "90"), reading("2026-04-30", "79"),
                reading("2026-01-31", "76")));

        assertThat(s.readings()).extracting(KpiReading::date).containsExactly(date("2026-01-31"), date("2026-04-30"));
        assertThat(s.latest()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("79"));
    }

    @Test
    void progress_isTheShareOfTheWayFromBaselineToTarget() {
        assertThat(status(retention(reading("2026-04-30", "79"))).progress())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.5"));
        assertThat(status(retention(reading("2026-04-30", "76"))).progress())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0"));
        assertThat(status(retention(reading("2026-04-30", "85"))).progress())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("1.5"));
        assertThat(status(retention(reading("2026-04-30", "73"))).progress())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("-0.5"));
    }

    @Test
    void latest_isTheMeanOfReadingsOnTheLatestDate() {
        KpiStatus s = status(retention(reading("2026-04-30", "79"), reading("2026-04-30", "80"),
                reading("2026-03-31", "70")));

        assertThat(s.latest()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("79.5"));
    }

    @Test
    void progress_isEmpty_withoutAReading_orATargetEqualToTheBaseline() {
        Kpi flat = new Kpi("Retention", Optional.empty(), Optional.of("%"), Optional.of(dec("82")),
                Optional.of(dec("82")), Optional.of(Direction.INCREASE), List.of(reading("2026-04-30", "82")));

        assertThat(status(retention()).progress()).isEmpty();
        assertThat(status(retention(reading("2026-05-31", "79"))).progress()).isEmpty();
        assertThat(status(flat).progress()).isEmpty();
    }

    @Test
    void way_isTheSignOfTargetMinusBaseline_elseTheDirection_elseUnknown() {
        Kpi disagreeing = new Kpi("Retention", Optional.empty(), Optional.of("%"), Optional.of(dec("76")),
                Optional.of(dec("82")), Optional.of(Direction.DECREASE), List.of());
        Kpi directionOnly = new Kpi("Retention", Optional.empty(), Optional.of("%"), Optional.empty(),
                Optional.empty(), Optional.of(Direction.DECREASE), List.of());
        Kpi neither = new Kpi("Retention", Optional.empty(), Optional.of("%"), Optional.of(dec("76")),
                Optional.of(dec("76")), Optional.empty(), List.of());

        assertThat(status(disagreeing).way()).isEqualTo(1);
        assertThat(status(directionOnly).way()).isEqualTo(-1);
        assertThat(status(neither).way()).isZero();
    }

    @Test
    void reached_whenTheLatestReadingMeetsTheTargetInItsWay() {
        assertThat(status(retention(reading("2026-04-30", "82"))).reached()).isTrue();
        assertThat(status(retention(reading("2026-04-30", "81.99"))).reached()).isFalse();
        assertThat(status(retention()).reached()).isFalse();
    }

    @Test
    void displayScale_isOneMoreThanTheMostDecimalsOfAGivenValue() {
        assertThat(status(retention()).displayScale()).isEqualTo(1);
        assertThat(status(retention(reading("2026-04-30", "79.25"))).displayScale()).isEqualTo(3);
        assertThat(status(retention(reading("2026-04-30", "79.500"))).displayScale()).isEqualTo(2);
    }
}
