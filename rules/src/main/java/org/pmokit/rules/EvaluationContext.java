package org.pmokit.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;

/**
 * Everything an evaluation depends on besides the project: the status date, the policy, the
 * calendar (the project's unless overridden) and the reader's locale. Nothing in PMO Kit reads the
 * clock or the default locale.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param statusDate the date to evaluate at (inclusive)
 * @param policy the thresholds
 * @param calendar a calendar to use instead of the project's
 * @param locale the language of messages that depend on it
 */
public record EvaluationContext(LocalDate statusDate, Policy policy, Optional<WorkCalendar> calendar, Locale locale) {

    /**
     * Checks the parts.
     *
     * @param statusDate the status date
     * @param policy the policy
     * @param calendar the calendar override
     * @param locale the locale
     */
    public EvaluationContext {
        Objects.requireNonNull(statusDate, "statusDate");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * Returns a context with the default policy, the project's calendar and English.
     *
     * @param statusDate the status date
     * @return the context
     */
    public static EvaluationContext at(LocalDate statusDate) {
        return new EvaluationContext(statusDate, Policy.defaults(), Optional.empty(), Locale.ENGLISH);
    }

    /**
     * Returns a context at the project's own status date, or at its start when it has none.
     *
     * @param project the project
     * @return the context
     */
    public static EvaluationContext of(Project project) {
        return at(project.statusDate().orElse(project.start()));
    }

    /**
     * Returns this context with another policy.
     *
     * @param newPolicy the policy
     * @return the changed context
     */
    public EvaluationContext withPolicy(Policy newPolicy) {
        return new EvaluationContext(statusDate, newPolicy, calendar, locale);
    }

    /**
     * Returns this context with another locale.
     *
     * @param newLocale the locale
     * @return the changed context
     */
    public EvaluationContext withLocale(Locale newLocale) {
        return new EvaluationContext(statusDate, policy, calendar, newLocale);
    }

    /**
     * Returns this context with a calendar that replaces the project's.
     *
     * @param newCalendar the calendar
     * @return the changed context
     */
    public EvaluationContext withCalendar(WorkCalendar newCalendar) {
        return new EvaluationContext(statusDate, policy, Optional.of(newCalendar), locale);
    }

    /**
     * Returns the calendar to use for a project: the override, or the project's own.
     *
     * @param project the project
     * @return the calendar
     */
    public WorkCalendar calendarFor(Project project) {
        return calendar.orElse(project.calendar());
    }
}
