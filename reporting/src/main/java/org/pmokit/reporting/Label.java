package org.pmokit.reporting;

import java.util.Objects;
import org.pmokit.rules.Text;

/**
 * Every fixed text of a report, in English and Simplified Chinese (GLOSSARY.md): section titles,
 * column headers and short phrases. Texts that come from the project (names, statements) and from the
 * rules (messages, remedies) are not here; enumeration values are in {@link Terms}.
 */
public enum Label {
    /** Title of a project report. */
    PROJECT_REPORT("Project status report", "项目状态报告"),
    /** Title of a portfolio report. */
    PORTFOLIO_REPORT("Portfolio status report", "项目组合状态报告"),
    /** The project. */
    PROJECT("Project", "项目"),
    /** A project's identifier. */
    PROJECT_ID("Project ID", "项目编号"),
    /** Identifier column. */
    ID("ID", "编号"),
    /** Name column. */
    NAME("Name", "名称"),
    /** Local name. */
    LOCAL_NAME("Local name", "本地名称"),
    /** Description. */
    DESCRIPTION("Description", "描述"),
    /** Sponsor. */
    SPONSOR("Sponsor", "发起人"),
    /** Project manager. */
    MANAGER("Project manager", "项目经理"),
    /** Department. */
    DEPARTMENT("Department", "部门"),
    /** Currency. */
    CURRENCY("Currency", "币种"),
    /** Start date. */
    START("Start", "开始日期"),
    /** Status date. */
    STATUS_DATE("Status date", "状态日期"),
    /** Current phase. */
    PHASE("Phase", "阶段"),
    /** Baseline version. */
    BASELINE_VERSION("Baseline version", "基线版本"),
    /** Section: status. */
    STATUS("Status", "状态"),
    /** Overall status. */
    OVERALL("Overall", "总体"),
    /** Area column. */
    AREA("Area", "领域"),
    /** The rule that decided a status. */
    DECIDED_BY("Deciding rule", "决定规则"),
    /** No finding decided the status. */
    NO_FINDING("no finding", "无检查结果"),
    /** Section: findings. */
    FINDINGS("Findings", "检查结果"),
    /** Severity column. */
    SEVERITY("Severity", "严重程度"),
    /** Rule column. */
    RULE("Rule", "规则"),
    /** Subject column. */
    SUBJECT("Subject", "对象"),
    /** Measured value column. */
    MEASURED("Measured", "实测值"),
    /** Threshold column. */
    THRESHOLD("Threshold", "阈值"),
    /** Message column. */
    MESSAGE("Message", "说明"),
    /** Remedy column. */
    REMEDY("Remedy", "建议措施"),
    /** Count column. */
    COUNT("Count", "数量"),
    /** Nothing to show. */
    NONE("None", "无"),
    /** Section: goals. */
    GOALS("Goals", "目标"),
    /** Goal statement column. */
    STATEMENT("Statement", "目标陈述"),
    /** Owner column. */
    OWNER("Owner", "责任人"),
    /** Deadline column. */
    DEADLINE("Deadline", "期限"),
    /** SMART column. */
    SMART("SMART", "SMART"),
    /** SMART criteria met. */
    MET("met", "满足"),
    /** SMART criteria not met. */
    NOT_MET("not met", "不满足"),
    /** KPI column. */
    KPI("KPI", "关键绩效指标"),
    /** Unit column. */
    UNIT("Unit", "单位"),
    /** KPI dimension column. */
    DIMENSION("Dimension", "维度"),
    /** KPI direction column. */
    DIRECTION("Direction", "方向"),
    /** Baseline value column. */
    BASELINE_VALUE("Baseline value", "基线值"),
    /** Target value column. */
    TARGET_VALUE("Target value", "目标值"),
    /** KPI progress column. */
    PROGRESS("Progress", "进展"),
    /** KPI forecast at the deadline. */
    FORECAST_AT_DEADLINE("Forecast at deadline", "期限时预测值"),
    /** Section: milestones. */
    MILESTONES("Milestones", "里程碑"),
    /** Milestone kind column. */
    KIND("Kind", "类型"),
    /** Due date column. */
    DUE("Due", "计划日期"),
    /** Actual date column. */
    ACTUAL("Actual", "实际日期"),
    /** Baseline date column. */
    BASELINE("Baseline", "基线"),
    /** Forecast date column. */
    FORECAST("Forecast", "预测"),
    /** Variance column, in working days. */
    VARIANCE("Variance (working days)", "偏差（工作日）"),
    /** Variance column whose cells carry their unit. */
    SLIP("Variance", "偏差"),
    /** Chart: milestone trend. */
    MILESTONE_TREND("Milestone trend", "里程碑趋势"),
    /** Axis: report date. */
    REPORT_DATE("Report date", "报告日期"),
    /** Section: schedule. */
    SCHEDULE("Schedule", "进度"),
    /** Forecast finish. */
    FINISH("Forecast finish", "预测完工日期"),
    /** Baseline finish. */
    BASELINE_FINISH("Baseline finish", "基线完工日期"),
    /** Finish variance. */
    FINISH_VARIANCE("Finish variance (working days)", "完工偏差（工作日）"),
    /** Critical path. */
    CRITICAL_PATH("Critical path", "关键路径"),
    /** More critical paths than listed. */
    MORE_PATHS("more critical paths exist than are listed", "关键路径多于所列条数"),
    /** Section: activities. */
    ACTIVITIES("Activities", "任务"),
    /** WBS column. */
    WBS("WBS", "工作分解结构"),
    /** Duration column. */
    DURATION("Duration (working days)", "工期（工作日）"),
    /** Budget column. */
    BUDGET("Budget", "预算"),
    /** Progress state column. */
    STATE("State", "状态"),
    /** Early start column. */
    EARLY_START("Early start", "最早开始"),
    /** Early finish column. */
    EARLY_FINISH("Early finish", "最早完成"),
    /** Late start column. */
    LATE_START("Late start", "最迟开始"),
    /** Late finish column. */
    LATE_FINISH("Late finish", "最迟完成"),
    /** Total float column. */
    TOTAL_FLOAT("Total float", "总浮动时间"),
    /** Free float column. */
    FREE_FLOAT("Free float", "自由浮动时间"),
    /** Critical column. */
    CRITICAL("Critical", "关键"),
    /** Baseline start column. */
    BASELINE_START("Baseline start", "基线开始"),
    /** Yes. */
    YES("yes", "是"),
    /** No. */
    NO("no", "否"),
    /** Chart: Gantt. */
    GANTT("Gantt chart", "甘特图"),
    /** Section: earned value. */
    EARNED_VALUE("Earned value", "挣值管理"),
    /** Metric column. */
    METRIC("Metric", "指标"),
    /** Value column. */
    VALUE("Value", "数值"),
    /** Chart: S-curve. */
    S_CURVE("S-curve", "S 曲线"),
    /** EAC projection series. */
    EAC_PROJECTION("EAC projection", "完工估算预测"),
    /** Section: risks. */
    RISKS("Risks", "风险"),
    /** Risk register. */
    RISK_REGISTER("Risk register", "风险登记册"),
    /** Title column. */
    TITLE("Title", "标题"),
    /** Category column. */
    CATEGORY("Category", "类别"),
    /** Probability column. */
    PROBABILITY("Probability", "发生概率"),
    /** Impact column. */
    IMPACT("Impact", "影响程度"),
    /** Score column. */
    SCORE("Score", "分值"),
    /** Band column. */
    BAND("Band", "等级"),
    /** Risk response strategy column. */
    STRATEGY("Response strategy", "风险应对"),
    /** Risk response column. */
    RESPONSE("Contingency plan", "应急预案"),
    /** Expected monetary value. */
    EMV("EMV", "预期货币价值"),
    /** Heat map of threats. */
    HEAT_MAP_THREATS("Risk heat map: threats", "风险热力图：威胁"),
    /** Heat map of opportunities. */
    HEAT_MAP_OPPORTUNITIES("Risk heat map: opportunities", "风险热力图：机会"),
    /** Total EMV. */
    EMV_TOTAL("EMV of open risks", "未关闭风险的预期货币价值"),
    /** EMV of threats. */
    EMV_THREATS("EMV of open threats", "未关闭威胁的预期货币价值"),
    /** EMV of opportunities. */
    EMV_OPPORTUNITIES("EMV of open opportunities", "未关闭机会的预期货币价值"),
    /** Suggested contingency. */
    CONTINGENCY_SUGGESTED("Suggested contingency reserve", "建议应急储备"),
    /** Contingency reserve. */
    CONTINGENCY_RESERVE("Contingency reserve", "应急储备"),
    /** Management reserve. */
    MANAGEMENT_RESERVE("Management reserve", "管理储备"),
    /** Contingency coverage. */
    CONTINGENCY_COVERAGE("Contingency reserve / suggestion", "应急储备 / 建议值"),
    /** Open risks. */
    OPEN_RISKS("Open risks", "未关闭风险"),
    /** Section: change requests. */
    CHANGE_REQUESTS("Change requests", "变更请求"),
    /** Change type column. */
    TYPE("Type", "类型"),
    /** Requester column. */
    REQUESTER("Requester", "申请人"),
    /** Submitted column. */
    SUBMITTED("Submitted", "提交日期"),
    /** Cost impact column. */
    COST_IMPACT("Cost impact", "成本影响"),
    /** Schedule impact column. */
    SCHEDULE_IMPACT("Schedule impact (working days)", "进度影响（工作日）"),
    /** Compliance impact column. */
    COMPLIANCE_IMPACT("Compliance impact", "合规影响"),
    /** Decisions column. */
    DECISIONS("Decisions", "决策"),
    /** Approval route column. */
    APPROVAL_ROUTE("Approval route", "审批路径"),
    /** Decision log column. */
    DECISION_LOG("Decision log", "决策日志"),
    /** Section: budget and investment. */
    BUDGET_AND_INVESTMENT("Budget and investment", "预算与投资"),
    /** Approved budget. */
    APPROVED_TOTAL("Approved budget", "批准预算"),
    /** Section: not available. */
    NOT_AVAILABLE("Not available", "不可用"),
    /** An undefined metric. */
    UNDEFINED("undefined", "无法计算"),
    /** Working days unit. */
    WORKING_DAYS("working days", "个工作日"),
    /** Periods unit. */
    PERIODS("periods", "期"),
    /** Portfolio totals. */
    TOTALS("Totals", "合计"),
    /** Projects count. */
    PROJECTS("Projects", "项目数"),
    /** The list of projects of a portfolio. */
    PROJECT_LIST("Projects", "项目列表"),
    /** Red count. */
    RED_COUNT("Red", "红"),
    /** Amber count. */
    AMBER_COUNT("Amber", "黄"),
    /** Green count. */
    GREEN_COUNT("Green", "绿"),
    /** Projects with earned value. */
    WITH_EARNED_VALUE("Projects with earned value", "有挣值数据的项目数"),
    /** Generated-by note. */
    GENERATED_BY("Written by PMO Kit", "由 PMO Kit 生成");

    private final Text text;

    Label(String english, String chinese) {
        this.text = Text.of(english, chinese);
    }

    /**
     * Returns the label in both languages.
     *
     * @return the text
     */
    public Text text() {
        return text;
    }

    /**
     * Returns the label in one language.
     *
     * @param language the language
     * @return the label
     */
    public String in(ReportLanguage language) {
        return Objects.requireNonNull(language, "language").of(text);
    }
}
