package org.pmokit.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.StandardRules;

/**
 * Projects and reports for the reporting tests: the CRM upgrade sample (a copy of
 * examples/src/main/resources/samples/crm-upgrade-2026.json in the test resources) at its status
 * date 2026-04-30, evaluated by the standard packs and the earned value pack.
 */
public final class Fixtures {

    /** The CRM sample's status date. */
    public static final LocalDate STATUS = LocalDate.of(2026, 4, 30);

    /** The rules the tests evaluate with. */
    public static final RuleSet RULES = StandardRules.all();

    private Fixtures() {
    }

    /** The CRM upgrade sample. */
    public static Project crm() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/crm-upgrade-2026.json")) {
            return ProjectJson.standard().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the hostile project. */
    public static final String SCRIPT = "<script>alert(1)</script>";

    /**
     * The text that replaces every other free text of the hostile project: a spreadsheet formula at
     * its start, a script tag, both quotes, an ampersand and entity, Markdown emphasis, a table pipe
     * and a javascript link, and a line break.
     */
    public static final String HOSTILE = "=1+2 <script>alert(2)</script> \"dq\" 'sq' & &amp; *em* _u_ | pipe"
            + " [link](javascript:alert(3)) <img src=x onerror=alert(4)>\nline2";

    /** The fields of the project document that hold free text, which the hostile project fills. */
    private static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of("localName", "description", "sponsor",
            "manager", "department", "statement", "owner", "objective", "name", "unit", "title", "deliverable",
            "acceptance", "response", "requester", "comment", "by");

    /**
     * The CRM sample with every free text hostile: the project is named {@link #SCRIPT}, and every
     * other name, title, statement, owner, unit, deliverable, response, requester and comment is
     * {@link #HOSTILE}.
     */
    public static Project hostile() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/crm-upgrade-2026.json")) {
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.JsonNode tree = mapper.readTree(in);
            poison(tree);
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("name", SCRIPT);
            return ProjectJson.standard().read(mapper.writeValueAsString(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void poison(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            java.util.List<String> names = new java.util.ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (TEXT_FIELDS.contains(name) && o.get(name).isTextual()) {
                    o.put(name, HOSTILE);
                } else {
                    poison(o.get(name));
                }
            }
        } else if (node.isArray()) {
            node.forEach(Fixtures::poison);
        }
    }

    /** The report of a project at the CRM status date. */
    public static ProjectReport report(Project project) {
        EvaluationContext context = EvaluationContext.at(STATUS);
        Evaluation evaluation = RULES.evaluate(project, context);
        return ProjectReport.of(project, evaluation, context);
    }

    /** The report of the CRM sample. */
    public static ProjectReport crmReport() {
        return report(crm());
    }
}
