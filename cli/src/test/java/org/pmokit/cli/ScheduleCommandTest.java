package org.pmokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void crm_atItsStatusDate_showsFinishCriticalPathAndSlippedMilestones() {
        // The CRM sample at 2026-04-30 (see the critical path engine's CrmUpgrade2026ScheduleTest):
        // finish 2026-09-29, 9 working days after the baseline's 2026-09-16; A7 is in progress and
        // critical; A13 has 20 days of float.
        String file = Cli.write(dir.resolve("crm.json"), Cli.crm());

        Cli.Run run = Cli.run("schedule", file);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("CRM-2026 \"CRM upgrade 2026\": schedule at status date 2026-04-30, calendar CN" + NL
                + "Finish: 2026-09-29 (baseline 2026-09-16, +9 working days)" + NL
                + "Critical path: A7 -> A8 -> A9 -> A10 -> A11 -> A12 -> A14" + NL
                + "Slipped milestones: M2 +3, M3 +7, M4 +9, M5 +9" + NL + NL
                + "id   days  early start  early finish  late start  late finish  total float  free float  state        critical"
                + "  finish variance  name" + NL
                + "A1   15    2026-01-05   2026-01-23    2026-01-05  2026-01-23   0            0           finished"
                + "               0                Current-state assessment" + NL)
                .contains(NL + "A7   30    2026-04-08   2026-06-01    2026-04-08  2026-06-01   0            0           in progress"
                        + "  yes       +9               Churn early-warning model" + NL)
                .contains(NL + "A13  15    2026-08-12   2026-09-01    2026-09-09  2026-09-29   20           20          not started"
                        + "            +9               Staff training" + NL);
    }

    @Test
    void crm_inChinese_usesTheGlossaryTerms() {
        String file = Cli.write(dir.resolve("crm.json"), Cli.crm());

        Cli.Run run = Cli.run("schedule", "--lang", "zh-CN", file);

        assertThat(run.out()).contains("关键路径: A7 -> A8", "总浮动时间", "自由浮动时间", "预测完成: 2026-09-29 (基线 2026-09-16, +9 个工作日)",
                "进行中");
    }

    @Test
    void earlierStatusDate_movesTheDataDate() {
        // Before the project starts nothing has progress, so nothing is finished.
        String file = Cli.write(dir.resolve("crm.json"), Cli.crm());

        Cli.Run run = Cli.run("schedule", "--status-date", "2026-01-02", file);

        assertThat(run.out()).contains("schedule at status date 2026-01-02").doesNotContain("finished")
                .doesNotContain("in progress");
    }

    @Test
    void missingFile_exitsWithInvalidInput() {
        String missing = dir.resolve("missing.json").toString();

        Cli.Run run = Cli.run("schedule", missing);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).isEqualTo("pmokit: " + missing + ": no such file" + NL);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void invalidDocument_exitsWithInvalidInput_andSaysWhatIsWrongWhere() {
        // A2 depends on A99, which does not exist: the validator's violation, with its path and code.
        String file = Cli.write(dir.resolve("ref.json"),
                Cli.replaceOnce(Cli.crm(), "\"activity\": \"A1\"\n", "\"activity\": \"A99\"\n"));

        Cli.Run run = Cli.run("schedule", file);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).startsWith("pmokit: " + file + ": 1 problem:" + NL + "  activities[A2]")
                .contains("REFERENCE_UNKNOWN").contains("A99");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void malformedDocument_exitsWithInvalidInput_withThePointerLineAndColumn() {
        String file = Cli.write(dir.resolve("cut.json"), "{\"schemaVersion\": 1, \"id\": ");

        Cli.Run run = Cli.run("schedule", file);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).startsWith("pmokit: " + file + ": /id (line 1, column 28): ");
    }

    @Test
    void projectBeyondItsCalendar_cannotBeScheduled() {
        // The CN calendar covers 2025 and 2026 only; started in November 2026, the project ends in 2027.
        String late = Cli.replaceOnce(Cli.crm(), "\n  \"start\": \"2026-01-05\"", "\n  \"start\": \"2026-11-02\"");
        String file = Cli.write(dir.resolve("late.json"), late);

        Cli.Run run = Cli.run("schedule", "--status-date", "2026-11-02", file);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).startsWith("pmokit: " + file + ": ");
    }
}
