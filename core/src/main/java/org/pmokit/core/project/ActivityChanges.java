package org.pmokit.core.project;

import jakarta.validation.Valid;
import java.util.List;

/**
 * The activity edits a change request proposes, which the impact preview applies to a copy of the
 * project: activities to add, remove and modify, and links to add.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param add new activities
 * @param remove activities to remove
 * @param modify edits of existing activities
 * @param addPredecessors new links
 */
public record ActivityChanges(
        List<@Valid Activity> add,
        List<ActivityId> remove,
        List<@Valid ActivityModification> modify,
        List<@Valid PredecessorAddition> addPredecessors) {

    /**
     * Copies the parts.
     *
     * @param add new activities
     * @param remove activities to remove
     * @param modify edits
     * @param addPredecessors new links
     */
    public ActivityChanges {
        add = List.copyOf(add);
        remove = List.copyOf(remove);
        modify = List.copyOf(modify);
        addPredecessors = List.copyOf(addPredecessors);
    }

    /**
     * Returns whether nothing is proposed.
     *
     * @return true if all four lists are empty
     */
    public boolean isEmpty() {
        return add.isEmpty() && remove.isEmpty() && modify.isEmpty() && addPredecessors.isEmpty();
    }
}
