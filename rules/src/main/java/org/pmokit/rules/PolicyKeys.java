package org.pmokit.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every key of the {@link Policy}, with its default and the source of the default
 * (FORMULAS.md section 7 and the seeds).
 */
public final class PolicyKeys {

    private PolicyKeys() {
    }

    /** Schedule and cost deviation within which the status is green (default 0.05; seed 002: schedule deviation held within 5%). */
    public static final PolicyKey<BigDecimal> DEVIATION_GREEN = PolicyKey.decimal("deviation.green", "0.05", "0", "1",
            Text.of("Schedule and cost deviation within which the status is green", "进度与成本偏差在此范围内为绿色"), "seed 002: schedule deviation held within 5%");

    /** Schedule and cost deviation within which the status is amber; beyond it, red (default 0.08; seed 002: overall deviation held within 8%). */
    public static final PolicyKey<BigDecimal> DEVIATION_AMBER = PolicyKey.decimal("deviation.amber", "0.08", "0", "1",
            Text.of("Schedule and cost deviation within which the status is amber; beyond it, red", "进度与成本偏差在此范围内为黄色，超出为红色"), "seed 002: overall deviation held within 8%");

    /** CPI, SPI and SPI(t) at or above which the status is green (default 0.95; seed 002: 5% deviation). */
    public static final PolicyKey<BigDecimal> INDEX_GREEN = PolicyKey.decimal("index.green", "0.95", "0", "10",
            Text.of("CPI, SPI and SPI(t) at or above which the status is green", "CPI、SPI 与 SPI(t) 不低于此值为绿色"), "seed 002: 5% deviation");

    /** CPI, SPI and SPI(t) at or above which the status is amber; below it, red (default 0.92; seed 002: 8% deviation). */
    public static final PolicyKey<BigDecimal> INDEX_AMBER = PolicyKey.decimal("index.amber", "0.92", "0", "10",
            Text.of("CPI, SPI and SPI(t) at or above which the status is amber; below it, red", "CPI、SPI 与 SPI(t) 不低于此值为黄色，低于为红色"), "seed 002: 8% deviation");

    /** Smallest contingency reserve as a share of the budget (default 0.15; seed 002: contingency budget 15-20%). */
    public static final PolicyKey<BigDecimal> CONTINGENCY_MIN = PolicyKey.decimal("contingency.min", "0.15", "0", "1",
            Text.of("Smallest contingency reserve as a share of the budget", "应急储备占预算的最低比例"), "seed 002: contingency budget 15-20%");

    /** Largest contingency reserve as a share of the budget (default 0.20; seed 002: contingency budget 15-20%). */
    public static final PolicyKey<BigDecimal> CONTINGENCY_MAX = PolicyKey.decimal("contingency.max", "0.20", "0", "1",
            Text.of("Largest contingency reserve as a share of the budget", "应急储备占预算的最高比例"), "seed 002: contingency budget 15-20%");

    /** Fewest working days of buffer before a phase milestone on the critical path (default 2; seed 002: 2-3 days of buffer on the critical path). */
    public static final PolicyKey<Integer> BUFFER_MIN_DAYS = PolicyKey.integer("buffer.minDays", 2, 0, 365,
            Text.of("Fewest working days of buffer before a phase milestone on the critical path", "关键路径上阶段里程碑前的最少缓冲工作日"), "seed 002: 2-3 days of buffer on the critical path");

    /** Most working days of buffer before a phase milestone on the critical path (default 3; seed 002: 2-3 days of buffer on the critical path). */
    public static final PolicyKey<Integer> BUFFER_MAX_DAYS = PolicyKey.integer("buffer.maxDays", 3, 0, 365,
            Text.of("Most working days of buffer before a phase milestone on the critical path", "关键路径上阶段里程碑前的最多缓冲工作日"), "seed 002: 2-3 days of buffer on the critical path");

    /** Hours from identification to the response start of a critical risk (default 6; seed 002: high-level response cut from 24 h to 6 h). */
    public static final PolicyKey<Integer> RESPONSE_CRITICAL_HOURS = PolicyKey.integer("risk.response.criticalHours", 6, 1, 8760,
            Text.of("Hours from identification to the response start of a critical risk", "极高风险从识别到开始应对的小时数"), "seed 002: high-level response cut from 24 h to 6 h");

    /** Hours from identification to the response start of a high risk (default 24; seed 002: 24 h response). */
    public static final PolicyKey<Integer> RESPONSE_HIGH_HOURS = PolicyKey.integer("risk.response.highHours", 24, 1, 8760,
            Text.of("Hours from identification to the response start of a high risk", "高风险从识别到开始应对的小时数"), "seed 002: 24 h response");

    /** Hours from identification to the response start of a medium risk (default 72; PMO Kit default). */
    public static final PolicyKey<Integer> RESPONSE_MEDIUM_HOURS = PolicyKey.integer("risk.response.mediumHours", 72, 1, 8760,
            Text.of("Hours from identification to the response start of a medium risk", "中风险从识别到开始应对的小时数"), "PMO Kit default");

    /** Days after which an open risk is overdue for review (default 30; FORMULAS.md section 7). */
    public static final PolicyKey<Integer> RISK_REVIEW_DAYS = PolicyKey.integer("risk.reviewDays", 30, 1, 3650,
            Text.of("Days after which an open risk is overdue for review", "未关闭风险超过此天数未复核即为逾期"), "FORMULAS.md section 7");

    /** Probability above which a risk has probability level 2 (default 0.10; PMBOK probability scale). */
    public static final PolicyKey<BigDecimal> PROBABILITY_LEVEL2 = PolicyKey.decimal("risk.probability.level2Above", "0.10", "0", "1",
            Text.of("Probability above which a risk has probability level 2", "发生概率高于此值为等级 2"), "PMBOK probability scale");

    /** Probability above which a risk has probability level 3 (default 0.30; PMBOK probability scale). */
    public static final PolicyKey<BigDecimal> PROBABILITY_LEVEL3 = PolicyKey.decimal("risk.probability.level3Above", "0.30", "0", "1",
            Text.of("Probability above which a risk has probability level 3", "发生概率高于此值为等级 3"), "PMBOK probability scale");

    /** Probability above which a risk has probability level 4 (default 0.50; PMBOK probability scale). */
    public static final PolicyKey<BigDecimal> PROBABILITY_LEVEL4 = PolicyKey.decimal("risk.probability.level4Above", "0.50", "0", "1",
            Text.of("Probability above which a risk has probability level 4", "发生概率高于此值为等级 4"), "PMBOK probability scale");

    /** Probability above which a risk has probability level 5 (default 0.70; PMBOK probability scale). */
    public static final PolicyKey<BigDecimal> PROBABILITY_LEVEL5 = PolicyKey.decimal("risk.probability.level5Above", "0.70", "0", "1",
            Text.of("Probability above which a risk has probability level 5", "发生概率高于此值为等级 5"), "PMBOK probability scale");

    /** Lowest score of a critical risk (default 20; FORMULAS.md section 6). */
    public static final PolicyKey<Integer> BAND_CRITICAL = PolicyKey.integer("risk.band.criticalFrom", 20, 1, 25,
            Text.of("Lowest score of a critical risk", "极高风险的最低分值"), "FORMULAS.md section 6");

    /** Lowest score of a high risk (default 12; FORMULAS.md section 6). */
    public static final PolicyKey<Integer> BAND_HIGH = PolicyKey.integer("risk.band.highFrom", 12, 1, 25,
            Text.of("Lowest score of a high risk", "高风险的最低分值"), "FORMULAS.md section 6");

    /** Lowest score of a medium risk (default 6; FORMULAS.md section 6). */
    public static final PolicyKey<Integer> BAND_MEDIUM = PolicyKey.integer("risk.band.mediumFrom", 6, 1, 25,
            Text.of("Lowest score of a medium risk", "中风险的最低分值"), "FORMULAS.md section 6");

    /** Lowest score of a low risk; below it, minimal (default 2; FORMULAS.md section 6). */
    public static final PolicyKey<Integer> BAND_LOW = PolicyKey.integer("risk.band.lowFrom", 2, 1, 25,
            Text.of("Lowest score of a low risk; below it, minimal", "低风险的最低分值，低于此值为极低"), "FORMULAS.md section 6");

    /** Total float at or below which an activity is critical, in working days (default 0; FORMULAS.md section 2). */
    public static final PolicyKey<Integer> CRITICAL_FLOAT = PolicyKey.integer("schedule.criticalFloat", 0, -100000, 100000,
            Text.of("Total float at or below which an activity is critical, in working days", "总浮动时间不大于此值的任务为关键任务（工作日）"), "FORMULAS.md section 2");

    /** Largest share of activities missing a predecessor or successor (default 0.05; DCMA 14-point). */
    public static final PolicyKey<BigDecimal> DCMA_LOGIC = PolicyKey.decimal("dcma.logic.maxShare", "0.05", "0", "1",
            Text.of("Largest share of activities missing a predecessor or successor", "缺少紧前或紧后任务的任务最高占比"), "DCMA 14-point");

    /** Most links with a lead (negative lag) (default 0; DCMA 14-point). */
    public static final PolicyKey<Integer> DCMA_LEADS = PolicyKey.integer("dcma.leads.max", 0, 0, 1000000,
            Text.of("Most links with a lead (negative lag)", "负时滞（提前量）关系的最多条数"), "DCMA 14-point");

    /** Largest share of links with a lag (default 0.05; DCMA 14-point). */
    public static final PolicyKey<BigDecimal> DCMA_LAGS = PolicyKey.decimal("dcma.lags.maxShare", "0.05", "0", "1",
            Text.of("Largest share of links with a lag", "带时滞关系的最高占比"), "DCMA 14-point");

    /** Smallest share of finish-to-start links (default 0.90; DCMA 14-point). */
    public static final PolicyKey<BigDecimal> DCMA_FS = PolicyKey.decimal("dcma.fs.minShare", "0.90", "0", "1",
            Text.of("Smallest share of finish-to-start links", "完成-开始关系的最低占比"), "DCMA 14-point");

    /** Largest share of activities with a hard constraint (default 0.05; DCMA 14-point). */
    public static final PolicyKey<BigDecimal> DCMA_HARD_CONSTRAINTS = PolicyKey.decimal("dcma.hardConstraints.maxShare", "0.05", "0", "1",
            Text.of("Largest share of activities with a hard constraint", "带硬约束任务的最高占比"), "DCMA 14-point");

    /** Total float above which an activity has high float, in working days (default 44; DCMA 14-point). */
    public static final PolicyKey<Integer> DCMA_HIGH_FLOAT_DAYS = PolicyKey.integer("dcma.highFloat.days", 44, 0, 100000,
            Text.of("Total float above which an activity has high float, in working days", "总浮动时间超过此值即为浮动过高（工作日）"), "DCMA 14-point");

    /** Largest share of activities with high float (default 0.05; DCMA 14-point). */
    public static final PolicyKey<BigDecimal> DCMA_HIGH_FLOAT = PolicyKey.decimal("dcma.highFloat.maxShare", "0.05", "0", "1",
            Text.of("Largest share of activities with high float", "浮动过高任务的最高占比"), "DCMA 14-point");

    /** Most activities with negative float (default 0; DCMA 14-point). */
    public static final PolicyKey<Integer> DCMA_NEGATIVE_FLOAT = PolicyKey.integer("dcma.negativeFloat.max", 0, 0, 1000000,
            Text.of("Most activities with negative float", "负浮动任务的最多个数"), "DCMA 14-point");

    /** Duration above which an activity is too long, in working days (default 44; DCMA 14-point). */
    public static final PolicyKey<Integer> DCMA_HIGH_DURATION_DAYS = PolicyKey.integer("dcma.highDuration.days", 44, 0, 100000,
            Text.of("Duration above which an activity is too long, in working days", "工期超过此值即为工期过长（工作日）"), "DCMA 14-point");

    /** Largest share of activities with a high duration (default 0.05; DCMA 14-point). */
    public static final PolicyKey<BigDecimal> DCMA_HIGH_DURATION = PolicyKey.decimal("dcma.highDuration.maxShare", "0.05", "0", "1",
            Text.of("Largest share of activities with a high duration", "工期过长任务的最高占比"), "DCMA 14-point");

    /** Most activities with invalid dates (actuals after, or forecasts before, the status date) (default 0; DCMA 14-point). */
    public static final PolicyKey<Integer> DCMA_INVALID_DATES = PolicyKey.integer("dcma.invalidDates.max", 0, 0, 1000000,
            Text.of("Most activities with invalid dates (actuals after, or forecasts before, the status date)", "日期无效（实际日期晚于或预测日期早于状态日期）的任务最多个数"), "DCMA 14-point");

    /** Largest share of activities due by the status date that finished late or not at all (default 0.05; DCMA 14-point). */
    public static final PolicyKey<BigDecimal> DCMA_MISSED_TASKS = PolicyKey.decimal("dcma.missedTasks.maxShare", "0.05", "0", "1",
            Text.of("Largest share of activities due by the status date that finished late or not at all", "到状态日期应完成但延误或未完成任务的最高占比"), "DCMA 14-point");

    /** Smallest critical path length index (default 0.95; DCMA 14-point). */
    public static final PolicyKey<BigDecimal> DCMA_CPLI = PolicyKey.decimal("dcma.cpli.min", "0.95", "0", "10",
            Text.of("Smallest critical path length index", "关键路径长度指数的最低值"), "DCMA 14-point");

    /** Smallest baseline execution index (default 0.95; DCMA 14-point). */
    public static final PolicyKey<BigDecimal> DCMA_BEI = PolicyKey.decimal("dcma.bei.min", "0.95", "0", "10",
            Text.of("Smallest baseline execution index", "基线执行指数的最低值"), "DCMA 14-point");

    /** TCPI(BAC) above which recovery is unlikely (default 1.10; PMI Practice Standard for EVM). */
    public static final PolicyKey<BigDecimal> TCPI_MAX = PolicyKey.decimal("evm.tcpi.max", "1.10", "0", "10",
            Text.of("TCPI(BAC) above which recovery is unlikely", "完工尚需绩效指数高于此值即难以挽回"), "PMI Practice Standard for EVM");

    /** Largest cost change, as a share of BAC, that the project manager may approve (default 0.01; seeds 000, 001, 002). */
    public static final PolicyKey<BigDecimal> CHANGE_PM_COST = PolicyKey.decimal("change.pm.maxCostShare", "0.01", "0", "1",
            Text.of("Largest cost change, as a share of BAC, that the project manager may approve", "项目经理可批准的最大成本变更（占完工预算比例）"), "seeds 000, 001, 002");

    /** Largest schedule change, in working days, that the project manager may approve (default 5; seeds 000, 001, 002). */
    public static final PolicyKey<Integer> CHANGE_PM_DAYS = PolicyKey.integer("change.pm.maxDays", 5, 0, 100000,
            Text.of("Largest schedule change, in working days, that the project manager may approve", "项目经理可批准的最大进度变更（工作日）"), "seeds 000, 001, 002");

    /** Largest cost change, as a share of BAC, that the change control board may approve (default 0.05; seeds 000, 001, 002). */
    public static final PolicyKey<BigDecimal> CHANGE_CCB_COST = PolicyKey.decimal("change.ccb.maxCostShare", "0.05", "0", "1",
            Text.of("Largest cost change, as a share of BAC, that the change control board may approve", "变更控制委员会可批准的最大成本变更（占完工预算比例）"), "seeds 000, 001, 002");

    /** Largest schedule change, in working days, that the change control board may approve (default 20; seeds 000, 001, 002). */
    public static final PolicyKey<Integer> CHANGE_CCB_DAYS = PolicyKey.integer("change.ccb.maxDays", 20, 0, 100000,
            Text.of("Largest schedule change, in working days, that the change control board may approve", "变更控制委员会可批准的最大进度变更（工作日）"), "seeds 000, 001, 002");

    /** Members of the change control board who must vote (default 3; PMO Kit default). */
    public static final PolicyKey<Integer> CHANGE_QUORUM = PolicyKey.integer("change.ccb.quorum", 3, 1, 100,
            Text.of("Members of the change control board who must vote", "变更控制委员会的法定投票人数"), "PMO Kit default");

    /** Days a submitted change may wait for a decision (default 10; PMO Kit default). */
    public static final PolicyKey<Integer> CHANGE_DECISION_DAYS = PolicyKey.integer("change.decisionMaxDays", 10, 1, 3650,
            Text.of("Days a submitted change may wait for a decision", "已提交的变更等待决策的最长天数"), "PMO Kit default");

    /** Days an approved change may wait to be implemented (default 30; PMO Kit default). */
    public static final PolicyKey<Integer> CHANGE_IMPLEMENTATION_DAYS = PolicyKey.integer("change.implementationMaxDays", 30, 1, 3650,
            Text.of("Days an approved change may wait to be implemented", "已批准的变更等待实施的最长天数"), "PMO Kit default");

    /** Days an implemented change may wait to be verified (default 10; PMO Kit default). */
    public static final PolicyKey<Integer> CHANGE_VERIFICATION_DAYS = PolicyKey.integer("change.verificationMaxDays", 10, 1, 3650,
            Text.of("Days an implemented change may wait to be verified", "已实施的变更等待验证的最长天数"), "PMO Kit default");

    /** Largest KPI change from baseline to target, as a share of the baseline, before it is doubtful (default 0.50; PMO Kit default). */
    public static final PolicyKey<BigDecimal> GOAL_MAX_CHANGE = PolicyKey.decimal("goal.achievable.maxChange", "0.50", "0", "100",
            Text.of("Largest KPI change from baseline to target, as a share of the baseline, before it is doubtful", "KPI 从基线到目标的变化超过基线的此比例即存疑"), "PMO Kit default");

    /** Days after the planned finish within which a goal's deadline must fall (default 365; PMO Kit default). */
    public static final PolicyKey<Integer> GOAL_HORIZON_DAYS = PolicyKey.integer("goal.deadline.horizonDays", 365, 0, 36500,
            Text.of("Days after the planned finish within which a goal's deadline must fall", "目标期限须在计划完工后此天数之内"), "PMO Kit default");

    /** Discount rate per cash-flow period for NPV and discounted payback (default 0.08; PMO Kit default). */
    public static final PolicyKey<BigDecimal> DISCOUNT_RATE = PolicyKey.decimal("finance.discountRate", "0.08", "0", "10",
            Text.of("Discount rate per cash-flow period for NPV and discounted payback", "净现值与动态回收期的每期折现率"), "PMO Kit default");

    /** Cost impact, as a share of BAC, above which a risk has impact level 2 (default 0.01; PMO Kit default: the project manager's change authority). */
    public static final PolicyKey<BigDecimal> IMPACT_COST_LEVEL2 = PolicyKey.decimal("risk.impact.cost.level2Above", "0.01", "0", "100",
            Text.of("Cost impact, as a share of BAC, above which a risk has impact level 2", "成本影响占完工预算的比例高于此值为影响等级 2"), "PMO Kit default: the project manager's change authority (1% of BAC)");

    /** Cost impact, as a share of BAC, above which a risk has impact level 3 (default 0.03; PMO Kit default). */
    public static final PolicyKey<BigDecimal> IMPACT_COST_LEVEL3 = PolicyKey.decimal("risk.impact.cost.level3Above", "0.03", "0", "100",
            Text.of("Cost impact, as a share of BAC, above which a risk has impact level 3", "成本影响占完工预算的比例高于此值为影响等级 3"), "PMO Kit default");

    /** Cost impact, as a share of BAC, above which a risk has impact level 4 (default 0.05; PMO Kit default: the change control board's authority). */
    public static final PolicyKey<BigDecimal> IMPACT_COST_LEVEL4 = PolicyKey.decimal("risk.impact.cost.level4Above", "0.05", "0", "100",
            Text.of("Cost impact, as a share of BAC, above which a risk has impact level 4", "成本影响占完工预算的比例高于此值为影响等级 4"), "PMO Kit default: the change control board's authority (5% of BAC)");

    /** Cost impact, as a share of BAC, above which a risk has impact level 5 (default 0.10; PMO Kit default). */
    public static final PolicyKey<BigDecimal> IMPACT_COST_LEVEL5 = PolicyKey.decimal("risk.impact.cost.level5Above", "0.10", "0", "100",
            Text.of("Cost impact, as a share of BAC, above which a risk has impact level 5", "成本影响占完工预算的比例高于此值为影响等级 5"), "PMO Kit default");

    /** Schedule impact, in working days, above which a risk has impact level 2 (default 2; PMO Kit default). */
    public static final PolicyKey<Integer> IMPACT_SCHEDULE_LEVEL2 = PolicyKey.integer("risk.impact.schedule.level2Above", 2, 0, 100000,
            Text.of("Schedule impact, in working days, above which a risk has impact level 2", "进度影响（工作日）高于此值为影响等级 2"), "PMO Kit default");

    /** Schedule impact, in working days, above which a risk has impact level 3 (default 5; PMO Kit default: the project manager's change authority). */
    public static final PolicyKey<Integer> IMPACT_SCHEDULE_LEVEL3 = PolicyKey.integer("risk.impact.schedule.level3Above", 5, 0, 100000,
            Text.of("Schedule impact, in working days, above which a risk has impact level 3", "进度影响（工作日）高于此值为影响等级 3"), "PMO Kit default: the project manager's change authority (5 working days)");

    /** Schedule impact, in working days, above which a risk has impact level 4 (default 10; PMO Kit default). */
    public static final PolicyKey<Integer> IMPACT_SCHEDULE_LEVEL4 = PolicyKey.integer("risk.impact.schedule.level4Above", 10, 0, 100000,
            Text.of("Schedule impact, in working days, above which a risk has impact level 4", "进度影响（工作日）高于此值为影响等级 4"), "PMO Kit default");

    /** Schedule impact, in working days, above which a risk has impact level 5 (default 20; PMO Kit default: the change control board's authority). */
    public static final PolicyKey<Integer> IMPACT_SCHEDULE_LEVEL5 = PolicyKey.integer("risk.impact.schedule.level5Above", 20, 0, 100000,
            Text.of("Schedule impact, in working days, above which a risk has impact level 5", "进度影响（工作日）高于此值为影响等级 5"), "PMO Kit default: the change control board's authority (20 working days)");

    /** Every key, in the order of this class. */
    public static final List<PolicyKey<?>> ALL = List.of(
            DEVIATION_GREEN,
            DEVIATION_AMBER,
            INDEX_GREEN,
            INDEX_AMBER,
            CONTINGENCY_MIN,
            CONTINGENCY_MAX,
            BUFFER_MIN_DAYS,
            BUFFER_MAX_DAYS,
            RESPONSE_CRITICAL_HOURS,
            RESPONSE_HIGH_HOURS,
            RESPONSE_MEDIUM_HOURS,
            RISK_REVIEW_DAYS,
            PROBABILITY_LEVEL2,
            PROBABILITY_LEVEL3,
            PROBABILITY_LEVEL4,
            PROBABILITY_LEVEL5,
            BAND_CRITICAL,
            BAND_HIGH,
            BAND_MEDIUM,
            BAND_LOW,
            CRITICAL_FLOAT,
            DCMA_LOGIC,
            DCMA_LEADS,
            DCMA_LAGS,
            DCMA_FS,
            DCMA_HARD_CONSTRAINTS,
            DCMA_HIGH_FLOAT_DAYS,
            DCMA_HIGH_FLOAT,
            DCMA_NEGATIVE_FLOAT,
            DCMA_HIGH_DURATION_DAYS,
            DCMA_HIGH_DURATION,
            DCMA_INVALID_DATES,
            DCMA_MISSED_TASKS,
            DCMA_CPLI,
            DCMA_BEI,
            TCPI_MAX,
            CHANGE_PM_COST,
            CHANGE_PM_DAYS,
            CHANGE_CCB_COST,
            CHANGE_CCB_DAYS,
            CHANGE_QUORUM,
            CHANGE_DECISION_DAYS,
            CHANGE_IMPLEMENTATION_DAYS,
            CHANGE_VERIFICATION_DAYS,
            GOAL_MAX_CHANGE,
            GOAL_HORIZON_DAYS,
            DISCOUNT_RATE,
            IMPACT_COST_LEVEL2,
            IMPACT_COST_LEVEL3,
            IMPACT_COST_LEVEL4,
            IMPACT_COST_LEVEL5,
            IMPACT_SCHEDULE_LEVEL2,
            IMPACT_SCHEDULE_LEVEL3,
            IMPACT_SCHEDULE_LEVEL4,
            IMPACT_SCHEDULE_LEVEL5);
}
