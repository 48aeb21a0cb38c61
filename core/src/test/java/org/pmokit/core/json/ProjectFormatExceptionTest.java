package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectFormatExceptionTest {

    @Test
    void message_namesThePointerLineAndColumn_thenWhatWasExpectedAndFound() {
        ProjectFormatException e = new ProjectFormatException("/activities/3/duration", 42, 19, "an integer", "\"ten\"");

        assertThat(e).hasMessage("/activities/3/duration (line 42, column 19): expected an integer, found \"ten\"");
        assertThat(e.pointer()).isEqualTo("/activities/3/duration");
        assertThat(e.line()).isEqualTo(42);
        assertThat(e.column()).isEqualTo(19);
        assertThat(e.expected()).isEqualTo("an integer");
        assertThat(e.found()).isEqualTo("\"ten\"");
        assertThat(e).isInstanceOf(IllegalArgumentException.class).hasNoCause();
    }

    @Test
    void theWholeDocument_isCalledDocument_inTheMessage() {
        ProjectFormatException e = new ProjectFormatException("", 1, 14, "the end of the document", "an object");

        assertThat(e).hasMessage("document (line 1, column 14): expected the end of the document, found an object");
        assertThat(e.pointer()).isEmpty();
    }

    @Test
    void aProblemSaidInWords_keepsExpectedAndFound() {
        ProjectFormatException e = new ProjectFormatException("/schemaVersion", 2, 20, "schemaVersion 1 or lower", "2",
                "document schemaVersion 2 is newer than this library supports (1)", null);

        assertThat(e).hasMessage("/schemaVersion (line 2, column 20): document schemaVersion 2 is newer than this library supports (1)");
        assertThat(e.expected()).isEqualTo("schemaVersion 1 or lower");
        assertThat(e.found()).isEqualTo("2");
    }
}
