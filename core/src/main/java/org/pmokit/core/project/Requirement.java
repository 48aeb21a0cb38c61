package org.pmokit.core.project;

import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * A business, technical or compliance requirement.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier
 * @param type business, technical or compliance
 * @param priority the MoSCoW priority
 * @param title a short title
 * @param description a longer description
 */
public record Requirement(
        RequirementId id,
        RequirementType type,
        Optional<Priority> priority,
        @NonBlank @Size(max = Limits.NAME) String title,
        Optional<@NonBlank @Size(max = Limits.LONG) String> description) implements Identified<RequirementId> {

    /**
     * Checks the parts.
     *
     * @param id the identifier
     * @param type the type
     * @param priority the priority
     * @param title the title
     * @param description the description
     */
    public Requirement {
        Checks.required(id, "id");
        Checks.required(type, "type");
        Checks.required(priority, "priority");
        Checks.required(title, "title");
        Checks.required(description, "description");
    }

    /**
     * Returns a requirement without a description.
     *
     * @param id the identifier
     * @param type the type
     * @param priority the priority
     * @param title the title
     * @return the requirement
     */
    public static Requirement of(String id, RequirementType type, Priority priority, String title) {
        return new Requirement(RequirementId.of(id), type, Optional.of(priority), title, Optional.empty());
    }
}
