package org.pmokit.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pmokit.reporting.Documents;
import org.pmokit.reporting.Fixtures;
import org.pmokit.reporting.RiskSection;
import org.pmokit.rules.risk.HeatMapCell;
import org.pmokit.rules.risk.RiskBand;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The risk heat map of the CRM sample's four open threats: 25 cells coloured by the policy's band of
 * their score, the count in each cell that holds a risk, probability up and impact across.
 */
class HeatMapChartTest {

    private static final RiskSection RISKS = Fixtures.crmReport().risks();

    private static Document chart() {
        return Documents.xml(new HeatMapChart(RISKS.threats(), RISKS::bandOf,
                new HeatMapChart.Labels("Risk heat map: threats", "Probability", "Impact")).toSvg());
    }

    @Test
    void everyCell_isColouredByTheBandOfItsScore() {
        List<Element> cells = Documents.withClass(chart(), "rect", "cell");
        assertThat(cells).hasSize(25);
        // rows from probability 5 down to 1, impact 1 to 5 across: the first cell is P5 x I1 = 5
        assertThat(cells.get(0).getTextContent()).isEqualTo("P5 \u00d7 I1 = 5");
        assertThat(cells.get(4).getTextContent()).startsWith("P5 \u00d7 I5 = 25");
        for (Element cell : cells) {
            int score = Integer.parseInt(cell.getTextContent().replaceAll("^P\\d \u00d7 I\\d = (\\d+).*$", "$1"));
            RiskBand band = RISKS.bandOf(score);
            assertThat(cell.getAttribute("class")).isEqualTo("cell band-" + band.name().toLowerCase(Locale.ROOT));
            assertThat(cell.getAttribute("fill")).isEqualTo(HeatMapChart.colour(band));
        }
        assertThat(HeatMapChart.colour(RiskBand.CRITICAL)).isNotEqualTo(HeatMapChart.colour(RiskBand.MINIMAL));
    }

    @Test
    void theCounts_addUpToTheOpenThreats_andNameTheirRisks() {
        Document doc = chart();
        int total = Documents.withClass(doc, "text", "count").stream()
                .mapToInt(e -> Integer.parseInt(e.getTextContent())).sum();
        assertThat(total).isEqualTo(RISKS.threats().count()).isEqualTo(4);
        for (HeatMapCell c : RISKS.threats().cells()) {
            if (c.count() > 0) {
                String title = "P" + c.probabilityLevel() + " \u00d7 I" + c.impactLevel() + " = " + c.score() + ": "
                        + c.risks().get(0).value();
                assertThat(Documents.withClass(doc, "rect", "cell")).extracting(Element::getTextContent)
                        .anyMatch(t -> t.startsWith(title));
            }
        }
    }
}
