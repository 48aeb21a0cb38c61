package org.pmokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class LogsTest {

    @Test
    void validatorBanner_isBelowTheLevelThatShows_butWarningsShow() {
        Logs.quietValidatorBanner();

        Logger version = Logger.getLogger("org.hibernate.validator.internal.util.Version");
        assertThat(version.isLoggable(Level.INFO)).isFalse();
        assertThat(version.isLoggable(Level.WARNING)).isTrue();
    }
}
