package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.pmokit.core.project.Refusals.assertRefused;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.validation.ViolationCode;

class BudgetTest {

    private static Money cny(String amount) {
        return Money.of("CNY", amount);
    }

    @Test
    void of_setsTotalAndBothReserves() {
        Budget b = Budget.of(cny("9800000.00"), cny("1400000.00"), cny("400000.00"));

        assertThat(b.approvedTotal()).isEqualTo(cny("9800000.00"));
        assertThat(b.contingencyReserve()).contains(cny("1400000.00"));
        assertThat(b.managementReserve()).contains(cny("400000.00"));
    }

    @Test
    void constructor_acceptsZeroAndAbsentReserves() {
        Budget b = new Budget(cny("0"), Optional.empty(), Optional.empty());

        assertThat(b.approvedTotal().isZero()).isTrue();
        assertThat(b.contingencyReserve()).isEmpty();
        assertThat(b.managementReserve()).isEmpty();
    }

    @Test
    void constructor_refusesNegativeTotal_withCodePathAndMessage() {
        assertRefused(() -> Budget.of(cny("-1.00"), cny("0"), cny("0")), ViolationCode.VALUE_NEGATIVE,
                "approvedTotal", "budget: approvedTotal must not be negative: CNY -1.00");
    }

    @Test
    void constructor_refusesNegativeContingencyReserve_withCodePathAndMessage() {
        assertRefused(() -> Budget.of(cny("1.00"), cny("-2.00"), cny("0")), ViolationCode.VALUE_NEGATIVE,
                "contingencyReserve", "budget: contingencyReserve must not be negative: CNY -2.00");
    }

    @Test
    void constructor_refusesNegativeManagementReserve_withCodePathAndMessage() {
        assertRefused(() -> Budget.of(cny("1.00"), cny("0"), cny("-3.00")), ViolationCode.VALUE_NEGATIVE,
                "managementReserve", "budget: managementReserve must not be negative: CNY -3.00");
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new Budget(null, Optional.empty(), Optional.empty()))
                .withMessage("approvedTotal");
        assertThatNullPointerException().isThrownBy(() -> new Budget(cny("1"), null, Optional.empty()))
                .withMessage("contingencyReserve");
        assertThatNullPointerException().isThrownBy(() -> new Budget(cny("1"), Optional.empty(), null))
                .withMessage("managementReserve");
    }
}
