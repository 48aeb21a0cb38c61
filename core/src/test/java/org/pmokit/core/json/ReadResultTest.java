package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Project;
import org.pmokit.core.validation.Violation;
import org.pmokit.core.validation.ViolationCode;

class ReadResultTest {

    private static final Project PROJECT = ProjectJson.standard().read(Documents.MINIMAL);
    private static final ProjectFormatException ERROR = new ProjectFormatException("/id", 1, 8, "a string", "5");
    private static final Violation UNKNOWN = Violation.of("milestones[M1].activity", ViolationCode.REFERENCE_UNKNOWN,
            "milestones[M1].activity", "activity", "A9");
    private static final List<IgnoredField> IGNORED = List.of(new IgnoredField("/x", 1, 2));

    @Test
    void aValidResult_hasTheProject() {
        ReadResult result = new ReadResult(Optional.of(PROJECT), Optional.empty(), List.of(), IGNORED);

        assertThat(result.isValid()).isTrue();
        assertThat(result.orElseThrow()).isSameAs(PROJECT);
        assertThat(result.describe(Locale.ENGLISH)).isEmpty();
        assertThat(result.ignoredFields()).isEqualTo(IGNORED);
    }

    @Test
    void aFormatError_isThrownByOrElseThrow_andDescribed() {
        ReadResult result = new ReadResult(Optional.empty(), Optional.of(ERROR), List.of(), List.of());

        assertThat(result.isValid()).isFalse();
        assertThatThrownBy(result::orElseThrow).isSameAs(ERROR);
        assertThat(result.describe(Locale.ENGLISH)).isEqualTo("/id (line 1, column 8): expected a string, found 5");
    }

    @Test
    void violations_areThrownAsAnInvalidProjectException_andDescribedInTheReadersLanguage() {
        ReadResult result = new ReadResult(Optional.empty(), Optional.empty(), List.of(UNKNOWN), List.of());

        assertThatThrownBy(result::orElseThrow).isInstanceOfSatisfying(InvalidProjectException.class,
                e -> assertThat(e.violations()).containsExactly(UNKNOWN));
        assertThat(result.describe(Locale.ENGLISH))
                .isEqualTo("milestones[M1].activity REFERENCE_UNKNOWN: milestones[M1].activity refers to an unknown activity: A9");
        assertThat(result.describe(Locale.SIMPLIFIED_CHINESE)).contains("引用了不存在的任务");
    }

    @Test
    void notExactlyOneOutcome_isRefused() {
        assertThatThrownBy(() -> new ReadResult(Optional.empty(), Optional.empty(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadResult(Optional.of(PROJECT), Optional.of(ERROR), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadResult(Optional.of(PROJECT), Optional.empty(), List.of(UNKNOWN), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadResult(Optional.empty(), Optional.of(new InvalidProjectException(List.of(UNKNOWN))),
                List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the violations of an InvalidProjectException belong in violations");
    }
}
