package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.validation.ProjectValidator;
import org.pmokit.core.validation.ValidationResult;
import org.pmokit.core.validation.Violation;
import org.pmokit.core.validation.ViolationCode;

class DecisionTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-02-05T10:30:00+08:00");

    @Test
    void constructor_keepsTheParts_withTheOffset() {
        Decision d = new Decision("CCB chair", Role.CCB_MEMBER, DecisionType.DEFER, AT, Optional.of("Next release"));

        assertThat(d.by()).isEqualTo("CCB chair");
        assertThat(d.role()).isEqualTo(Role.CCB_MEMBER);
        assertThat(d.decision()).isEqualTo(DecisionType.DEFER);
        assertThat(d.at()).isEqualTo(AT);
        assertThat(d.at().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
        assertThat(d.comment()).contains("Next release");
        assertThat(d.hash()).isEmpty();
    }

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void withHash_sealsTheDecision_andWithoutHashGivesTheContentBack() {
        Decision d = new Decision("CCB chair", Role.CCB_MEMBER, DecisionType.DEFER, AT, Optional.of("Next release"));

        Decision sealed = d.withHash(HASH);

        assertThat(sealed.hash()).contains(HASH);
        assertThat(sealed).isEqualTo(new Decision("CCB chair", Role.CCB_MEMBER, DecisionType.DEFER, AT,
                Optional.of("Next release"), Optional.of(HASH)));
        assertThat(sealed).isNotEqualTo(d);
        assertThat(sealed.withoutHash()).isEqualTo(d);
    }

    @Test
    void validator_reportsAMalformedHash_withPathAndBothLanguages() {
        Decision bad = new Decision("PMO", Role.PROJECT_MANAGER, DecisionType.APPROVE, AT, Optional.empty(),
                Optional.of(HASH.toUpperCase(Locale.ROOT)));
        Project project = Project.builder("P1", "Project").currency("CNY").calendar(WorkCalendar.MON_FRI)
                .start(LocalDate.of(2026, 1, 5))
                .changeRequest(new ChangeRequest(ChangeRequestId.of("CR1"), "t", ChangeType.SCOPE, "r", Optional.empty(),
                        Optional.empty(), ChangeStatus.APPROVED, List.of(bad), Optional.empty()))
                .build();

        ValidationResult result = ProjectValidator.standard().validate(project);

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.VALUE_MALFORMED);
            assertThat(v.path()).isEqualTo("changeRequests[CR1].decisions[0].hash");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("changeRequests[CR1].decisions[0].hash must look like "
                    + Decision.HASH_EXAMPLE + ": '" + HASH.toUpperCase(Locale.ROOT) + "'");
            assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("changeRequests[CR1].decisions[0].hash 的格式应形如 "
                    + Decision.HASH_EXAMPLE + "：'" + HASH.toUpperCase(Locale.ROOT) + "'");
        });
    }

    @Test
    void validator_acceptsAWellFormedHash() {
        Decision good = new Decision("PMO", Role.PROJECT_MANAGER, DecisionType.APPROVE, AT, Optional.empty(),
                Optional.of(HASH));
        Project project = Project.builder("P1", "Project").currency("CNY").calendar(WorkCalendar.MON_FRI)
                .start(LocalDate.of(2026, 1, 5))
                .changeRequest(new ChangeRequest(ChangeRequestId.of("CR1"), "t", ChangeType.SCOPE, "r", Optional.empty(),
                        Optional.empty(), ChangeStatus.APPROVED, List.of(good), Optional.empty()))
                .build();

        assertThat(ProjectValidator.standard().validate(project).violations()).extracting(Violation::path).isEmpty();
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new Decision(null, Role.SPONSOR, DecisionType.APPROVE, AT,
                Optional.empty())).withMessage("by");
        assertThatNullPointerException().isThrownBy(() -> new Decision("x", null, DecisionType.APPROVE, AT,
                Optional.empty())).withMessage("role");
        assertThatNullPointerException().isThrownBy(() -> new Decision("x", Role.SPONSOR, null, AT,
                Optional.empty())).withMessage("decision");
        assertThatNullPointerException().isThrownBy(() -> new Decision("x", Role.SPONSOR, DecisionType.APPROVE, null,
                Optional.empty())).withMessage("at");
        assertThatNullPointerException().isThrownBy(() -> new Decision("x", Role.SPONSOR, DecisionType.APPROVE, AT,
                null)).withMessage("comment");
        assertThatNullPointerException().isThrownBy(() -> new Decision("x", Role.SPONSOR, DecisionType.APPROVE, AT,
                Optional.empty(), null)).withMessage("hash");
        assertThatNullPointerException().isThrownBy(() -> new Decision("x", Role.SPONSOR, DecisionType.APPROVE, AT,
                Optional.empty()).withHash(null)).withMessage("hash");
    }
}
