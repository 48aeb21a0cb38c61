package org.pmokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the standalone jar that the build makes for batch jobs ({@code pmokit-cli-VERSION-all.jar})
 * in a JVM of its own, as a job would: {@code java -jar pmokit-cli-VERSION-all.jar ...}. Run by
 * failsafe after {@code package}; the jar's path comes in the system property {@code pmokit.jar}.
 */
class StandaloneJarIT {

    private static Path jar;

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void findTheJar() {
        jar = Path.of(System.getProperty("pmokit.jar", "target/pmokit-cli-all.jar"));
        assertThat(jar).as("the standalone jar made by the package phase").isRegularFile();
    }

    private static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Duser.language=en");
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) { // a guard against a hang, not a speed check
            process.destroyForcibly();
            throw new AssertionError("the jar did not finish: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path crm() throws IOException {
        Path file = dir.resolve("crm-upgrade-2026.json");
        Files.writeString(file, Cli.crm(), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void validate_runsFromTheJarAlone() throws Exception {
        Path file = crm();

        Result result = run(dir, "validate", file.getFileName().toString());

        assertThat(result.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(result.out()).isEqualTo("crm-upgrade-2026.json: valid: CRM-2026 \"CRM upgrade 2026\", 14 activities"
                + System.lineSeparator());
        assertThat(result.err()).isEmpty(); // nor a logging banner from the validator
    }

    @Test
    void evaluate_writesAReportWithEveryPack() throws Exception {
        Path file = crm();

        Result result = run(dir, "evaluate", "--status-date", "2026-03-31", "--format", "json", "--lang", "zh-CN",
                file.getFileName().toString());

        assertThat(result.exit()).as(result.err()).isEqualTo(PmoKit.EXIT_OK);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("language").asText()).isEqualTo("zh-CN");
        assertThat(json.path("project").path("id").asText()).isEqualTo("CRM-2026");
        assertThat(json.toString()).contains("SMART-", "RISK-", "EVM-", "DCMA-");
    }

    @Test
    void badInput_exitsWithInvalidInput() throws Exception {
        Result result = run(dir, "validate", "missing.json");

        assertThat(result.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(result.err()).isEqualTo("pmokit: missing.json: no such file" + System.lineSeparator());
    }
}
