package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.json.ReadResult;
import org.pmokit.core.project.Project;

/** The agreed example document and the project built in Java are the same project. */
class CrmUpgrade2026JsonTest {

    private static final String SAMPLE = "/samples/crm-upgrade-2026.json";

    private static String sample() throws IOException {
        try (InputStream in = CrmUpgrade2026JsonTest.class.getResourceAsStream(SAMPLE)) {
            assertThat(in).as("%s on the class path", SAMPLE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readingTheSample_givesTheProjectBuiltInJava() throws IOException {
        Project read = ProjectJson.standard().read(sample());

        assertThat(read).isEqualTo(CrmUpgrade2026.project());
    }

    @Test
    void writingTheProjectBuiltInJava_givesTheSample() throws IOException {
        assertThat(ProjectJson.standard().writePretty(CrmUpgrade2026.project())).isEqualTo(sample());
    }

    @Test
    void theSample_isValid() throws IOException {
        try (InputStream in = CrmUpgrade2026JsonTest.class.getResourceAsStream(SAMPLE)) {
            ReadResult result = ProjectJson.standard().readAndValidate(in);

            assertThat(result.violations()).isEmpty();
            assertThat(result.isValid()).isTrue();
        }
    }
}
