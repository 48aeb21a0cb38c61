package org.pmokit.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.pmokit.core.project.Project;
import org.pmokit.core.validation.ProjectValidator;
import org.pmokit.core.validation.ValidationResult;
import org.pmokit.rules.Area;
import org.pmokit.rules.AreaStatus;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.StandardRules;

/**
 * The demo that {@code ./pmokit demo} runs: validates and evaluates the sample project and prints
 * the result in English and Simplified Chinese.
 *
 * <p>In this version it works on the CRM upgrade project of seed 002, evaluated at its status date
 * with the standard rules (goals, risk, finance); the HTML, JSON, Markdown and CSV reports arrive
 * with the reporting work.
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
     * @return the evaluation of the sample project
     * @throws IllegalStateException if the sample project is not valid
     */
    public static Evaluation run(PrintStream out) {
        Project project = CrmUpgrade2026.project();
        ValidationResult validation = ProjectValidator.standard().validate(project);
        out.println("PMO Kit demo");
        out.println();
        out.println(project + ": " + (validation.isValid() ? "valid / 校验通过" : validation.violations().size()
                + " violation(s)"));
        if (!validation.isValid()) {
            out.println(validation.describe(Locale.ENGLISH));
            throw new IllegalStateException("the sample project is not valid");
        }
        EvaluationContext context = EvaluationContext.of(project);
        Evaluation evaluation = StandardRules.all().evaluate(project, context);
        out.println("Evaluated at " + context.statusDate() + " with " + StandardRules.all().rules().size()
                + " rules: " + evaluation.findings().size() + " findings");
        out.println();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            print(evaluation, locale, out);
            out.println();
        }
        out.println("Not built yet: JSON documents in the demo, the critical path, earned value and change");
        out.println("control engines, and the HTML, JSON, Markdown and CSV reports. See README.md, Status.");
        return evaluation;
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
