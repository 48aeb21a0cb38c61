package org.pmokit.core.project;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NonBlank}: absent passes; present must hold a character that is neither white space
 * nor a space character (so a no-break space or an ideographic space alone is blank too).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NonBlankValidator implements ConstraintValidator<NonBlank, CharSequence> {

    /** Creates the validator; Hibernate Validator calls this. */
    public NonBlankValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }
}
