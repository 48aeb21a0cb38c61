package org.pmokit.reporting;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ChangeType;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.ImpactLevel;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.core.project.MilestoneKind;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.core.project.Role;
import org.pmokit.rules.Area;
import org.pmokit.rules.RagStatus;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;
import org.pmokit.rules.change.Authority;
import org.pmokit.rules.change.LogVerification;
import org.pmokit.rules.evm.EacMethod;
import org.pmokit.rules.evm.EvmMetric;
import org.pmokit.rules.risk.RiskBand;
import org.pmokit.rules.schedule.ProgressState;

/**
 * The name of every enumeration value a report shows, in English and Simplified Chinese
 * (GLOSSARY.md): typed tables, one per enumeration, each complete (a missing value fails when the
 * class loads, and a test asks for every value). Enumerations of the rules that carry their own
 * label (status, area, risk band, earned value metric, EAC method, approval authority) use it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Terms {

    private static final Map<Class<?>, Map<? extends Enum<?>, Text>> TABLES = tables();

    private Terms() {
    }

    private static Map<Class<?>, Map<? extends Enum<?>, Text>> tables() {
        Map<Class<?>, Map<? extends Enum<?>, Text>> t = new HashMap<>();
        put(t, Phase.class,
                "Initiation", "启动",
                "Requirements", "需求分析",
                "Design", "方案设计",
                "Build", "开发实施",
                "Test", "测试验证",
                "Deployment", "部署上线",
                "Operations", "运维优化",
                "Closure", "项目收尾");
        put(t, MilestoneKind.class,
                "Phase milestone", "阶段里程碑",
                "Key task milestone", "关键任务里程碑",
                "Deliverable milestone", "交付物里程碑");
        put(t, RiskCategory.class,
                "Technical", "技术风险",
                "Operational", "运营风险",
                "Resource", "资源风险",
                "Compliance", "合规风险",
                "Security", "安全风险",
                "Vendor", "供应商风险",
                "Schedule", "进度风险",
                "Financial", "财务风险");
        put(t, RiskKind.class,
                "Threat", "威胁",
                "Opportunity", "机会");
        put(t, RiskStrategy.class,
                "Avoid", "规避",
                "Mitigate", "减轻",
                "Transfer", "转移",
                "Accept", "接受",
                "Escalate", "上报",
                "Exploit", "开拓",
                "Enhance", "提高",
                "Share", "分享");
        put(t, RiskStatus.class,
                "Open", "未关闭",
                "Mitigating", "应对中",
                "Occurred", "已发生",
                "Closed", "已关闭");
        put(t, ChangeType.class,
                "Scope", "范围",
                "Schedule", "进度",
                "Cost", "成本",
                "Technical", "技术",
                "Regulatory", "监管");
        put(t, ChangeStatus.class,
                "Draft", "草稿",
                "Submitted", "已提交",
                "Assessed", "已评估",
                "Approved", "已批准",
                "Rejected", "已拒绝",
                "Deferred", "已推迟",
                "Implemented", "已实施",
                "Verified", "已验证",
                "Closed", "已关闭");
        put(t, ImpactLevel.class,
                "None", "无",
                "Low", "低",
                "Medium", "中",
                "High", "高");
        put(t, DecisionType.class,
                "Approve", "批准",
                "Reject", "拒绝",
                "Defer", "推迟");
        put(t, Role.class,
                "Project manager", "项目经理",
                "Change control board member", "变更控制委员会成员",
                "Steering committee", "指导委员会",
                "Compliance officer", "合规官",
                "Sponsor", "项目发起人");
        put(t, KpiDimension.class,
                "Cost", "成本",
                "Efficiency", "效率",
                "Value", "价值",
                "Compliance", "合规",
                "Experience", "体验",
                "Extension", "扩展");
        put(t, Direction.class,
                "Increase", "提升",
                "Decrease", "降低");
        put(t, Severity.class,
                "Info", "提示",
                "Warning", "警告",
                "Error", "错误",
                "Critical", "严重");
        put(t, ProgressState.class,
                "Not started", "未开始",
                "In progress", "进行中",
                "Finished", "已完成");
        put(t, SmartCriterion.class,
                "Specific", "具体的",
                "Measurable", "可衡量的",
                "Achievable", "可达成的",
                "Relevant", "相关的",
                "Time-bound", "有时限的",
                "Owned", "有责任人");
        put(t, MilestoneState.class,
                "Reached on time", "按期达成",
                "Reached late", "延期达成",
                "Overdue", "已逾期",
                "Forecast late", "预测延期",
                "On track", "正常",
                "No due date", "无计划日期");
        put(t, LogVerification.Status.class,
                "Intact", "完整",
                "Not sealed", "未封存",
                "Missing hash", "缺少哈希值",
                "Hash mismatch", "哈希值不符",
                "Anchor not found", "未找到锚点");
        labelled(t, RagStatus.class, RagStatus::label);
        labelled(t, Area.class, Area::label);
        labelled(t, RiskBand.class, RiskBand::label);
        labelled(t, EvmMetric.class, EvmMetric::label);
        labelled(t, EacMethod.class, EacMethod::label);
        labelled(t, Authority.class, Authority::label);
        return Map.copyOf(t);
    }

    private static <E extends Enum<E>> void put(Map<Class<?>, Map<? extends Enum<?>, Text>> tables, Class<E> type,
            String... englishAndChinese) {
        E[] values = type.getEnumConstants();
        if (englishAndChinese.length != 2 * values.length) {
            throw new IllegalStateException("the table of " + type.getSimpleName() + " needs " + values.length
                    + " terms in two languages: " + englishAndChinese.length / 2);
        }
        EnumMap<E, Text> table = new EnumMap<>(type);
        for (E value : values) {
            table.put(value, Text.of(englishAndChinese[2 * value.ordinal()], englishAndChinese[2 * value.ordinal() + 1]));
        }
        tables.put(type, table);
    }

    private static <E extends Enum<E>> void labelled(Map<Class<?>, Map<? extends Enum<?>, Text>> tables, Class<E> type,
            Function<E, Text> label) {
        EnumMap<E, Text> table = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            table.put(value, label.apply(value));
        }
        tables.put(type, table);
    }

    /**
     * Returns the name of an enumeration value in both languages.
     *
     * @param value the value, of an enumeration a report shows
     * @return its name
     * @throws IllegalArgumentException if reports do not show that enumeration
     */
    public static Text of(Enum<?> value) {
        Objects.requireNonNull(value, "value");
        Map<? extends Enum<?>, Text> table = TABLES.get(value.getDeclaringClass());
        if (table == null) {
            throw new IllegalArgumentException("reports have no terms for " + value.getDeclaringClass().getName());
        }
        return table.get(value);
    }

    /**
     * Returns the name of an enumeration value in one language.
     *
     * @param value the value
     * @param language the language
     * @return its name
     * @throws IllegalArgumentException if reports do not show that enumeration
     */
    public static String of(Enum<?> value, ReportLanguage language) {
        return Objects.requireNonNull(language, "language").of(of(value));
    }

    /**
     * Returns whether reports have names for the values of an enumeration.
     *
     * @param type the enumeration
     * @return true if {@link #of(Enum)} names its values
     */
    public static boolean covers(Class<? extends Enum<?>> type) {
        return TABLES.containsKey(Objects.requireNonNull(type, "type"));
    }
}
