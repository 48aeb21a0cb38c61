package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ActivityChangesTest {

    private static final Activity ADDED = Activity.builder("A6b", "WeChat connector").duration(8).build();
    private static final ActivityModification MODIFIED = new ActivityModification(ActivityId.of("A3"),
            Optional.empty(), OptionalInt.of(25), Optional.empty());
    private static final PredecessorAddition LINK = new PredecessorAddition(ActivityId.of("A8"), ActivityId.of("A6b"),
            DependencyType.FS, 0);

    @Test
    void isEmpty_isTrue_whenNothingIsProposed() {
        assertThat(new ActivityChanges(List.of(), List.of(), List.of(), List.of()).isEmpty()).isTrue();
    }

    @Test
    void isEmpty_isFalse_whenAnyOneListHasAnEdit() {
        assertThat(new ActivityChanges(List.of(ADDED), List.of(), List.of(), List.of()).isEmpty()).isFalse();
        assertThat(new ActivityChanges(List.of(), List.of(ActivityId.of("A2")), List.of(), List.of()).isEmpty())
                .isFalse();
        assertThat(new ActivityChanges(List.of(), List.of(), List.of(MODIFIED), List.of()).isEmpty()).isFalse();
        assertThat(new ActivityChanges(List.of(), List.of(), List.of(), List.of(LINK)).isEmpty()).isFalse();
    }

    @Test
    void constructor_copiesEveryList() {
        List<Activity> add = new ArrayList<>(List.of(ADDED));
        List<ActivityId> remove = new ArrayList<>(List.of(ActivityId.of("A2")));
        List<ActivityModification> modify = new ArrayList<>(List.of(MODIFIED));
        List<PredecessorAddition> links = new ArrayList<>(List.of(LINK));
        ActivityChanges changes = new ActivityChanges(add, remove, modify, links);

        add.clear();
        remove.clear();
        modify.clear();
        links.clear();

        assertThat(changes.add()).containsExactly(ADDED);
        assertThat(changes.remove()).containsExactly(ActivityId.of("A2"));
        assertThat(changes.modify()).containsExactly(MODIFIED);
        assertThat(changes.addPredecessors()).containsExactly(LINK);
    }

    @Test
    void constructor_refusesANullList() {
        assertThatNullPointerException().isThrownBy(() -> new ActivityChanges(null, List.of(), List.of(), List.of()));
        assertThatNullPointerException().isThrownBy(() -> new ActivityChanges(List.of(), List.of(), List.of(), null));
    }
}
