package org.pmokit.reporting;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.Project;

/**
 * Who and what a report is about: the project's identity, people, currency, start, current phase and
 * baseline, and the status date of the evaluation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the project identifier
 * @param name the name
 * @param localName the name in the local language
 * @param description the description
 * @param sponsor the sponsor
 * @param manager the project manager
 * @param department the department
 * @param currency the currency of every amount
 * @param start the start date
 * @param statusDate the status date the report is written at (the evaluation's)
 * @param phase the current phase
 * @param baselineVersion the version of the current baseline
 */
public record ProjectHeader(String id, String name, Optional<String> localName, Optional<String> description,
        Optional<String> sponsor, Optional<String> manager, Optional<String> department, Currency currency,
        LocalDate start, LocalDate statusDate, Optional<Phase> phase, OptionalInt baselineVersion) {

    /**
     * Checks the parts.
     *
     * @param id the identifier
     * @param name the name
     * @param localName the local name
     * @param description the description
     * @param sponsor the sponsor
     * @param manager the manager
     * @param department the department
     * @param currency the currency
     * @param start the start
     * @param statusDate the status date
     * @param phase the phase
     * @param baselineVersion the baseline version
     */
    public ProjectHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(localName, "localName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sponsor, "sponsor");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(statusDate, "statusDate");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(baselineVersion, "baselineVersion");
    }

    /**
     * Returns the header of a project at a status date.
     *
     * @param project the project
     * @param statusDate the status date
     * @return the header
     */
    public static ProjectHeader of(Project project, LocalDate statusDate) {
        Optional<Baseline> baseline = project.currentBaseline();
        return new ProjectHeader(project.id().value(), project.name(), project.localName(), project.description(),
                project.sponsor(), project.manager(), project.department(), project.currency(), project.start(),
                statusDate, project.phase(),
                baseline.isPresent() ? OptionalInt.of(baseline.get().version()) : OptionalInt.empty());
    }
}
