package org.pmokit.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pmokit.core.json.ReadResult;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.AreaStatus;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.StandardRules;

/**
 * The demo that {@code ./pmokit demo} runs: reads and validates the sample projects, evaluates each
 * at its status date with the standard rules, and prints the result in English and Simplified
 * Chinese.
 *
 * <p>The HTML, JSON, Markdown and CSV reports arrive with the reporting work.
 */
public final class Demo {

    private Demo() {
    }

    /**
     * Runs the demo.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Runs the demo, printing to the given stream.
     *
     * @param out where to print
     * @return the evaluation of each sample, in the order of {@link Samples#NAMES}
     * @throws IllegalStateException if a sample is not valid
     */
    public static List<Evaluation> run(PrintStream out) {
        RuleSet rules = StandardRules.all();
        out.println("PMO Kit demo: " + Samples.NAMES.size() + " sample projects, " + rules.rules().size() + " rules");
        List<Evaluation> evaluations = new ArrayList<>();
        for (String name : Samples.NAMES) {
            ReadResult read = Samples.read(name);
            out.println();
            if (!read.isValid()) {
                out.println(name + ": " + read.describe(Locale.ENGLISH));
                throw new IllegalStateException("sample " + name + " is not valid");
            }
            Project project = read.orElseThrow();
            EvaluationContext context = EvaluationContext.of(project);
            Evaluation evaluation = rules.evaluate(project, context);
            evaluations.add(evaluation);
            out.println("== " + name + ": " + project + ", valid / 校验通过, evaluated at " + context.statusDate()
                    + ": " + evaluation.findings().size() + " findings");
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                print(evaluation, locale, out);
            }
        }
        out.println();
        out.println("Not built yet: the critical path, earned value and change control engines, and the HTML,");
        out.println("JSON, Markdown and CSV reports. See README.md, Status.");
        return List.copyOf(evaluations);
    }

    private static void print(Evaluation evaluation, Locale locale, PrintStream out) {
        out.println(label(evaluation.overall(), locale));
        for (Area area : Area.values()) {
            out.println("  " + area.label().in(locale) + ": " + label(evaluation.status(area), locale));
        }
        for (Finding f : evaluation.findings()) {
            out.println("  [" + f.severity() + "] " + f.ruleId() + " " + f.subject() + ": " + f.message().in(locale));
        }
    }

    private static String label(AreaStatus status, Locale locale) {
        String rag = status.status().label().in(locale);
        return status.decidingRule().map(rule -> rag + " (" + rule + ")").orElse(rag);
    }
}
