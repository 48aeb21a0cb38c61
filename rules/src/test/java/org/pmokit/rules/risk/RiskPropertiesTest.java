package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskId;
import org.pmokit.core.project.RiskImpact;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.RuleSet;

/**
 * Invariants of the risk pack on generated registers of up to 30 risks of every kind, status and
 * shape: with and without cost, schedule and level; owners, strategies and responses present or
 * not; dates and instants around the status date 2026-04-30 in three offsets.
 */
class RiskPropertiesTest {

    private static final RuleSet PACK = RuleSet.of(RiskRules.pack());
    private static final Currency CNY = Currency.getInstance("CNY");

    /** One generated risk, waiting for its identifier. */
    static final class Spec {
        RiskKind kind;
        RiskCategory category;
        BigDecimal probability;
        Money cost;
        Integer days;
        Integer level;
        String owner;
        RiskStrategy strategy;
        String response;
        RiskStatus status;
        LocalDate identified;
        LocalDate reviewed;
        OffsetDateTime identifiedAt;
        OffsetDateTime responseStarted;

        Risk toRisk(String id) {
            return new Risk(RiskId.of(id), "Risk " + id, category, kind, probability,
                    new RiskImpact(Optional.ofNullable(cost), days == null ? OptionalInt.empty() : OptionalInt.of(days),
                            level == null ? OptionalInt.empty() : OptionalInt.of(level)),
                    Optional.ofNullable(owner), Optional.ofNullable(strategy), Optional.ofNullable(response), status,
                    Optional.ofNullable(identified), Optional.ofNullable(reviewed), List.of(),
                    Optional.ofNullable(identifiedAt), Optional.ofNullable(responseStarted));
        }
    }

    private static Arbitrary<OffsetDateTime> instants() {
        OffsetDateTime base = OffsetDateTime.of(2026, 4, 25, 0, 0, 0, 0, ZoneOffset.UTC);
        return Arbitraries.integers().between(0, 8 * 24 * 60)
                .flatMap(minutes -> Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(8), ZoneOffset.ofHours(-5))
                        .map(offset -> base.plusMinutes(minutes).withOffsetSameInstant(offset)));
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 520).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
    }

    private static Arbitrary<Spec> specs() {
        return Builders.withBuilder(Spec::new)
                .use(Arbitraries.of(RiskKind.class)).in((s, v) -> { s.kind = v; return s; })
                .use(Arbitraries.of(RiskCategory.class)).in((s, v) -> { s.category = v; return s; })
                .use(Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3))
                .in((s, v) -> { s.probability = v; return s; })
                .use(Arbitraries.longs().between(0, 300_000_000L).map(m -> Money.ofMinor(CNY, m))
                        .injectNull(0.2)).in((s, v) -> { s.cost = v; return s; })
                .use(Arbitraries.integers().between(0, 40).injectNull(0.3)).in((s, v) -> { s.days = v; return s; })
                .use(Arbitraries.integers().between(1, 5).injectNull(0.3)).in((s, v) -> { s.level = v; return s; })
                .use(Arbitraries.of("Owner A", "Owner B", " ").injectNull(0.3)).in((s, v) -> { s.owner = v; return s; })
                .use(Arbitraries.of(RiskStrategy.class).injectNull(0.3)).in((s, v) -> { s.strategy = v; return s; })
                .use(Arbitraries.of("Plan").injectNull(0.3)).in((s, v) -> { s.response = v; return s; })
                .use(Arbitraries.of(RiskStatus.class)).in((s, v) -> { s.status = v; return s; })
                .use(dates().injectNull(0.2)).in((s, v) -> { s.identified = v; return s; })
                .use(dates().injectNull(0.4)).in((s, v) -> { s.reviewed = v; return s; })
                .use(instants().injectNull(0.3)).in((s, v) -> { s.identifiedAt = v; return s; })
                .use(instants().injectNull(0.5)).in((s, v) -> { s.responseStarted = v; return s; })
                .build();
    }

    @Provide
    Arbitrary<List<Risk>> registers() {
        return specs().list().ofMaxSize(30)
                .map(specs -> IntStream.range(0, specs.size()).mapToObj(i -> specs.get(i).toRisk("R" + i)).toList());
    }

    @Provide
    Arbitrary<Optional<Money>> reserves() {
        return Arbitraries.longs().between(0, 200_000_000L).map(m -> Money.ofMinor(CNY, m))
                .injectNull(0.3).map(Optional::ofNullable);
    }

    private static Project project(List<Risk> risks, Optional<Money> reserve) {
        Project p = RiskFixtures.project(risks);
        return reserve.map(r -> p.toBuilder().budget(new Budget(RiskFixtures.cny("1200000.00"), Optional.of(r),
                Optional.empty())).build()).orElse(p);
    }

    @Property(tries = 300)
    void findings_andMetrics_doNotDependOnTheOrderOfRisks(@ForAll("registers") List<Risk> risks,
            @ForAll("reserves") Optional<Money> reserve, @ForAll long seed) {
        List<Risk> shuffled = new ArrayList<>(risks);
        Collections.shuffle(shuffled, new Random(seed));
        Project original = project(risks, reserve);
        Project reordered = project(shuffled, reserve);

        Evaluation a = PACK.evaluate(original, EvaluationContext.of(original));
        Evaluation b = PACK.evaluate(reordered, EvaluationContext.of(reordered));

        assertThat(b.findings()).isEqualTo(a.findings());
        assertThat(b.metrics()).isEqualTo(a.metrics());
        for (Rule rule : RiskRules.pack().rules()) {
            assertThat(rule.evaluate(new RuleInput(reordered, EvaluationContext.of(reordered))))
                    .isEqualTo(rule.evaluate(new RuleInput(original, EvaluationContext.of(original))));
        }
    }

    @Property(tries = 300)
    void totalEmv_isTheSumOfThePerRiskEmv(@ForAll("registers") List<Risk> risks) {
        RiskAssessment a = RiskAssessment.of(RiskFixtures.project(risks), RiskScoring.defaults());
        Money zero = Money.zero(a.currency());

        Money sum = a.open().stream().map(RiskResult::emv).reduce(zero, Money::plus);
        Money absolute = a.open().stream().map(r -> r.emv().abs()).reduce(zero, Money::plus);

        assertThat(a.emvTotal()).isEqualTo(sum);
        assertThat(a.emvThreats().plus(a.emvOpportunities())).isEqualTo(a.emvTotal());
        assertThat(a.emvThreats().isPositive()).isFalse();
        assertThat(a.emvOpportunities().isNegative()).isFalse();
        assertThat(a.exposure().values().stream().reduce(zero, Money::plus)).isEqualTo(absolute);
        for (RiskResult r : a.results()) {
            assertThat(r.emv()).isEqualTo(RiskScoring.emv(r.risk(), a.currency()));
        }
    }

    @Property(tries = 300)
    void score_isWithinOneTo25_andBandedByThePolicy(@ForAll("registers") List<Risk> risks) {
        RiskAssessment a = RiskAssessment.of(RiskFixtures.project(risks), RiskScoring.defaults());

        for (RiskResult r : a.results()) {
            assertThat(r.probabilityLevel()).isBetween(1, 5);
            assertThat(r.impactLevel()).isBetween(1, 5);
            assertThat(r.score()).isBetween(1, 25).isEqualTo(r.probabilityLevel() * r.impactLevel());
            assertThat(r.band()).isEqualTo(RiskScoring.defaults().band(r.score()));
            assertThat(r.impactLevel()).isGreaterThanOrEqualTo(r.risk().impact().level().orElse(1));
        }
        assertThat(a.countsByBand().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(a.open().size());
        assertThat(a.heatMap(RiskKind.THREAT).count() + a.heatMap(RiskKind.OPPORTUNITY).count())
                .isEqualTo(a.open().size());
    }
}
