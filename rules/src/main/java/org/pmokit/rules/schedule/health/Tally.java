package org.pmokit.rules.schedule.health;

import java.util.ArrayList;
import java.util.List;
import org.pmokit.core.project.ActivityId;

/**
 * Counts what a check finds among a population, keeping the activities and the labels behind it.
 *
 * <p>One tally serves one measurement on one thread; it is not thread-safe.
 */
final class Tally {

    private final HealthCheck check;
    private int population;
    private int count;
    private final List<ActivityId> activities = new ArrayList<>();
    private final List<String> items = new ArrayList<>();
    /** The last activity added, so that several links into one activity list it once. */
    private ActivityId last;

    Tally(HealthCheck check) {
        this.check = check;
    }

    /** Counts one more member of the population. */
    void member() {
        population++;
    }

    /** Counts a member found by the check, behind which is an activity, shown as a label. */
    void found(ActivityId activity, String label) {
        count++;
        if (!activity.equals(last)) {
            activities.add(activity);
            last = activity;
        }
        items.add(label);
    }

    /** Counts a member that passes a check which counts compliance (the relationship types). */
    void complies() {
        count++;
    }

    /** Lists an item that does not comply, without counting it. */
    void listed(ActivityId activity, String label) {
        if (!activity.equals(last)) {
            activities.add(activity);
            last = activity;
        }
        items.add(label);
    }

    Measure measure() {
        return Measure.of(check, count, population, activities, items);
    }
}
