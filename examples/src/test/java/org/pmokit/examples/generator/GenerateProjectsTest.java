package org.pmokit.examples.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;

class GenerateProjectsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        try (PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
                PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            return GenerateProjects.run(args, out, err);
        }
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private static Project expected(long seed, int activities, double links) {
        return ProjectGenerator.withSeed(seed).activities(activities).linksPerActivity(links)
                .calendar(WorkCalendar.MON_FRI).generate();
    }

    @Test
    void run_writesTheGeneratedProject_thatReadsBackEqual() throws IOException {
        Path file = dir.resolve("nested/p1k.json");

        int status = run("--activities", "1000", "--seed", "42", "--out", file.toString());

        assertThat(status).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).startsWith("wrote " + file + ": 1000 activities, seed 42, ");
        Project read = ProjectJson.standard().read(file);
        Project generated = expected(42, 1_000, 2.5);
        assertThat(read).isEqualTo(generated);
        assertThat(read.activities()).isEqualTo(generated.activities());
        assertThat(read.risks()).isEqualTo(generated.risks());
        assertThat(read.milestones()).isEqualTo(generated.milestones());
        String text = Files.readString(file);
        assertThat(text).startsWith("{\"schemaVersion\":1,").doesNotContain("\n");
        assertThat(text).isEqualTo(ProjectJson.standard().write(generated));
    }

    @Test
    void run_withLinksAndPretty_writesTheIndentedDocument() throws IOException {
        Path file = dir.resolve("p200.json");

        int status = run("--pretty", "--out", file.toString(), "--links", "1.5", "--seed", "-7", "--activities", "200");

        assertThat(status).isZero();
        Project generated = expected(-7, 200, 1.5);
        assertThat(Files.readString(file)).isEqualTo(ProjectJson.standard().writePretty(generated));
        assertThat(ProjectJson.standard().read(file).activities()).isEqualTo(generated.activities());
    }

    @Test
    void run_sameArguments_writeTheSameBytes() throws IOException {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");

        assertThat(run("--activities", "500", "--seed", "3", "--out", first.toString())).isZero();
        assertThat(run("--activities", "500", "--seed", "3", "--out", second.toString())).isZero();

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                                  | --activities is required",
        "--seed 1 --out x.json                               | --activities is required",
        "--activities 10 --out x.json                        | --seed is required",
        "--activities 10 --seed 1                            | --out is required",
        "--activities ten --seed 1 --out x.json              | --activities must be an integer: ten",
        "--activities 0 --seed 1 --out x.json                | --activities must be within 1 to 10000000: 0",
        "--activities 10000001 --seed 1 --out x.json         | --activities must be within 1 to 10000000: 10000001",
        "--activities 10 --seed 1.5 --out x.json             | --seed must be an integer: 1.5",
        "--activities 10 --seed 1 --out x.json --links many  | --links must be a number: many",
        "--activities 10 --seed 1 --out x.json --links 11    | --links must be within 0 to 10.0: 11",
        "--activities 10 --seed 1 --out x.json --links -1    | --links must be within 0 to 10.0: -1",
        "--activities 10 --seed 1 --out x.json --links NaN   | --links must be within 0 to 10.0: NaN",
        "--activities --seed 1 --out x.json                  | --activities needs a value",
        "--activities 10 --seed 1 --out                      | --out needs a value",
        "--activities 10 --activities 20 --seed 1 --out x.json | --activities given twice",
        "--activities 10 --seed 1 --out x.json --compact     | unknown argument: --compact",
    })
    void run_badArguments_exitWith2_andSayWhy(String args, String message) {
        String[] split = args.isEmpty() ? new String[0] : args.trim().split("\\s+");

        int status = run(split);

        assertThat(status).isEqualTo(GenerateProjects.USAGE).isEqualTo(2);
        assertThat(err()).startsWith("error: " + message + System.lineSeparator())
                .contains("usage: GenerateProjects --activities N --seed S --out FILE [--links 2.5] [--pretty]");
        assertThat(out()).isEmpty();
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void run_unwritableOutput_exitsWith1() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "not a folder");

        int status = run("--activities", "10", "--seed", "1", "--out", blocker.resolve("p.json").toString());

        assertThat(status).isEqualTo(GenerateProjects.IO_ERROR);
        assertThat(err()).startsWith("error: cannot write " + blocker.resolve("p.json"));
    }
}
