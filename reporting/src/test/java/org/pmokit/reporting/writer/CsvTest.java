package org.pmokit.reporting.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.reporting.Documents;

/** CSV cells: RFC 4180 quoting and formula injection neutralised. */
class CsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '^', value = {
        "=1+2#'=1+2",
        "+1#'+1",
        "-1+1#'-1+1",
        "@SUM(A1:A2)#'@SUM(A1:A2)",
        "=cmd|' /C calc'!A0#'=cmd|' /C calc'!A0",
        "-220000.00#-220000.00",
        "42#42",
        "0.5#0.5",
        "a=b#a=b",
        "CNY 1.00#CNY 1.00"})
    void neutralise_formulasButNotNumbers(String value, String expected) {
        assertThat(Csv.neutralise(value)).isEqualTo(expected);
    }

    @Test
    void neutralise_tabAndCarriageReturnAtTheStart() {
        assertThat(Csv.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(Csv.neutralise("")).isEmpty();
    }

    @Test
    void cell_quotesBy4180() {
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("=1,2")).isEqualTo("\"'=1,2\"");
    }

    @Test
    void row_endsWithCrlf() {
        StringBuilder s = new StringBuilder();
        Csv.row(s, List.of("a", "b,c", ""));
        assertThat(s).hasToString("a,\"b,c\",\r\n");
    }

    /** Any row reads back as its neutralised cells, and no cell reads back as a formula. */
    @Property
    void row_roundTrips_andNoCellStartsAFormula(@ForAll List<String> cells) {
        if (cells.isEmpty()) {
            return;
        }
        StringBuilder s = new StringBuilder();
        Csv.row(s, cells);
        List<List<String>> back = Documents.csv(s.toString());
        assertThat(back).hasSize(1);
        assertThat(back.get(0)).containsExactlyElementsOf(cells.stream().map(Csv::neutralise).toList());
        for (String c : back.get(0)) {
            if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) {
                assertThat(c).matches("-[0-9]+(\\.[0-9]+)?");
            }
        }
    }
}
