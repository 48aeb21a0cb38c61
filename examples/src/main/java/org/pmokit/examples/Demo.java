package org.pmokit.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.pmokit.core.project.Project;
import org.pmokit.core.validation.ProjectValidator;
import org.pmokit.core.validation.ValidationResult;

/**
 * The demo that {@code ./pmokit demo} runs: evaluates the sample projects and writes the reports.
 *
 * <p>In this version it validates the CRM upgrade project of seed 002 and prints the result in
 * English and Simplified Chinese; evaluation and reports arrive with the rules and reporting work.
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
     * @return the validation result of the sample project
     */
    public static ValidationResult run(PrintStream out) {
        Project project = CrmUpgrade2026.project();
        ValidationResult result = ProjectValidator.standard().validate(project);
        out.println("PMO Kit demo");
        out.println();
        out.println(project + ": " + (result.isValid() ? "valid / 校验通过" : result.violations().size() + " violation(s)"));
        if (!result.isValid()) {
            out.println(result.describe(Locale.ENGLISH));
            out.println(result.describe(Locale.SIMPLIFIED_CHINESE));
        }
        out.println();
        out.println("Not built yet: JSON documents, evaluation (rules, critical path, earned value, risk,");
        out.println("change control) and the HTML, JSON, Markdown and CSV reports. See README.md, Status.");
        return result;
    }
}
