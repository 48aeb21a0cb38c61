package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.Project;

/**
 * The measured value and the threshold of every finding of the standard rules read as Chinese in
 * Chinese: on the three sample projects, at their status dates and at other dates, no English word
 * is left in their Chinese text.
 *
 * <p>What may stay in Latin letters: identifiers and codes, which are written in capitals (A12,
 * G4, CR2, R7, CPI, SPI, EAC, TCPI, EMV, KPI, DCMA, CNY, USD, enum codes such as MUST_FINISH_ON, the
 * T of a timestamp); the t of SPI(t); and the unit a project gives its own KPI (data, not a word of
 * PMO Kit). Anything else with a small letter, such as {@code no owner}, {@code 7 h} or
 * {@code 30d}, is an English word.
 */
class MeasureLanguageTest {

    private static final Path SAMPLES = samplesDirectory();
    private static final List<String> SAMPLE_NAMES = List.of("crm-upgrade-2026.json", "loan-approval-automation.json",
            "core-banking-process-optimisation.json");
    /** A run of Latin letters. */
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");

    private static Path samplesDirectory() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(here.resolve("../examples"), here.resolve("examples"))) {
            Path samples = candidate.resolve("src/main/resources/samples").normalize();
            if (Files.isDirectory(samples)) {
                return samples;
            }
        }
        throw new IllegalStateException("run the tests in the rules module or the repository root, not " + here);
    }

    /**
     * The English words in a Chinese text: the runs of Latin letters that are neither a capital code
     * nor the t of SPI(t), once the project's own KPI units are taken out.
     */
    static List<String> englishWords(String chinese, Set<String> dataUnits) {
        String text = chinese;
        List<String> longestFirst = dataUnits.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String unit : longestFirst) {
            text = text.replace(unit, " ");
        }
        List<String> words = new ArrayList<>();
        Matcher m = LETTERS.matcher(text);
        while (m.find()) {
            String run = m.group();
            boolean code = run.equals(run.toUpperCase(Locale.ROOT));
            boolean spiT = run.equals("t") && text.startsWith("SPI(t)", m.start() - 4);
            if (!code && !spiT) {
                words.add(run);
            }
        }
        return words;
    }

    @Test
    void englishWords_findsWordsAndUnits_butNotCodesIdsOrTimestamps() {
        Set<String> none = Set.of();

        assertThat(englishWords("no owner", none)).containsExactly("no", "owner");
        assertThat(englishWords("-0.51%/30d", none)).containsExactly("d");
        assertThat(englishWords("7 h 30 min", none)).containsExactly("h", "min");
        assertThat(englishWords("风险 R7 无风险责任人", none)).isEmpty();
        assertThat(englishWords("CNY 1,250.00（应急储备的 103.33%）", none)).isEmpty();
        assertThat(englishWords("6 小时，应于 2026-04-30T14:00+08:00 前", none)).isEmpty();
        assertThat(englishWords("SPI(t) 0.81、CPI、TCPI、EAC、DCMA、A12、CR2、G4、MUST_FINISH_ON", none)).isEmpty();
        assertThat(englishWords("12 findings", Set.of("findings"))).isEmpty();
        assertThat(englishWords("12 findings", none)).containsExactly("findings");
    }

    @Test
    void everyMeasuredValueAndThreshold_onTheSamples_isChineseInChinese() throws IOException {
        RuleSet rules = StandardRules.all();
        List<String> problems = new ArrayList<>();
        int measures = 0;
        Set<String> rulesWithMeasures = new TreeSet<>();
        Set<String> rulesWithWordsInEnglish = new TreeSet<>();
        for (String name : SAMPLE_NAMES) {
            Project project = ProjectJson.standard().read(SAMPLES.resolve(name));
            Set<String> units = kpiUnits(project);
            for (LocalDate date : dates(project)) {
                for (Finding f : rules.evaluate(project, EvaluationContext.at(date)).findings()) {
                    for (Optional<Text> part : List.of(f.measured(), f.threshold())) {
                        if (part.isEmpty()) {
                            continue;
                        }
                        measures++;
                        rulesWithMeasures.add(f.ruleId());
                        Text text = part.get();
                        if (!englishWords(text.english(), units).isEmpty()) {
                            rulesWithWordsInEnglish.add(f.ruleId());
                        }
                        List<String> words = englishWords(text.chinese(), units);
                        if (!words.isEmpty()) {
                            problems.add(name + " at " + date + ": " + f.ruleId() + " " + f.subject() + ": \""
                                    + text.chinese() + "\" has " + words);
                        }
                    }
                }
            }
        }

        assertThat(problems).isEmpty();
        // the check ran on many measures (666 when written), from many rules (27), eight of whose English has
        // words in it (CHG-001, CHG-002, CHG-007, DCMA-012, EVM-007, MILE-009, RISK-001, RISK-003)
        assertThat(measures).isGreaterThan(300);
        assertThat(rulesWithMeasures).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rulesWithWordsInEnglish).hasSizeGreaterThanOrEqualTo(5);
    }

    /** The status date, and dates before and after it, where other rules fire. */
    private static List<LocalDate> dates(Project project) {
        LocalDate status = project.statusDate().orElse(project.start());
        return Stream.of(status, project.start(), project.start().plusDays(45), status.minusDays(60), status.plusDays(30),
                status.plusDays(200)).distinct().toList();
    }

    /** The units the project gives its KPIs: data, not words of PMO Kit. */
    private static Set<String> kpiUnits(Project project) {
        Set<String> units = new TreeSet<>();
        for (Goal g : project.goals()) {
            g.kpi().flatMap(Kpi::unit).ifPresent(units::add);
        }
        return units;
    }
}
