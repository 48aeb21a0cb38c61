package org.pmokit.core.project;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text, when present, has at least one character that is not white space.
 *
 * <p>Unlike {@link jakarta.validation.constraints.NotBlank} it accepts an absent value, so it
 * suits optional parts ({@code Optional<@NonBlank String>}); required parts are checked for
 * presence when they are made.
 */
@Documented
@Constraint(validatedBy = NonBlankValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NonBlank {

    /**
     * Returns the message.
     *
     * @return the message
     */
    String message() default "must not be blank";

    /**
     * Returns the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
