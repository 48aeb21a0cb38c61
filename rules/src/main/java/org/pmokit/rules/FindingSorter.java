package org.pmokit.rules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the findings of one evaluation in {@link RuleSet#FINDING_ORDER} without sorting them all:
 * most severe first, then by rule identifier, subject and English message.
 *
 * <p>Every finding of a rule carries that rule's identifier, so the findings fall into groups by
 * severity and rule whose order is known in advance: each finding gets a number, its group (most
 * severe first and, within a severity, in the order of the rule identifiers) above its position,
 * and a sort of these numbers puts the findings in their groups, in the order the rules gave them.
 * Only the findings within a group are then sorted, by subject and message, with a stable sort.
 * The result is the list that a stable sort of the concatenated findings, in rule order, with
 * {@link RuleSet#FINDING_ORDER} gives, equal findings included; it reads each finding's severity
 * once and compares numbers, not findings, across groups.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FindingSorter {

    /** The order within a group of one rule and severity. */
    private static final Comparator<Finding> BY_SUBJECT_AND_MESSAGE = Comparator.comparing(Finding::subject)
            .thenComparing(f -> f.message().english());

    private static final int MOST_SEVERE = Severity.values().length - 1;

    /** The rank of each rule, by position, in the order of the identifiers. */
    private final int[] rank;

    /**
     * Prepares the order for a list of rules with distinct identifiers.
     *
     * @param ruleIds the identifiers of the rules, in evaluation order
     */
    FindingSorter(List<String> ruleIds) {
        Integer[] byId = new Integer[ruleIds.size()];
        for (int i = 0; i < byId.length; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, Comparator.comparing(ruleIds::get));
        this.rank = new int[byId.length];
        for (int r = 0; r < byId.length; r++) {
            rank[byId[r]] = r;
        }
    }

    /**
     * Returns the findings in {@link RuleSet#FINDING_ORDER}.
     *
     * @param perRule the findings of each rule, by position in the list the sorter was made for;
     *     each finding carries that rule's identifier
     * @return the findings in order, in a new list
     * @throws IllegalArgumentException if there are not as many lists as rules
     */
    List<Finding> sort(List<List<Finding>> perRule) {
        if (perRule.size() != rank.length) {
            throw new IllegalArgumentException("findings of " + perRule.size() + " rules for a sorter of " + rank.length);
        }
        // sort (group, position) pairs packed in longs: by group (severity, rule), equal groups in
        // the order the rules gave them; then order each group by subject and message
        int n = 0;
        for (int p = 0; p < rank.length; p++) {
            n += perRule.get(p).size();
        }
        Finding[] given = new Finding[n];
        long[] keys = new long[n];
        int at = 0;
        for (int p = 0; p < rank.length; p++) {
            List<Finding> found = perRule.get(p);
            for (int i = 0, size = found.size(); i < size; i++) {
                Finding f = found.get(i);
                given[at] = f;
                keys[at] = (long) group(f, p) << Integer.SIZE | at;
                at++;
            }
        }
        Arrays.sort(keys);
        Finding[] out = new Finding[n];
        for (int i = 0; i < n; i++) {
            out[i] = given[(int) keys[i]];
        }
        for (int from = 0, to; from < n; from = to) {
            int group = (int) (keys[from] >>> Integer.SIZE);
            to = from + 1;
            while (to < n && (int) (keys[to] >>> Integer.SIZE) == group) {
                to++;
            }
            if (to - from > 1) {
                Arrays.sort(out, from, to, BY_SUBJECT_AND_MESSAGE); // stable
            }
        }
        return Arrays.asList(out);
    }

    /** The group of a finding of the rule at a position: most severe first, then by rule identifier. */
    private int group(Finding f, int position) {
        return (MOST_SEVERE - f.severity().ordinal()) * rank.length + rank[position];
    }
}
