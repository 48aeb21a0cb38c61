package org.pmokit.cli;

import java.time.Clock;
import java.util.Objects;
import org.pmokit.rules.RuleSet;

/**
 * What a run of the command depends on besides its arguments: the clock (read only for
 * {@code --status-date today}), the rules to evaluate with, and whether standard error is a
 * terminal (for the progress bar). Tests pass their own.
 *
 * @param clock the clock for {@code --status-date today}
 * @param rules the rules
 * @param stderrIsTerminal whether standard error is a terminal
 */
record Settings(Clock clock, RuleSet rules, boolean stderrIsTerminal) {

    Settings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(rules, "rules");
    }
}
