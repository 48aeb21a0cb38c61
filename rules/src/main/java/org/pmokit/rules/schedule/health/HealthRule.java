package org.pmokit.rules.schedule.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Text;

/**
 * One check of the DCMA 14-point assessment as a rule: it reads the check's {@link Measure} from the
 * evaluation's shared {@link ScheduleHealth} and, when the measure fails the policy's threshold,
 * reports one finding about the schedule with the measured value, the threshold and the items behind
 * it. An undefined measure is not reported (the pack's metrics say why), except that the critical
 * path test reports a project that cannot be scheduled.
 *
 * <p>This class is immutable and thread-safe.
 */
final class HealthRule implements Rule {

    /** The subject of every finding of the pack. */
    static final String SUBJECT = "schedule";
    /** The measured value when there is no schedule. */
    private static final Text NO_SCHEDULE = Text.of("no schedule", "无进度计划");
    /** The threshold when there is no schedule. */
    private static final Text A_SCHEDULE = Text.of("a schedule", "须有进度计划");

    private final HealthCheck check;
    private final RuleInfo info;

    HealthRule(HealthCheck check) {
        this.check = Objects.requireNonNull(check, "check");
        this.info = new RuleInfo(check.id(), ScheduleRules.PACK, Area.SCHEDULE, check.subject(), check.title(),
                check.defaultSeverity());
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        ScheduleHealth health = input.get(ScheduleHealth.ANALYSIS);
        if (check == HealthCheck.CRITICAL_PATH_TEST && health.problem().isPresent()) {
            String why = health.problem().get().getMessage();
            return List.of(info.finding(SUBJECT, Sentences.unscheduled(why), Sentences.unscheduledRemedy())
                    .withMeasure(NO_SCHEDULE, A_SCHEDULE));
        }
        Measure m = health.measure(check);
        Policy policy = input.policy();
        if (check.passes(m, policy)) {
            return List.of();
        }
        LocalDate statusDate = input.context().statusDate();
        Text message = Text.lazy(() -> Sentences.message(m, policy, statusDate));
        return List.of(info.finding(SUBJECT, message, Sentences.remedy(check))
                .withMeasure(Sentences.measured(m), Sentences.threshold(m, policy)));
    }
}
