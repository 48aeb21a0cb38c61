package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.change.ChangeFixtures.cny;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ImpactAssessment;
import org.pmokit.core.project.ImpactLevel;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Role;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Text;

class ApprovalRoutingTest {

    private static final ApprovalRouting ROUTING = ApprovalRouting.standard();
    /** The CRM sample's BAC. */
    private static final Money BAC = cny("8000000.00");

    private static ImpactAssessment impact(Money cost, int days, boolean compliance) {
        return new ImpactAssessment(cost, days, ImpactLevel.MEDIUM, ImpactLevel.HIGH, ImpactLevel.MEDIUM, compliance);
    }

    private static ImpactAssessment impact(String cost, int days) {
        return impact(cny(cost), days, false);
    }

    /** The CRM sample's CR2: +350,000.00 of BAC 8,000,000.00 is 4.375%, shown as 4.4%; +8 working days; compliance. */
    @Test
    void crmCr2_needsTheBoardAndTheComplianceOfficer_andSaysWhy() {
        ApprovalRoute route = ROUTING.route(impact(cny("350000.00"), 8, true), BAC);

        assertThat(route.authority()).isEqualTo(Authority.CHANGE_CONTROL_BOARD);
        assertThat(route.compliance()).isTrue();
        assertThat(route.quorum()).isEqualTo(3);
        assertThat(route.costShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.04375"));
        assertThat(route.scheduleDays()).isEqualTo(8);
        assertThat(route.cost()).isEqualTo(cny("350000.00"));
        assertThat(route.requiredRoles()).isEqualTo(Set.of(Role.CCB_MEMBER, Role.COMPLIANCE_OFFICER));
        // in the order of the roles, the same in every run (not a hash order)
        assertThat(route.requiredRoles()).containsExactly(Role.CCB_MEMBER, Role.COMPLIANCE_OFFICER);
        assertThat(route.explanation().english()).isEqualTo("needs the change control board: cost +4.4% of BAC is above 1%"
                + " and schedule +8 working days is above 5 working days; and the compliance officer: the change affects compliance");
        assertThat(route.explanation().chinese()).isEqualTo("需由变更控制委员会审批：成本 +4.4%（占完工预算）高于 1%，"
                + "进度 +8 个工作日高于 5 个工作日；另需合规官审批：该变更影响合规");
    }

    @ParameterizedTest(name = "{0} and {1} days: {2}")
    @CsvSource(delimiter = '|', value = {
        // 1% of 8,000,000.00 = 80,000.00; 5% = 400,000.00; both limits inclusive; 80,000.01 is 1.000000125%,
        // shown to the first decimal that differs from 1%; 500,000.00 is 6.25%, shown 6.2% (half-even)
        "0.00       | 0   | PROJECT_MANAGER      | needs the project manager: cost 0% of BAC is within 1% and schedule 0 working days is within 5 working days",
        "80000.00   | 5   | PROJECT_MANAGER      | needs the project manager: cost +1% of BAC is within 1% and schedule +5 working days is within 5 working days",
        "-80000.00  | -5  | PROJECT_MANAGER      | needs the project manager: cost -1% of BAC is within 1% in size and schedule -5 working days is within 5 working days in size",
        "79200.00   | 1   | PROJECT_MANAGER      | needs the project manager: cost +0.99% of BAC is within 1% and schedule +1 working day is within 5 working days",
        "80000.01   | 0   | CHANGE_CONTROL_BOARD | needs the change control board: cost +1.0000001% of BAC is above 1%",
        "0.00       | 6   | CHANGE_CONTROL_BOARD | needs the change control board: schedule +6 working days is above 5 working days",
        "400000.00  | 20  | CHANGE_CONTROL_BOARD | needs the change control board: cost +5% of BAC is above 1% and schedule +20 working days is above 5 working days",
        "-350000.00 | -8  | CHANGE_CONTROL_BOARD | needs the change control board: cost -4.4% of BAC is above 1% in size and schedule -8 working days is above 5 working days in size",
        "400000.01  | 0   | STEERING_COMMITTEE   | needs the steering committee: cost +5.0000001% of BAC is above 5%",
        "480000.00  | 3   | STEERING_COMMITTEE   | needs the steering committee: cost +6% of BAC is above 5%",
        "0.00       | 21  | STEERING_COMMITTEE   | needs the steering committee: schedule +21 working days is above 20 working days",
        "500000.00  | -25 | STEERING_COMMITTEE   | needs the steering committee: cost +6.2% of BAC is above 5% and schedule -25 working days is above 20 working days in size",
    })
    void route_byTheSizeOfTheChange(String cost, int days, Authority authority, String explanation) {
        ApprovalRoute route = ROUTING.route(impact(cost, days), BAC);

        assertThat(route.authority()).isEqualTo(authority);
        assertThat(route.compliance()).isFalse();
        assertThat(route.quorum()).isEqualTo(authority == Authority.CHANGE_CONTROL_BOARD ? 3 : 1);
        assertThat(route.requiredRoles()).containsExactly(authority.role());
        assertThat(route.explanation().english()).isEqualTo(explanation);
    }

    @Test
    void route_inChinese_forTheProjectManager_andASaving() {
        assertThat(ROUTING.route(impact("-80000.00", -5), BAC).explanation().chinese())
                .isEqualTo("需由项目经理审批：成本 -1%（占完工预算）绝对值不超过 1%，进度 -5 个工作日绝对值不超过 5 个工作日");
        assertThat(ROUTING.route(impact("480000.00", 25), BAC).explanation().chinese())
                .isEqualTo("需由指导委员会审批：成本 +6%（占完工预算）高于 5%，进度 +25 个工作日高于 20 个工作日");
    }

    @Test
    void aCostThatCannotBeSetAgainstBac_goesToTheSteeringCommittee_sayingWhy() {
        ApprovalRoute zero = ROUTING.route(impact("1.00", 0), cny("0.00"));
        ApprovalRoute usd = ROUTING.route(impact(Money.of("USD", "100.00"), 0, false), BAC);

        assertThat(zero.authority()).isEqualTo(Authority.STEERING_COMMITTEE);
        assertThat(zero.costShare()).isEmpty();
        assertThat(zero.explanation()).isEqualTo(Text.of(
                "needs the steering committee: cost +CNY 1.00 cannot be set against BAC: the budget at completion is zero",
                "需由指导委员会审批：成本 +CNY 1.00 无法与完工预算比较：完工预算为零"));
        assertThat(usd.authority()).isEqualTo(Authority.STEERING_COMMITTEE);
        assertThat(usd.explanation()).isEqualTo(Text.of("needs the steering committee: cost +USD 100.00 cannot be set"
                + " against BAC: the cost is in USD, the budget at completion in CNY",
                "需由指导委员会审批：成本 +USD 100.00 无法与完工预算比较：成本币种 USD 与完工预算币种 CNY 不一致"));
    }

    @Test
    void aZeroCost_needsNoBac() {
        assertThat(ROUTING.route(impact("0.00", 1), cny("0.00")).authority()).isEqualTo(Authority.PROJECT_MANAGER);
    }

    @Test
    void routeOfAProject_usesItsBudgetAtCompletion() {
        // BAC 1,000,000.00: 44,000.00 is 4.4%
        Project p = ChangeFixtures.project(ChangeFixtures.change(ChangeStatus.ASSESSED));

        ApprovalRoute route = ROUTING.route(p, ChangeFixtures.cr(p)).orElseThrow();

        assertThat(route.costShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.044"));
        assertThat(route.authority()).isEqualTo(Authority.CHANGE_CONTROL_BOARD);
    }

    @Test
    void routeOfAProject_withAnUndefinedBac_goesToTheSteeringCommittee_withTheReason() {
        Baseline usd = new Baseline(1, ChangeFixtures.START, List.of(new BaselineActivity(ActivityId.of("A1"),
                ChangeFixtures.START, ChangeFixtures.START, Money.of("USD", "10.00"))));
        Project p = ChangeFixtures.projectBuilder().baselines(List.of(usd))
                .changeRequest(ChangeFixtures.change(ChangeStatus.ASSESSED)).build();

        ApprovalRoute route = ROUTING.route(p, ChangeFixtures.cr(p)).orElseThrow();

        assertThat(route.authority()).isEqualTo(Authority.STEERING_COMMITTEE);
        assertThat(route.explanation().english()).startsWith("needs the steering committee: cost +CNY 44,000.00 cannot be"
                + " set against BAC: baseline budgets in USD, not in the project's currency CNY");
    }

    @Test
    void routeOfAProject_withoutAnImpactAssessment_isRefused() {
        Project p = ChangeFixtures.project(ChangeFixtures.change(ChangeStatus.SUBMITTED, Optional.empty()));

        Refusal r = ROUTING.route(p, ChangeFixtures.cr(p)).why().orElseThrow();

        assertThat(r.reason()).isEqualTo(Refusal.Reason.NO_IMPACT_ASSESSMENT);
        assertThat(r.message()).isEqualTo(Text.of("cannot route change request CR1: it has no impact assessment",
                "无法确定变更请求 CR1 的审批路径：尚无影响评估"));
    }

    @Test
    void theThresholdsAndQuorum_comeFromThePolicy() {
        Policy policy = Policy.fromJson("{\"change.pm.maxCostShare\": 0.05, \"change.pm.maxDays\": 10,"
                + " \"change.ccb.maxCostShare\": 0.10, \"change.ccb.quorum\": 5}");
        ApprovalRouting routing = ApprovalRouting.of(policy);

        assertThat(routing.route(impact("350000.00", 8), BAC).authority()).isEqualTo(Authority.PROJECT_MANAGER);
        ApprovalRoute board = routing.route(impact("500000.00", 8), BAC);
        assertThat(board.quorum()).isEqualTo(5);
        assertThat(board.explanation().english()).isEqualTo("needs the change control board: cost +6.2% of BAC is above 5%");
        assertThat(Policy.defaults().get(PolicyKeys.CHANGE_QUORUM)).isEqualTo(3);
    }

    @Test
    void route_refusesAQuorumBelowOne() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new ApprovalRoute(
                Authority.PROJECT_MANAGER, false, 0, BAC, Optional.empty(), 0, Text.of("x", "x")))
                .withMessage("quorum must be at least 1: 0");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /** A larger change (in cost and in days, either sign) never needs a lower authority. */
    @Property(tries = 500)
    void aLargerChange_neverNeedsALowerAuthority(@ForAll @LongRange(min = -2_000_000_00L, max = 2_000_000_00L) long fen,
            @ForAll @LongRange(min = 0, max = 1_000_000_00L) long moreFen,
            @ForAll @IntRange(min = -60, max = 60) int days, @ForAll @IntRange(min = 0, max = 30) int moreDays) {
        Money cost = Money.ofMinor(ChangeFixtures.CNY, fen);
        Money larger = Money.ofMinor(ChangeFixtures.CNY, fen >= 0 ? fen + moreFen : fen - moreFen);
        int longer = days >= 0 ? days + moreDays : days - moreDays;

        Authority small = ROUTING.route(impact(cost, days, false), BAC).authority();
        Authority large = ROUTING.route(impact(larger, longer, false), BAC).authority();

        assertThat(large.compareTo(small)).isGreaterThanOrEqualTo(0);
    }

    /** The route is the policy's table: project manager within 1% and 5 days, the board within 5% and 20. */
    @Property(tries = 500)
    void route_isThePolicyTable(@ForAll @LongRange(min = -1_000_000_00L, max = 1_000_000_00L) long fen,
            @ForAll @IntRange(min = -40, max = 40) int days, @ForAll boolean compliance) {
        ApprovalRoute route = ROUTING.route(impact(Money.ofMinor(ChangeFixtures.CNY, fen), days, compliance), BAC);
        long size = Math.abs(fen);
        // 1% of BAC = 8,000,000 fen; 5% = 40,000,000 fen
        Authority expected = size <= 8_000_000L && Math.abs(days) <= 5 ? Authority.PROJECT_MANAGER
                : size <= 40_000_000L && Math.abs(days) <= 20 ? Authority.CHANGE_CONTROL_BOARD : Authority.STEERING_COMMITTEE;

        assertThat(route.authority()).isEqualTo(expected);
        assertThat(route.compliance()).isEqualTo(compliance);
        assertThat(route.requiredRoles().contains(Role.COMPLIANCE_OFFICER)).isEqualTo(compliance);
        assertThat(route.explanation().english()).startsWith("needs " + expected.label().english() + ": ");
        assertThat(route.explanation().english().endsWith("; and the compliance officer: the change affects compliance"))
                .isEqualTo(compliance);
        assertThat(route.costShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo(
                BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(800_000_000L))));
    }
}
