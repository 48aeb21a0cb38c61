package org.pmokit.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;

/**
 * Projects, rules and packs for the engine's tests. The rules are pure functions of their input,
 * as real rules must be; their identifiers (TEST-001, ...) are deliberately unlike any real
 * pack's, so that they never count as a real rule's test in {@link RuleCatalogTest}.
 */
final class Fixtures {

    /** A Monday. */
    static final LocalDate START = LocalDate.of(2025, 3, 3);

    private Fixtures() {
    }

    /** A rule whose findings are computed by a function. */
    record TestRule(RuleInfo info, Function<RuleInput, List<Finding>> body) implements Rule {
        @Override
        public List<Finding> evaluate(RuleInput input) {
            return body.apply(input);
        }

        @Override
        public String toString() {
            return info.id();
        }
    }

    /** A minimal valid project: CNY, Monday to Friday, starting on {@link #START}. */
    static Project project(String id) {
        return Project.builder(id, "Project " + id).currency("CNY").calendar(WorkCalendar.MON_FRI).start(START).build();
    }

    /** A text whose Chinese form is recognisably the Chinese one. */
    static Text text(String english) {
        return Text.of(english, "中文：" + english);
    }

    static RuleInfo info(String id, String pack, Area area, Severity severity) {
        return new RuleInfo(id, pack, area, Subject.PROJECT, text("checks " + id), severity);
    }

    static Rule rule(RuleInfo info, Function<RuleInput, List<Finding>> body) {
        return new TestRule(info, body);
    }

    /** A rule that makes one finding per subject, on every project. */
    static Rule firing(String id, String pack, Area area, Severity severity, String... subjects) {
        RuleInfo info = info(id, pack, area, severity);
        return rule(info, input -> Arrays.stream(subjects)
                .map(subject -> info.finding(subject, text(id + " found " + subject), text("fix " + subject)))
                .toList());
    }

    /** A rule that never finds anything. */
    static Rule silent(String id, String pack, Area area) {
        return rule(info(id, pack, area, Severity.ERROR), input -> List.of());
    }

    static RulePack pack(String name, Rule... rules) {
        return new RulePack(name, List.of(rules), List.of());
    }

    static RulePack pack(String name, List<MetricSource> metrics, Rule... rules) {
        return new RulePack(name, List.of(rules), metrics);
    }
}
