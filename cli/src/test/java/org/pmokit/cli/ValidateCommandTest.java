package org.pmokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void validFile_isSaidToBeValid() {
        String file = Cli.write(dir.resolve("crm.json"), Cli.crm());

        Cli.Run run = Cli.run("validate", file);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.out()).isEqualTo(file + ": valid: CRM-2026 \"CRM upgrade 2026\", 14 activities" + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validFile_inChinese() {
        String file = Cli.write(dir.resolve("crm.json"), Cli.crm());

        Cli.Run run = Cli.run("validate", "--lang", "zh-CN", file);

        assertThat(run.out()).isEqualTo(file + ": 有效: CRM-2026 \"CRM upgrade 2026\", 14 项活动" + NL);
    }

    @Test
    void missingFile_exitsWithInvalidInput_andNamesThePath() {
        String missing = dir.resolve("no-such-project.json").toString();

        Cli.Run run = Cli.run("validate", missing);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).isEqualTo("pmokit: " + missing + ": no such file" + NL);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void directory_exitsWithInvalidInput() {
        Cli.Run run = Cli.run("validate", dir.toString());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).isEqualTo("pmokit: " + dir + ": is a directory, not a project document" + NL);
    }

    @Test
    void malformedDocument_givesThePointerLineAndColumn() {
        // A1's duration, on line 130 of the sample, becomes a string; the value starts in column 19.
        String file = Cli.write(dir.resolve("bad.json"), Cli.replaceOnce(Cli.crm(),
                "\"phase\": \"INITIATION\",\n      \"duration\": 15,", "\"phase\": \"INITIATION\",\n      \"duration\": \"ten\","));

        Cli.Run run = Cli.run("validate", file);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).isEqualTo("pmokit: " + file
                + ": /activities/0/duration (line 130, column 19): expected an integer, found \"ten\"" + NL);
    }

    @Test
    void truncatedDocument_isNotWellFormed() {
        String file = Cli.write(dir.resolve("cut.json"), "{\"schemaVersion\": 1, \"id\": ");

        Cli.Run run = Cli.run("validate", file);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).startsWith("pmokit: " + file + ": /id (line 1, column 28): ");
    }

    @Test
    void invalidReference_listsTheViolationWithPathAndCode() {
        String file = Cli.write(dir.resolve("ref.json"),
                Cli.replaceOnce(Cli.crm(), "\"activity\": \"A1\"\n", "\"activity\": \"A99\"\n"));

        Cli.Run run = Cli.run("validate", file);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).startsWith("pmokit: " + file + ": 1 problem:" + NL + "  activities[A2]")
                .contains("REFERENCE_UNKNOWN").contains("A99");
    }

    @Test
    void invalidReference_inChinese() {
        String file = Cli.write(dir.resolve("ref.json"),
                Cli.replaceOnce(Cli.crm(), "\"activity\": \"A1\"\n", "\"activity\": \"A99\"\n"));

        Cli.Run english = Cli.run("validate", file);
        Cli.Run chinese = Cli.run("validate", "--lang", "zh-CN", file);

        assertThat(chinese.err()).contains("REFERENCE_UNKNOWN").contains("A99").isNotEqualTo(english.err())
                .containsPattern("\\p{IsHan}");
    }

    @Test
    void everyFileIsChecked_andOneBadFileFailsTheRun() {
        String good = Cli.write(dir.resolve("good.json"), Cli.crm());
        String missing = dir.resolve("missing.json").toString();

        Cli.Run run = Cli.run("validate", missing, good);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.out()).startsWith(good + ": valid: CRM-2026");
        assertThat(run.err()).isEqualTo("pmokit: " + missing + ": no such file" + NL);
    }
}
