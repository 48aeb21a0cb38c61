package org.pmokit.rules.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.pmokit.core.project.RiskId;
import org.pmokit.core.project.RiskKind;

/**
 * The data of a risk heat map (风险热力图) for one kind of risk: the 25 cells of the 5 x 5
 * matrix, each with its count and its risks. Reports draw threats and opportunities as two maps.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind threats or opportunities
 * @param cells the 25 cells, by probability level and then impact level, both from 1 to 5
 */
public record HeatMap(RiskKind kind, List<HeatMapCell> cells) {

    /**
     * Checks and copies the parts: the 25 cells in order.
     *
     * @param kind the kind
     * @param cells the cells
     */
    public HeatMap {
        Objects.requireNonNull(kind, "kind");
        cells = List.copyOf(cells);
        if (cells.size() != 25) {
            throw new IllegalArgumentException("a heat map has 25 cells: " + cells.size());
        }
        for (int i = 0; i < 25; i++) {
            HeatMapCell cell = cells.get(i);
            if (cell.probabilityLevel() != i / 5 + 1 || cell.impactLevel() != i % 5 + 1) {
                throw new IllegalArgumentException("heat map cell " + i + " must be (" + (i / 5 + 1) + ", "
                        + (i % 5 + 1) + "): (" + cell.probabilityLevel() + ", " + cell.impactLevel() + ")");
            }
        }
    }

    /**
     * Returns the heat map of the results of one kind; results of the other kind are left out.
     *
     * @param kind the kind
     * @param results the scored risks
     * @return the heat map
     */
    public static HeatMap of(RiskKind kind, Collection<RiskResult> results) {
        Objects.requireNonNull(kind, "kind");
        List<List<RiskId>> ids = new ArrayList<>(25);
        for (int c = 0; c < 25; c++) {
            ids.add(new ArrayList<>());
        }
        for (RiskResult r : results) {
            if (r.risk().kind() == kind) {
                ids.get((r.probabilityLevel() - 1) * 5 + r.impactLevel() - 1).add(r.id());
            }
        }
        List<HeatMapCell> cells = new ArrayList<>(25);
        for (int c = 0; c < 25; c++) {
            List<RiskId> cellIds = ids.get(c);
            cellIds.sort(null);
            cells.add(new HeatMapCell(c / 5 + 1, c % 5 + 1, cellIds));
        }
        return new HeatMap(kind, cells);
    }

    /**
     * Returns one cell.
     *
     * @param probabilityLevel the probability level, 1 to 5
     * @param impactLevel the impact level, 1 to 5
     * @return the cell
     * @throws IllegalArgumentException if a level is outside 1 to 5
     */
    public HeatMapCell cell(int probabilityLevel, int impactLevel) {
        RiskScoring.checkLevel(probabilityLevel, "probability level");
        RiskScoring.checkLevel(impactLevel, "impact level");
        return cells.get((probabilityLevel - 1) * 5 + impactLevel - 1);
    }

    /**
     * Returns how many risks the map holds.
     *
     * @return the count over all cells
     */
    public int count() {
        return cells.stream().mapToInt(HeatMapCell::count).sum();
    }
}
