package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.validation.Violation;
import org.pmokit.core.validation.ViolationCode;

class InvalidProjectExceptionTest {

    private static Violation negative(String id) {
        return Violation.of("activities[" + id + "].duration", ViolationCode.ACTIVITY_DURATION_NEGATIVE, id, -1);
    }

    @Test
    void carriesEveryViolation_andHasNoSinglePlace() {
        InvalidProjectException e = new InvalidProjectException(List.of(negative("A1"), negative("A2")));

        assertThat(e).isInstanceOf(ProjectFormatException.class);
        assertThat(e.violations()).containsExactly(negative("A1"), negative("A2"));
        assertThat(e.pointer()).isEmpty();
        assertThat(e.line()).isEqualTo(-1);
        assertThat(e.column()).isEqualTo(-1);
        assertThat(e.expected()).isEqualTo("values that keep the model's invariants");
        assertThat(e.found()).isEqualTo("2 invalid values");
        assertThat(e).hasMessage("2 invalid values in the project document: "
                + "activities[A1].duration: activity A1: duration must not be negative: -1; "
                + "activities[A2].duration: activity A2: duration must not be negative: -1");
    }

    @Test
    void message_listsTheFirstTwenty_andCountsTheRest() {
        List<Violation> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(negative("A" + i));
        }

        InvalidProjectException e = new InvalidProjectException(many);

        assertThat(e.getMessage()).startsWith("25 invalid values in the project document: ")
                .contains("activities[A19]").doesNotContain("activities[A20]").endsWith("; and 5 more");
        assertThat(e.violations()).hasSize(25);
    }

    @Test
    void withoutAViolation_isRefused() {
        assertThatThrownBy(() -> new InvalidProjectException(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an invalid project has at least one violation");
    }
}
