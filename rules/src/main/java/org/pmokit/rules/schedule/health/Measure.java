package org.pmokit.rules.schedule.health;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.project.ActivityId;
import org.pmokit.rules.Text;

/**
 * What one DCMA check measured: a count out of a population, the activities behind it and, for the
 * reader, one label per item (an activity id, or a link such as {@code A17 -> A19 (FS -5)}); or why
 * the check could not be measured.
 *
 * <p>For the share and count checks the count is the number of activities or links found (for the
 * relationship types, the finish-to-start links) and the population what they were counted among.
 * For CPLI the count is the remaining critical path length plus its total float and the population
 * the remaining length; for BEI the activities finished and those the baseline finishes by the
 * status date; for the critical path test the working days the project finish moved and the days it
 * should have moved.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param check the check
 * @param count the count, or the numerator
 * @param population what it was counted among, or the denominator; not negative
 * @param activities the activities behind the result, in the project's order
 * @param items what to show the reader, one per item found, in the project's order
 * @param undefined why the check could not be measured, if it could not
 */
public record Measure(HealthCheck check, int count, int population, List<ActivityId> activities, List<String> items,
        Optional<Text> undefined) {

    /**
     * Checks and copies the parts.
     *
     * @param check the check
     * @param count the count
     * @param population the population
     * @param activities the activities
     * @param items the labels
     * @param undefined the reason it is undefined
     */
    public Measure {
        Objects.requireNonNull(check, "check");
        if (population < 0) {
            throw new IllegalArgumentException(check.id() + ": population must not be negative: " + population);
        }
        activities = List.copyOf(activities);
        items = List.copyOf(items);
        Objects.requireNonNull(undefined, "undefined");
    }

    /**
     * Returns a measure.
     *
     * @param check the check
     * @param count the count
     * @param population the population
     * @param activities the activities behind it
     * @param items the labels of the items found
     * @return the measure
     */
    static Measure of(HealthCheck check, int count, int population, List<ActivityId> activities, List<String> items) {
        return new Measure(check, count, population, activities, items, Optional.empty());
    }

    /**
     * Returns the measure of a check that cannot be measured.
     *
     * @param check the check
     * @param reason why
     * @return the measure
     */
    static Measure undefined(HealthCheck check, Text reason) {
        return new Measure(check, 0, 0, List.of(), List.of(), Optional.of(reason));
    }

    /**
     * Returns whether the check could be measured.
     *
     * @return true unless undefined
     */
    public boolean isDefined() {
        return undefined.isEmpty();
    }
}
