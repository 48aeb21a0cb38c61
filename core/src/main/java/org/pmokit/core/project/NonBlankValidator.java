package org.pmokit.core.project;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NonBlank}: absent passes; present must hold a character that is not white space.
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
            if (!Character.isWhitespace(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
