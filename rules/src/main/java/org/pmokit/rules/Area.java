package org.pmokit.rules;

/** The areas of a project that get a red / amber / green status of their own. */
public enum Area {
    /** Goals, KPIs and milestones. */
    GOALS(Text.of("Goals", "目标")),
    /** Schedule and critical path. */
    SCHEDULE(Text.of("Schedule", "进度")),
    /** Cost and earned value. */
    COST(Text.of("Cost", "成本")),
    /** Risks. */
    RISK(Text.of("Risk", "风险")),
    /** Budget, reserves and investment case. */
    FINANCE(Text.of("Finance", "财务")),
    /** Change control. */
    CHANGE(Text.of("Change control", "变更控制"));

    private final Text label;

    Area(Text label) {
        this.label = label;
    }

    /**
     * Returns the area's name in both languages.
     *
     * @return the label
     */
    public Text label() {
        return label;
    }
}
