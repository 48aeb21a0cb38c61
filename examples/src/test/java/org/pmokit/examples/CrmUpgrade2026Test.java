package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.validation.ProjectValidator;
import org.pmokit.core.validation.ValidationResult;

class CrmUpgrade2026Test {

    private static final Project CRM = CrmUpgrade2026.project();

    @Test
    void project_validatesClean() {
        ValidationResult result = ProjectValidator.standard().validate(CRM);

        assertThat(result.violations()).as(result.describe(Locale.ENGLISH)).isEmpty();
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void project_isTheExampleDocumentAtItsStatusDate() {
        assertThat(CRM.id().value()).isEqualTo("CRM-2026");
        assertThat(CRM.currency()).isEqualTo(Currency.getInstance("CNY"));
        assertThat(CRM.calendar()).isSameAs(WorkCalendar.CN);
        assertThat(CRM.start()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(CRM.statusDate()).contains(LocalDate.of(2026, 4, 30));
        assertThat(CRM.goals()).hasSize(4);
        assertThat(CRM.activities()).hasSize(14);
        assertThat(CRM.changeRequests()).hasSize(2);
        assertThat(CRM.baselines()).hasSize(1);
    }

    @Test
    void project_hasTheBudgetAtCompletion_ofTheExample() {
        Money bac = CRM.activities().stream().map(a -> a.budget().orElseThrow()).reduce(Money::plus).orElseThrow();
        Money baselined = CRM.currentBaseline().orElseThrow().activities().stream().map(BaselineActivity::budget)
                .reduce(Money::plus).orElseThrow();

        assertThat(bac).isEqualTo(Money.of("CNY", "8000000.00"));
        assertThat(baselined).isEqualTo(bac);
    }

    @Test
    void project_baselinesEveryActivity_andFinishesOn20260916() {
        assertThat(CRM.currentBaseline().orElseThrow().activities()).extracting(BaselineActivity::activity)
                .containsExactlyInAnyOrderElementsOf(CRM.activities().stream().map(Activity::id).toList());
        assertThat(CRM.currentBaseline().orElseThrow().activities()).filteredOn(b -> b.activity()
                .equals(ActivityId.of("A14"))).singleElement()
                .satisfies(b -> assertThat(b.finish()).isEqualTo(LocalDate.of(2026, 9, 16)));
    }

    @Test
    void project_isTheSameProject_everyTimeItIsBuilt() {
        assertThat(CrmUpgrade2026.project()).isEqualTo(CRM).hasSameHashCodeAs(CRM);
    }
}
