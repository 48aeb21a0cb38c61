package org.pmokit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void extension_isTheUsualFileEnding() {
        assertThat(ReportFormat.MARKDOWN.extension()).isEqualTo("md");
        assertThat(ReportFormat.HTML.extension()).isEqualTo("html");
    }
}
