package org.pmokit.rules.change;

import org.pmokit.core.project.Role;
import org.pmokit.rules.Text;

/**
 * Who may decide on a change, by its size (FORMULAS.md section 7): the project manager for small
 * changes, the change control board for medium ones, the steering committee above.
 */
public enum Authority {
    /** The project manager decides alone. */
    PROJECT_MANAGER(Role.PROJECT_MANAGER, Text.of("the project manager", "项目经理")),
    /** The change control board decides by a simple majority of a quorum of its members. */
    CHANGE_CONTROL_BOARD(Role.CCB_MEMBER, Text.of("the change control board", "变更控制委员会")),
    /** The steering committee decides as one body. */
    STEERING_COMMITTEE(Role.STEERING_COMMITTEE, Text.of("the steering committee", "指导委员会"));

    private final Role role;
    private final Text label;

    Authority(Role role, Text label) {
        this.role = role;
        this.label = label;
    }

    /**
     * Returns the role in which the authority's decisions are recorded.
     *
     * @return the role
     */
    public Role role() {
        return role;
    }

    /**
     * Returns the authority's name in both languages, such as "the change control board".
     *
     * @return the name
     */
    public Text label() {
        return label;
    }
}
