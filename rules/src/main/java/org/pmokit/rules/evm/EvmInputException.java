package org.pmokit.rules.evm;

import java.util.Objects;
import org.pmokit.rules.Text;

/**
 * Thrown when the earned value engine cannot measure a project or a portfolio from its input: no
 * baseline, an amount in another currency, a calendar that does not cover a date, an earned value
 * above the budget at completion (FORMULAS.md section 5: an input error), a portfolio in several
 * currencies without exchange rates. The message names the field and the value; {@link #reason()}
 * gives it in English and Simplified Chinese, so that an analysis can report it as an undefined
 * result.
 */
public final class EvmInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The reason in both languages. */
    private final transient Text reason;

    /**
     * Creates the exception.
     *
     * @param reason what is wrong, in both languages; the English text is the message
     */
    public EvmInputException(Text reason) {
        super(Objects.requireNonNull(reason, "reason").english());
        this.reason = reason;
    }

    /**
     * Returns what is wrong, in both languages.
     *
     * @return the reason
     */
    public Text reason() {
        return reason;
    }
}
