package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.pmokit.core.project.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.validation.ViolationCode;

class BaselineActivityTest {

    private static final ActivityId A1 = ActivityId.of("A1");
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final LocalDate FINISH = LocalDate.of(2026, 1, 23);

    @Test
    void constructor_keepsTheParts() {
        BaselineActivity b = new BaselineActivity(A1, START, FINISH, Money.of("CNY", "300000.00"));

        assertThat(b.activity()).isEqualTo(A1);
        assertThat(b.start()).isEqualTo(START);
        assertThat(b.finish()).isEqualTo(FINISH);
        assertThat(b.budget()).isEqualTo(Money.of("CNY", "300000.00"));
    }

    @Test
    void constructor_acceptsFinishBeforeStart_whichTheValidatorReports() {
        assertThat(new BaselineActivity(A1, FINISH, START, Money.of("CNY", "0")).finish()).isEqualTo(START);
    }

    @Test
    void constructor_refusesNegativeBudget_withCodePathAndMessage() {
        assertRefused(() -> new BaselineActivity(A1, START, FINISH, Money.of("CNY", "-5.00")),
                ViolationCode.VALUE_NEGATIVE, "budget", "baseline of A1: budget must not be negative: CNY -5.00");
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        Money zero = Money.of("CNY", "0");
        assertThatNullPointerException().isThrownBy(() -> new BaselineActivity(null, START, FINISH, zero))
                .withMessage("activity");
        assertThatNullPointerException().isThrownBy(() -> new BaselineActivity(A1, null, FINISH, zero))
                .withMessage("start");
        assertThatNullPointerException().isThrownBy(() -> new BaselineActivity(A1, START, null, zero))
                .withMessage("finish");
        assertThatNullPointerException().isThrownBy(() -> new BaselineActivity(A1, START, FINISH, null))
                .withMessage("budget");
    }
}
