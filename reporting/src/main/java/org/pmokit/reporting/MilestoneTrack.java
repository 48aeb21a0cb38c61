package org.pmokit.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One milestone of a milestone trend: its forecast date at each report date of the trend.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the milestone's identifier
 * @param name its name
 * @param due its due date
 * @param forecasts the forecast at each report date, empty where the schedule had none
 */
public record MilestoneTrack(String id, String name, Optional<LocalDate> due, List<Optional<LocalDate>> forecasts) {

    /**
     * Checks and copies the parts.
     *
     * @param id the identifier
     * @param name the name
     * @param due the due date
     * @param forecasts the forecasts
     */
    public MilestoneTrack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(due, "due");
        forecasts = List.copyOf(forecasts);
    }
}
