package org.pmokit.core.project;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.pmokit.core.money.Money;

/**
 * A resource the project uses: people, equipment, material, technology or a service.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier
 * @param name the name
 * @param type the kind of resource
 * @param rate the cost of one unit for one working day
 * @param capacity how many units are available at once
 */
public record Resource(
        ResourceId id,
        @NonBlank @Size(max = Limits.NAME) String name,
        ResourceType type,
        Optional<Money> rate,
        Optional<BigDecimal> capacity) implements Identified<ResourceId> {

    /**
     * Checks the parts: rate and capacity must not be negative.
     *
     * @param id the identifier
     * @param name the name
     * @param type the type
     * @param rate the daily rate
     * @param capacity the capacity
     */
    public Resource {
        Checks.required(id, "id");
        Checks.required(name, "name");
        Checks.required(type, "type");
        Checks.required(rate, "rate").ifPresent(r -> Checks.nonNegative(r, "rate", "resource " + id));
        Checks.required(capacity, "capacity").ifPresent(c -> Checks.nonNegative(c, "capacity", "resource " + id));
    }

    /**
     * Returns a resource with a rate and a capacity.
     *
     * @param id the identifier
     * @param name the name
     * @param type the type
     * @param rate the daily rate
     * @param capacity the capacity
     * @return the resource
     */
    public static Resource of(String id, String name, ResourceType type, Money rate, BigDecimal capacity) {
        return new Resource(ResourceId.of(id), name, type, Optional.of(rate), Optional.of(capacity));
    }
}
