package org.pmokit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The CRM sample in the test resources is a copy (examples depends on reporting, so the tests cannot
 * read it from there): it must stay byte for byte the shared example of examples/.
 */
class SampleCopyTest {

    @Test
    void theCrmCopy_isTheSharedSample() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        Path module = Files.isDirectory(here.resolve("reporting/src")) ? here.resolve("reporting") : here;
        Path shared = module.resolve("../examples/src/main/resources/samples/crm-upgrade-2026.json").normalize();
        try (InputStream in = SampleCopyTest.class.getResourceAsStream("/crm-upgrade-2026.json")) {
            assertThat(in.readAllBytes()).as("reporting/src/test/resources/crm-upgrade-2026.json")
                    .isEqualTo(Files.readAllBytes(shared));
        }
    }
}
