package org.pmokit.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that every rule of a rule set is fit for the catalogue: an id of the form
 * {@code XXX-000}, a title in English and Chinese, a default severity, and a test. A rule has a
 * test when its id appears, as a whole token, in at least one file under the test sources other
 * than the one excluded (the catalogue's own test, which names ids only to test this check).
 */
final class CatalogCheck {

    /** Upper-case letters, a hyphen, three digits. */
    static final Pattern ID = Pattern.compile("[A-Z]+-[0-9]{3}");

    private CatalogCheck() {
    }

    /**
     * Returns every problem, one line each; empty when every rule passes.
     *
     * @param rules the rules to check
     * @param testSources the directory whose files count as tests
     * @param excluded a file under it that does not count
     * @return the problems
     */
    static List<String> problems(RuleSet rules, Path testSources, Path excluded) {
        List<String> texts = testTexts(testSources, excluded);
        List<String> problems = new ArrayList<>();
        List<String> untested = new ArrayList<>();
        for (Rule rule : rules.allRules()) {
            RuleInfo info = rule.info();
            String id = info.id();
            if (!ID.matcher(id).matches()) {
                problems.add("rule " + id + ": id must look like XXX-000");
            }
            if (info.title().english().isBlank() || info.title().chinese().isBlank()) {
                problems.add("rule " + id + ": needs a title in English and Chinese");
            }
            if (info.defaultSeverity() == null) {
                problems.add("rule " + id + ": needs a default severity");
            }
            Pattern token = Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(id) + "(?![A-Za-z0-9_])");
            if (texts.stream().noneMatch(text -> token.matcher(text).find())) {
                untested.add(id);
            }
        }
        if (!untested.isEmpty()) {
            problems.add("rules without a test (their id appears in no file under src/test/java): "
                    + String.join(", ", untested));
        }
        return problems;
    }

    private static List<String> testTexts(Path testSources, Path excluded) {
        Path skip = excluded.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(testSources)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.toAbsolutePath().normalize().equals(skip))
                    .sorted()
                    .map(CatalogCheck::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
