package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;

class EvaluationContextTest {

    private static final LocalDate STATUS = LocalDate.of(2025, 6, 30);
    private static final Project PROJECT = Fixtures.project("P1");

    @Test
    void at_usesTheDefaultPolicyTheProjectsCalendarAndEnglish() {
        EvaluationContext context = EvaluationContext.at(STATUS);

        assertThat(context.statusDate()).isEqualTo(STATUS);
        assertThat(context.policy()).isEqualTo(Policy.defaults());
        assertThat(context.calendar()).isEmpty();
        assertThat(context.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void of_usesTheProjectsStatusDate() {
        Project reported = PROJECT.toBuilder().statusDate(STATUS).build();

        assertThat(EvaluationContext.of(reported)).isEqualTo(EvaluationContext.at(STATUS));
    }

    @Test
    void of_usesTheProjectsStart_whenItHasNoStatusDate() {
        assertThat(EvaluationContext.of(PROJECT).statusDate()).isEqualTo(Fixtures.START);
    }

    @Test
    void calendarFor_usesTheProjectsCalendar_withoutAnOverride() {
        Project chinese = PROJECT.toBuilder().calendar(WorkCalendar.CN).build();

        assertThat(EvaluationContext.at(STATUS).calendarFor(PROJECT)).isEqualTo(WorkCalendar.MON_FRI);
        assertThat(EvaluationContext.at(STATUS).calendarFor(chinese)).isEqualTo(WorkCalendar.CN);
    }

    @Test
    void calendarFor_usesTheOverride_forEveryProject() {
        WorkCalendar sixDays = WorkCalendar.custom(Set.of(DayOfWeek.SUNDAY), List.of(), List.of());
        EvaluationContext context = EvaluationContext.at(STATUS).withCalendar(sixDays);
        Project chinese = PROJECT.toBuilder().calendar(WorkCalendar.CN).build();

        assertThat(context.calendar()).contains(sixDays);
        assertThat(context.calendarFor(PROJECT)).isEqualTo(sixDays);
        assertThat(context.calendarFor(chinese)).isEqualTo(sixDays);
    }

    @Test
    void withers_changeOnePartEach() {
        EvaluationContext context = EvaluationContext.at(STATUS);
        Policy policy = Policy.defaults().with(PolicyKeys.RISK_REVIEW_DAYS, 14);

        assertThat(context.withPolicy(policy))
                .isEqualTo(new EvaluationContext(STATUS, policy, Optional.empty(), Locale.ENGLISH));
        assertThat(context.withLocale(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(new EvaluationContext(STATUS, Policy.defaults(), Optional.empty(), Locale.SIMPLIFIED_CHINESE));
        assertThat(context.withCalendar(WorkCalendar.CN))
                .isEqualTo(new EvaluationContext(STATUS, Policy.defaults(), Optional.of(WorkCalendar.CN), Locale.ENGLISH));
        assertThat(context).isEqualTo(EvaluationContext.at(STATUS));
    }

    @Test
    void equality_comparesPoliciesByValue() {
        Policy a = Policy.defaults().with(PolicyKeys.INDEX_GREEN, new BigDecimal("0.97"));
        Policy b = Policy.fromJson("{\"index.green\": 0.970}");

        assertThat(EvaluationContext.at(STATUS).withPolicy(a)).isEqualTo(EvaluationContext.at(STATUS).withPolicy(b));
    }

    @Test
    void constructor_namesAMissingPart() {
        Policy p = Policy.defaults();
        assertThatThrownBy(() -> new EvaluationContext(null, p, Optional.empty(), Locale.ENGLISH))
                .isInstanceOf(NullPointerException.class).hasMessage("statusDate");
        assertThatThrownBy(() -> new EvaluationContext(STATUS, null, Optional.empty(), Locale.ENGLISH))
                .isInstanceOf(NullPointerException.class).hasMessage("policy");
        assertThatThrownBy(() -> new EvaluationContext(STATUS, p, null, Locale.ENGLISH))
                .isInstanceOf(NullPointerException.class).hasMessage("calendar");
        assertThatThrownBy(() -> new EvaluationContext(STATUS, p, Optional.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("locale");
    }
}
