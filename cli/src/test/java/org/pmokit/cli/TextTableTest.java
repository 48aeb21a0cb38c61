package org.pmokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private static final String NL = System.lineSeparator();

    @Test
    void columnsArePaddedToTheWidestCell_andTheLastIsNot() {
        String table = new TextTable().row(List.of("id", "name")).row(List.of("A10", "x")).row(List.of("A1", "")).render();

        assertThat(table).isEqualTo("id   name" + NL + "A10  x" + NL + "A1" + NL);
    }

    @Test
    void chineseCharactersTakeTwoColumns() {
        assertThat(TextTable.width("状态")).isEqualTo(4);
        assertThat(TextTable.width("A7 进行中")).isEqualTo(9);
        String table = new TextTable().row(List.of("状态", "x")).row(List.of("done", "y")).render();

        assertThat(table).isEqualTo("状态  x" + NL + "done  y" + NL);
    }

    @Test
    void rowsMustHaveTheSameNumberOfCells() {
        TextTable table = new TextTable().row(List.of("a", "b"));

        assertThatThrownBy(() -> table.row(List.of("c"))).hasMessage("row has 1 cells, the table 2");
    }
}
