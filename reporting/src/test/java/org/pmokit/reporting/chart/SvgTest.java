package org.pmokit.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pmokit.reporting.Documents;

/** The SVG writer: numbers with at most one decimal, texts and attributes encoded by the OWASP encoder. */
class SvgTest {

    @Test
    void num_oneDecimalAtMost_halfEven() {
        assertThat(Svg.num(12)).isEqualTo("12");
        assertThat(Svg.num(213.3333)).isEqualTo("213.3");
        assertThat(Svg.num(0.25)).isEqualTo("0.2");
        assertThat(Svg.num(-0.04)).isEqualTo("0");
        assertThat(Svg.num(-3.25)).isEqualTo("-3.2");
        assertThat(Svg.num(1e7)).isEqualTo("10000000");
    }

    @Test
    void num_rejectsWhatIsNotFinite() {
        assertThatThrownBy(() -> Svg.num(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a chart coordinate must be finite: NaN");
        assertThatThrownBy(() -> Svg.num(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a chart coordinate must be finite: Infinity");
    }

    @Test
    void textsAndAttributes_areEncoded_andTheElementIsWellFormed() {
        String hostile = "<script>alert(1)</script> \" ' & \u0001";
        Svg svg = new Svg(100, 50, "x\" onload=\"alert(2)", hostile);
        svg.group("g").text(1, 2, hostile, "t", "middle").rect(0, 0, 10, 10, "r", "#fff", "", hostile).end();
        String s = svg.finish();
        assertThat(s).doesNotContain("<script").doesNotContain("onload=\"");
        var doc = Documents.xml(s);
        assertThat(Documents.elements(doc, "script")).isEmpty();
        assertThat(Documents.elements(doc, "svg").get(0).getAttribute("class")).isEqualTo("chart x\" onload=\"alert(2)");
        assertThat(Documents.elements(doc, "text").get(0).getTextContent()).startsWith("<script>alert(1)</script> \" ' &");
    }

    @Test
    void shorten_keepsWholeCodePoints() {
        assertThat(Svg.shorten("abc", 3)).isEqualTo("abc");
        assertThat(Svg.shorten("abcdef", 4)).isEqualTo("abc\u2026");
        assertThat(Svg.shorten("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 2)).isEqualTo("\uD83D\uDE00\u2026");
    }
}
