package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.pmokit.core.project.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmokit.core.validation.Violation;
import org.pmokit.core.validation.ViolationCode;

class ProgressRecordTest {

    private static final LocalDate STATUS = LocalDate.of(2026, 4, 30);

    private static ProgressRecord record(String percent, OptionalInt remaining) {
        return new ProgressRecord(STATUS, ActivityId.of("A1"), new BigDecimal(percent),
                Optional.of(LocalDate.of(2026, 1, 5)), Optional.empty(), remaining);
    }

    @Test
    void constructor_refusesPercentCompleteAbove100_withCodePathAndMessage() {
        Violation v = assertRefused(() -> record("101", OptionalInt.empty()),
                ViolationCode.PERCENT_COMPLETE_OUT_OF_RANGE, "percentComplete",
                "progress of A1 on 2026-04-30: percent complete must be between 0 and 100: 101");
        assertThat(v.message(Locale.CHINESE))
                .isEqualTo("progress of A1 on 2026-04-30：完成百分比必须在 0 到 100 之间：101");
    }

    @Test
    void constructor_refusesPercentCompleteJustAbove100() {
        assertRefused(() -> record("100.01", OptionalInt.empty()), ViolationCode.PERCENT_COMPLETE_OUT_OF_RANGE,
                "percentComplete", "progress of A1 on 2026-04-30: percent complete must be between 0 and 100: 100.01");
    }

    @Test
    void constructor_refusesNegativePercentComplete_withCodePathAndMessage() {
        assertRefused(() -> record("-1", OptionalInt.empty()), ViolationCode.PERCENT_COMPLETE_OUT_OF_RANGE,
                "percentComplete", "progress of A1 on 2026-04-30: percent complete must be between 0 and 100: -1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "35", "99.5", "100", "100.00"})
    void constructor_acceptsPercentCompleteFrom0To100(String percent) {
        assertThat(record(percent, OptionalInt.empty()).percentComplete()).isEqualByComparingTo(percent);
    }

    @Test
    void constructor_refusesNegativeRemainingDuration_withCodePathAndMessage() {
        assertRefused(() -> record("50", OptionalInt.of(-2)), ViolationCode.VALUE_NEGATIVE, "remainingDuration",
                "progress of A1 on 2026-04-30: remainingDuration must not be negative: -2");
    }

    @Test
    void constructor_acceptsZeroRemainingDuration() {
        assertThat(record("50", OptionalInt.of(0)).remainingDuration()).hasValue(0);
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new ProgressRecord(null, ActivityId.of("A1"),
                BigDecimal.ONE, Optional.empty(), Optional.empty(), OptionalInt.empty())).withMessage("date");
        assertThatNullPointerException().isThrownBy(() -> new ProgressRecord(STATUS, null,
                BigDecimal.ONE, Optional.empty(), Optional.empty(), OptionalInt.empty())).withMessage("activity");
        assertThatNullPointerException().isThrownBy(() -> new ProgressRecord(STATUS, ActivityId.of("A1"),
                null, Optional.empty(), Optional.empty(), OptionalInt.empty())).withMessage("percentComplete");
        assertThatNullPointerException().isThrownBy(() -> new ProgressRecord(STATUS, ActivityId.of("A1"),
                BigDecimal.ONE, Optional.empty(), null, OptionalInt.empty())).withMessage("actualFinish");
    }
}
