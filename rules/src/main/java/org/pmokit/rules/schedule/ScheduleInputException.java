package org.pmokit.rules.schedule;

import java.util.List;
import java.util.Objects;
import org.pmokit.core.project.ActivityId;

/**
 * A project that cannot be scheduled: a dependency cycle (the message names one, as in
 * {@code dependency cycle: A -> B -> C -> A}), a link to an unknown activity, two activities with
 * one identifier, or a date that the calendar does not cover.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Not serialized: {@link ActivityId} is not serializable; a deserialized exception has none. */
    private final transient List<ActivityId> cycle;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the activity, the field and the value
     * @param cycle the activities around the cycle, each a predecessor of the next (the first is not
     *        repeated), or empty if the problem is not a cycle
     */
    public ScheduleInputException(String message, List<ActivityId> cycle) {
        super(Objects.requireNonNull(message, "message"));
        this.cycle = List.copyOf(cycle);
    }

    /**
     * Returns the cycle that the message names.
     *
     * @return the activities around the cycle, each a predecessor of the next, the first not repeated
     *         at the end; empty if the problem is not a cycle
     */
    public List<ActivityId> cycle() {
        return cycle == null ? List.of() : cycle;
    }
}
