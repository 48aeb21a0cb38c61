package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IgnoredFieldTest {

    @Test
    void textForm_isThePointerAndThePlace() {
        assertThat(new IgnoredField("/activities/3/x-owner", 42, 7)).hasToString("/activities/3/x-owner (line 42, column 7)");
    }

    @Test
    void aPlaceBeforeLineOneOrColumnOne_isRefused() {
        assertThatThrownBy(() -> new IgnoredField("/x", 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line and column start at 1: line 0, column 1");
        assertThatThrownBy(() -> new IgnoredField("/x", 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
