package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.finance.Fixtures.START;
import static org.pmokit.rules.finance.Fixtures.cashFlows;
import static org.pmokit.rules.finance.Fixtures.findings;
import static org.pmokit.rules.finance.Fixtures.project;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** FIN-004: NPV at the policy discount rate not negative. */
class NegativeNpvRuleTest {

    /** Brigham and Ehrhardt's project S: NPV 117.55 at 8%, 78.82 at 10%, -83.72 at 20%. */
    private static final Project S = project().cashFlows(cashFlows(-1000, 500, 400, 300, 100)).build();

    @Test
    void aPositiveNpvAtThePolicyRate_isSilent() {
        assertThat(findings(S, START, FinanceRules.NEGATIVE_NPV)).isEmpty();
    }

    @Test
    void aNegativeNpvAtThePolicyRate_isAWarning_withTheNpv() {
        // -1000 + 500/1.2 + 400/1.44 + 300/1.728 + 100/2.0736 = -83.719...
        Policy twentyPercent = Policy.defaults().with(PolicyKeys.DISCOUNT_RATE, new BigDecimal("0.20"));
        assertThat(findings(S, START, twentyPercent, FinanceRules.NEGATIVE_NPV)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.area()).isEqualTo(Area.FINANCE);
            assertThat(f.subject()).isEqualTo("cashFlows");
            assertThat(f.measured().map(Text::english)).contains("CNY -83.72");
            assertThat(f.threshold().map(Text::english)).contains(">= 0");
            assertThat(f.message().english()).isEqualTo("Net present value at 20% per period is CNY -83.72: the cash"
                    + " flows do not recover the investment at the policy discount rate.");
            assertThat(f.message().chinese()).isEqualTo("按每期 20% 折现的净现值为 CNY -83.72：按政策折现率，现金流无法收回投资。");
            assertThat(f.remedy().english()).isEqualTo("Review the costs and benefits of the investment case, or have the"
                    + " sponsor confirm the investment on other grounds.");
            assertThat(f.remedy().chinese()).isEqualTo("复核投资测算的成本与收益，或由发起人基于其他理由确认该投资。");
        });
    }

    @Test
    void atTheDefaultRate_aCaseThatOnlyBreaksEven_fires() {
        // -1000 + 1000/1.08 = -74.07
        Project p = project().cashFlows(cashFlows(-1000, 1000)).build();
        assertThat(findings(p, START, FinanceRules.NEGATIVE_NPV)).singleElement()
                .satisfies(f -> assertThat(f.measured().map(Text::english)).contains("CNY -74.07"));
    }

    @Test
    void anNpvOfZero_isSilent() {
        // -100 + 108/1.08 = 0
        Project p = project().cashFlows(cashFlows(-100, 108)).build();
        assertThat(findings(p, START, FinanceRules.NEGATIVE_NPV)).isEmpty();
    }

    @Test
    void withoutCashFlows_isSilent() {
        assertThat(findings(project().build(), START, FinanceRules.NEGATIVE_NPV)).isEmpty();
    }
}
