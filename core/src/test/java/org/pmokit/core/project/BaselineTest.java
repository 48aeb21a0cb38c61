package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.pmokit.core.project.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmokit.core.money.Money;
import org.pmokit.core.validation.ViolationCode;

class BaselineTest {

    private static final LocalDate APPROVED = LocalDate.of(2026, 1, 5);

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void constructor_refusesVersionBelowOne_withCodePathAndMessage(int version) {
        assertRefused(() -> new Baseline(version, APPROVED, List.of()), ViolationCode.VALUE_TOO_SMALL, "version",
                "baseline: version must be at least 1: " + version);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, Integer.MAX_VALUE})
    void constructor_acceptsVersionFromOne(int version) {
        assertThat(new Baseline(version, APPROVED, List.of()).version()).isEqualTo(version);
    }

    @Test
    void constructor_copiesTheActivities() {
        BaselineActivity a1 = new BaselineActivity(ActivityId.of("A1"), APPROVED, APPROVED, Money.of("CNY", "1.00"));
        List<BaselineActivity> activities = new ArrayList<>(List.of(a1));
        Baseline b = new Baseline(1, APPROVED, activities);

        activities.clear();

        assertThat(b.activities()).containsExactly(a1);
    }

    @Test
    void constructorWithoutChange_linksToNoChangeRequest() {
        assertThat(new Baseline(1, APPROVED, List.of()).change()).isEmpty();
    }

    @Test
    void constructor_keepsTheLinkToTheChangeRequest() {
        Baseline b = new Baseline(2, APPROVED, List.of(), Optional.of(ChangeRequestId.of("CR2")));

        assertThat(b.change()).contains(ChangeRequestId.of("CR2"));
        assertThat(b).isNotEqualTo(new Baseline(2, APPROVED, List.of()));
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new Baseline(1, APPROVED, List.of(), null)).withMessage("change");
        assertThatNullPointerException().isThrownBy(() -> new Baseline(1, null, List.of())).withMessage("approved");
        assertThatNullPointerException().isThrownBy(() -> new Baseline(1, APPROVED, null));
    }
}
