package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.examples.generator.ProjectGenerator;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Policy;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.Severity;
import org.pmokit.rules.finance.FinanceRules;
import org.pmokit.rules.goals.GoalRules;
import org.pmokit.rules.risk.RiskRules;

/**
 * Pins the complete output of the goals, risk and finance packs (every finding in both languages,
 * every metric, every status) so that a change meant to keep the output, such as a performance
 * change, is shown to keep it byte for byte.
 *
 * <ul>
 *   <li>The three samples at their own status dates: the whole evaluation as text, in
 *       {@code evaluations/<sample>.txt}.
 *   <li>Many more evaluations as one SHA-256 digest of that text each, in
 *       {@code evaluations/digests.txt}: the samples at five status dates, with the default
 *       policy, a strict policy, and a rule set with a severity override and a disabled rule; and
 *       generated projects (seeds 1 to 40, with and without a baseline) at three status dates.
 * </ul>
 *
 * <p>The files were written from the evaluations before the rules performance pass of issue 4. A
 * deliberate change of a finding or metric updates them: render the evaluation with
 * {@link EvaluationText} and replace the lines that differ. One such change so far: the finance
 * pack's planned spend ({@code finance.spend.planned}) spreads each activity by its curve, as
 * FORMULAS.md section 3 asks and the earned value engine does, where it spread every activity
 * linearly; that moved the digests of the six generated projects with a baseline that have a
 * front- or back-loaded activity in progress at day 120 (seeds 5, 7, 10, 15, 26 and 31) and no
 * other.
 */
class SampleEvaluationsTest {

    /** The three packs of issue 4, composed explicitly: the standard rule set grows with other packs. */
    static final RuleSet PACKS = RuleSet.of(GoalRules.pack(), RiskRules.pack(), FinanceRules.pack());

    /** Every threshold the packs read, moved so that more rules fire. */
    static final Policy STRICT = Policy.fromJson("""
            {"risk.reviewDays": 7, "contingency.min": 0.02, "contingency.max": 0.05, "buffer.minDays": 1, "buffer.maxDays": 1,
             "risk.response.mediumHours": 30, "risk.band.highFrom": 8, "goal.achievable.maxChange": 0.2,
             "goal.deadline.horizonDays": 30, "finance.discountRate": 0.15, "deviation.green": 0.01,
             "deviation.amber": 0.02}""");

    /** The packs with one rule at another severity and one switched off. */
    static final RuleSet CHANGED = PACKS.withSeverity("RISK-003", Severity.INFO).withSeverity("SMART-003", Severity.CRITICAL)
            .withoutRule("SMART-004");

    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sample_atItsStatusDate_isEvaluatedExactlyAsPinned(String name) {
        Project project = Samples.read(name).orElseThrow();

        String text = EvaluationText.of(PACKS.evaluate(project, EvaluationContext.of(project)));

        assertThat(text.lines()).containsExactlyElementsOf(resource(name.replace(".json", ".txt")).lines().toList());
    }

    @Test
    void manyEvaluations_haveThePinnedDigests() {
        assertThat(digests()).containsExactlyElementsOf(resource("digests.txt").lines().toList());
    }

    @Test
    void digests_tellDifferentEvaluationsApart() {
        // the pins are only worth something if the digests differ where the evaluations do
        assertThat(digests().stream().map(line -> line.substring(line.lastIndexOf(' ') + 1)).distinct().count())
                .isGreaterThan(200);
    }

    /** One line per evaluation: what was evaluated, then the digest of its text. */
    static List<String> digests() {
        List<String> lines = new ArrayList<>();
        for (String name : Samples.NAMES) {
            Project project = Samples.read(name).orElseThrow();
            LocalDate own = EvaluationContext.of(project).statusDate();
            for (LocalDate date : List.of(project.start(), project.start().plusDays(45), own, own.plusDays(90),
                    own.plusDays(400))) {
                EvaluationContext context = EvaluationContext.at(date);
                lines.add(name + " " + date + " default " + EvaluationText.digest(PACKS.evaluate(project, context)));
                lines.add(name + " " + date + " strict " + EvaluationText.digest(
                        PACKS.evaluate(project, context.withPolicy(STRICT))));
                lines.add(name + " " + date + " changed " + EvaluationText.digest(CHANGED.evaluate(project, context)));
            }
        }
        for (int seed = 1; seed <= 40; seed++) {
            for (boolean baseline : List.of(false, true)) {
                Project project = ProjectGenerator.withSeed(seed).activities(50).linksPerActivity(2.5)
                        .calendar(WorkCalendar.MON_FRI).baseline(baseline).generate();
                for (int days : List.of(0, 120, 400)) {
                    LocalDate date = project.start().plusDays(days);
                    lines.add("generated " + seed + (baseline ? " baseline " : " plain ") + date + " "
                            + EvaluationText.digest(PACKS.evaluate(project, EvaluationContext.at(date))));
                }
            }
        }
        return lines;
    }

    private static String resource(String name) {
        try (InputStream in = SampleEvaluationsTest.class.getResourceAsStream("/evaluations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no pinned evaluation " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
