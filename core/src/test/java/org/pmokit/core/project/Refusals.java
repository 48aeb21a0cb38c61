package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.pmokit.core.validation.InvalidValueException;
import org.pmokit.core.validation.Violation;
import org.pmokit.core.validation.ViolationCode;

/** Assertions on a value refused when it is made. */
final class Refusals {

    private Refusals() {
    }

    /**
     * Asserts that making a value throws {@link InvalidValueException} with the given code, path
     * relative to the value, and English message (which is also the exception's message).
     *
     * @return the violation, for further assertions
     */
    static Violation assertRefused(ThrowingCallable make, ViolationCode code, String path, String message) {
        Throwable thrown = catchThrowable(make);
        assertThat(thrown).isInstanceOf(InvalidValueException.class).hasMessage(message);
        Violation v = ((InvalidValueException) thrown).violation();
        assertThat(v.code()).isEqualTo(code);
        assertThat(v.path()).isEqualTo(path);
        assertThat(v.message(Locale.ENGLISH)).isEqualTo(message);
        return v;
    }
}
