package org.pmokit.rules;

import java.util.List;
import java.util.Objects;

/**
 * Writes the rule catalogue and the policy table as Markdown, from the code: each rule's id,
 * pack, area, subject, default severity and title in both languages; each policy key's default,
 * range, meaning and source. {@code docs/RULES.md} is this text, and a test keeps it current.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    /**
     * Returns the catalogue of every rule of a rule set, followed by the policy table.
     *
     * @param rules the rule set, usually {@link StandardRules#all()}
     * @return the Markdown text
     */
    public static String markdown(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        StringBuilder s = new StringBuilder();
        s.append("# Rule catalogue\n\n")
                .append("Generated from the code by `RuleCatalogTest`; do not edit by hand. Every rule has an id, a\n")
                .append("title in English and Simplified Chinese, a default severity and at least one test.\n")
                .append("Thresholds come from the policy below; each can be overridden key by key.\n");
        String pack = null;
        for (Rule rule : rules.allRules()) {
            RuleInfo info = rule.info();
            if (!info.pack().equals(pack)) {
                pack = info.pack();
                s.append("\n## Pack `").append(pack).append("`\n\n")
                        .append("| id | area | subject | default severity | title | 标题 |\n")
                        .append("|---|---|---|---|---|---|\n");
            }
            s.append("| ").append(info.id())
                    .append(" | ").append(info.area())
                    .append(" | ").append(info.subject())
                    .append(" | ").append(info.defaultSeverity())
                    .append(" | ").append(cell(info.title().english()))
                    .append(" | ").append(cell(info.title().chinese()))
                    .append(" |\n");
        }
        s.append("\n## Policy\n\n")
                .append("| key | default | range | meaning | 含义 | source |\n")
                .append("|---|---|---|---|---|---|\n");
        for (PolicyKey<?> key : PolicyKeys.ALL) {
            s.append("| `").append(key.name())
                    .append("` | ").append(key.defaultValue())
                    .append(" | ").append(key.range())
                    .append(" | ").append(cell(key.description().english()))
                    .append(" | ").append(cell(key.description().chinese()))
                    .append(" | ").append(cell(key.source()))
                    .append(" |\n");
        }
        return s.toString();
    }

    /**
     * Returns the identifiers of every rule of a rule set.
     *
     * @param rules the rule set
     * @return the identifiers, in catalogue order
     */
    public static List<String> ids(RuleSet rules) {
        return rules.allRules().stream().map(r -> r.info().id()).toList();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
