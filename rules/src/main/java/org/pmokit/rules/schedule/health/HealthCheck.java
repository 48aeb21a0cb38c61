package org.pmokit.rules.schedule.health;

import java.math.BigDecimal;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * The fourteen checks of the DCMA 14-point schedule assessment, with their rule ids, their metric
 * names, their titles and how each is judged against its threshold (FORMULAS.md section 7).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum HealthCheck {

    /** Activities not finished that miss a predecessor or a successor: at most {@code dcma.logic.maxShare}. */
    LOGIC("DCMA-001", "logic", Kind.MAX_SHARE, Severity.WARNING, Subject.ACTIVITY,
            Text.of("At most 5% of the activities not finished miss a predecessor or a successor (logic)",
                    "缺少紧前或紧后任务的未完成任务不超过 5%（逻辑关系）")),
    /** Links into activities not finished with a lead (negative lag): at most {@code dcma.leads.max}. */
    LEADS("DCMA-002", "leads", Kind.MAX_COUNT, Severity.WARNING, Subject.ACTIVITY,
            Text.of("No link has a lead (negative lag)", "依赖关系中没有负时滞（提前量）")),
    /** Links into activities not finished with a positive lag: at most {@code dcma.lags.maxShare}. */
    LAGS("DCMA-003", "lags", Kind.MAX_SHARE, Severity.WARNING, Subject.ACTIVITY,
            Text.of("At most 5% of the links have a lag", "带时滞的依赖关系不超过 5%")),
    /** Finish-to-start links among the links into activities not finished: at least {@code dcma.fs.minShare}. */
    RELATIONSHIP_TYPES("DCMA-004", "relationshipTypes", Kind.MIN_SHARE, Severity.WARNING, Subject.ACTIVITY,
            Text.of("At least 90% of the links are finish-to-start (relationship types)",
                    "完成-开始关系至少占依赖关系的 90%（关系类型）")),
    /** Activities not finished with a hard constraint: at most {@code dcma.hardConstraints.maxShare}. */
    HARD_CONSTRAINTS("DCMA-005", "hardConstraints", Kind.MAX_SHARE, Severity.WARNING, Subject.ACTIVITY,
            Text.of("At most 5% of the activities not finished have a hard constraint",
                    "带硬约束的未完成任务不超过 5%")),
    /** Activities not finished with more than {@code dcma.highFloat.days} of total float: at most {@code dcma.highFloat.maxShare}. */
    HIGH_FLOAT("DCMA-006", "highFloat", Kind.MAX_SHARE, Severity.WARNING, Subject.ACTIVITY,
            Text.of("At most 5% of the activities not finished have more than 44 working days of total float (high float)",
                    "总浮动时间超过 44 个工作日的未完成任务不超过 5%（浮动过高）")),
    /** Activities not finished with negative total float: at most {@code dcma.negativeFloat.max}. */
    NEGATIVE_FLOAT("DCMA-007", "negativeFloat", Kind.MAX_COUNT, Severity.ERROR, Subject.ACTIVITY,
            Text.of("No activity has negative total float", "没有总浮动时间为负的任务")),
    /** Activities not finished that last more than {@code dcma.highDuration.days}: at most {@code dcma.highDuration.maxShare}. */
    HIGH_DURATION("DCMA-008", "highDuration", Kind.MAX_SHARE, Severity.WARNING, Subject.ACTIVITY,
            Text.of("At most 5% of the activities not finished last more than 44 working days (high duration)",
                    "工期超过 44 个工作日的未完成任务不超过 5%（工期过长）")),
    /** Activities with an actual date after the status date: at most {@code dcma.invalidDates.max}. */
    INVALID_DATES("DCMA-009", "invalidDates", Kind.MAX_COUNT, Severity.ERROR, Subject.ACTIVITY,
            Text.of("No activity has an actual date after the status date (invalid dates)",
                    "没有实际日期晚于状态日期的任务（无效日期）")),
    /** Activities not finished with work but no resource and no budget: reported for information. */
    RESOURCES("DCMA-010", "resources", Kind.INFORMATION, Severity.INFO, Subject.ACTIVITY,
            Text.of("Every activity not finished with work has a resource or a budget", "每个有工期的未完成任务都分配了资源或预算")),
    /** Activities due by the status date in the baseline that finished late or not at all: at most {@code dcma.missedTasks.maxShare}. */
    MISSED_TASKS("DCMA-011", "missedTasks", Kind.MAX_SHARE, Severity.WARNING, Subject.ACTIVITY,
            Text.of("At most 5% of the activities due by the status date in the baseline finished late or not at all (missed tasks)",
                    "按基线应在状态日期前完成但延期完成或尚未完成的任务不超过 5%（未按期完成任务）")),
    /** Delaying a critical activity moves the project finish by as much (critical path test). */
    CRITICAL_PATH_TEST("DCMA-012", "criticalPathTest", Kind.TEST, Severity.ERROR, Subject.PROJECT,
            Text.of("Delaying a critical activity delays the project finish by as much (critical path test)",
                    "推迟一个关键任务会使项目完工日期推迟同样的时间（关键路径测试）")),
    /** The critical path length index: at least {@code dcma.cpli.min}. */
    CPLI("DCMA-013", "cpli", Kind.MIN_INDEX, Severity.WARNING, Subject.PROJECT,
            Text.of("The critical path length index (CPLI) is at least 0.95", "关键路径长度指数（CPLI）不低于 0.95")),
    /** The baseline execution index: at least {@code dcma.bei.min}. */
    BEI("DCMA-014", "bei", Kind.MIN_INDEX, Severity.WARNING, Subject.PROJECT,
            Text.of("The baseline execution index (BEI) is at least 0.95", "基线执行指数（BEI）不低于 0.95"));

    /** How a measure is judged against its threshold. */
    enum Kind {
        /** The share of the population that is flagged must not exceed a policy share. */
        MAX_SHARE,
        /** The share of the population that complies must be at least a policy share. */
        MIN_SHARE,
        /** The number flagged must not exceed a policy count. */
        MAX_COUNT,
        /** An index (numerator over denominator) must be at least a policy value. */
        MIN_INDEX,
        /** The measured move must equal the expected move. */
        TEST,
        /** Anything flagged is reported, for information, without a threshold. */
        INFORMATION
    }

    private final String id;
    private final String key;
    private final Kind kind;
    private final Severity severity;
    private final Subject subject;
    private final Text title;

    HealthCheck(String id, String key, Kind kind, Severity severity, Subject subject, Text title) {
        this.id = id;
        this.key = key;
        this.kind = kind;
        this.severity = severity;
        this.subject = subject;
        this.title = title;
    }

    /**
     * Returns the rule id of the check.
     *
     * @return such as {@code DCMA-001}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the name under which the schedule pack publishes the check's metric.
     *
     * @return such as {@code schedule.dcma.logic}
     */
    public String metricName() {
        return "schedule.dcma." + key;
    }

    /**
     * Returns the default severity of the check's finding.
     *
     * @return the severity
     */
    public Severity defaultSeverity() {
        return severity;
    }

    /**
     * Returns what the check looks at.
     *
     * @return the subject
     */
    public Subject subject() {
        return subject;
    }

    /**
     * Returns the title of the check's rule, with the default thresholds.
     *
     * @return the title in both languages
     */
    public Text title() {
        return title;
    }

    Kind kind() {
        return kind;
    }

    /**
     * Returns the threshold of the check in a policy: a share for the share checks, a count for the
     * count checks, an index for CPLI and BEI; zero for the critical path test and the resources,
     * which have none.
     *
     * @param policy the policy
     * @return the threshold
     */
    public BigDecimal threshold(Policy policy) {
        return switch (this) {
            case LOGIC -> policy.get(PolicyKeys.DCMA_LOGIC);
            case LEADS -> BigDecimal.valueOf(policy.get(PolicyKeys.DCMA_LEADS));
            case LAGS -> policy.get(PolicyKeys.DCMA_LAGS);
            case RELATIONSHIP_TYPES -> policy.get(PolicyKeys.DCMA_FS);
            case HARD_CONSTRAINTS -> policy.get(PolicyKeys.DCMA_HARD_CONSTRAINTS);
            case HIGH_FLOAT -> policy.get(PolicyKeys.DCMA_HIGH_FLOAT);
            case NEGATIVE_FLOAT -> BigDecimal.valueOf(policy.get(PolicyKeys.DCMA_NEGATIVE_FLOAT));
            case HIGH_DURATION -> policy.get(PolicyKeys.DCMA_HIGH_DURATION);
            case INVALID_DATES -> BigDecimal.valueOf(policy.get(PolicyKeys.DCMA_INVALID_DATES));
            case MISSED_TASKS -> policy.get(PolicyKeys.DCMA_MISSED_TASKS);
            case CPLI -> policy.get(PolicyKeys.DCMA_CPLI);
            case BEI -> policy.get(PolicyKeys.DCMA_BEI);
            case RESOURCES, CRITICAL_PATH_TEST -> BigDecimal.ZERO;
        };
    }

    /**
     * Returns whether a measure passes the check under a policy. An undefined measure passes: there
     * is nothing to judge.
     *
     * @param measure the measure of this check
     * @param policy the policy
     * @return true if it passes
     * @throws IllegalArgumentException if the measure is of another check
     */
    public boolean passes(Measure measure, Policy policy) {
        if (measure.check() != this) {
            throw new IllegalArgumentException("measure of " + measure.check().id() + " judged by " + id);
        }
        if (measure.undefined().isPresent()) {
            return true;
        }
        BigDecimal count = BigDecimal.valueOf(measure.count());
        BigDecimal population = BigDecimal.valueOf(measure.population());
        BigDecimal limit = threshold(policy);
        return switch (kind) {
            case MAX_SHARE -> count.compareTo(limit.multiply(population)) <= 0;
            case MIN_SHARE, MIN_INDEX -> count.compareTo(limit.multiply(population)) >= 0;
            case MAX_COUNT -> count.compareTo(limit) <= 0;
            case TEST -> measure.count() == measure.population();
            case INFORMATION -> measure.count() == 0;
        };
    }

    /**
     * Returns the check with a rule id.
     *
     * @param ruleId such as {@code DCMA-006}
     * @return the check
     * @throws IllegalArgumentException if no check has that id
     */
    public static HealthCheck ofId(String ruleId) {
        for (HealthCheck c : values()) {
            if (c.id.equals(ruleId)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no DCMA check has the id " + ruleId);
    }
}
