package org.mappahub.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The charts of tables 1, 2 and 7: valid SVG with a title, a description and the series, and a PNG for the PDF. */
class StatisticsChartsTest {

    @Test
    void theChartOfTable1IsValidSvgWithItsTitleDescriptionAndSeries() throws Exception {
        List<ReportTable> tables = ReportTables.of(Figures.report("LANCASHIRE", 2018));
        String svg = StatisticsCharts.svg(StatisticsCharts.charted(tables, 1).orElseThrow(), "Lancashire", 2018);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).matches("0(\\.0)? 0(\\.0)? 640(\\.0)? 360(\\.0)?");
        Element title = (Element) root.getElementsByTagNameNS("*", "title").item(0);
        assertThat(title.getTextContent()).isEqualTo(
                "Chart of table 1: MAPPA-eligible offenders on 31 March 2019, Lancashire, 2018 to 2019");
        assertThat(root.getAttribute("aria-labelledby")).contains(title.getAttribute("id"));
        assertThat(root.getElementsByTagNameNS("*", "desc").item(0).getTextContent()).contains("table 1");
        assertThat(texts(root)).contains("Level 1", "Level 2", "Level 3", "Category 1", "Category 3");
        assertThat(texts(root)).doesNotContain("Total");
        assertThat(root.getElementsByTagNameNS("*", "script").getLength()).isZero();
    }

    @Test
    void table7sChartNamesBothBlocksAndTablesWithoutAChartHaveNone() throws Exception {
        List<ReportTable> tables = ReportTables.of(Figures.report("LANCASHIRE", 2012));
        String svg = StatisticsCharts.svg(StatisticsCharts.charted(tables, 7).orElseThrow(), "Lancashire", 2012);
        assertThat(svg).contains("Breach of licence, Level 2", "Breach of SOPO, Level 3");
        assertThat(StatisticsCharts.charted(tables, 2)).isPresent();
        assertThat(StatisticsCharts.charted(tables, 3)).isEmpty();
        assertThat(StatisticsCharts.charted(tables, 8)).isEmpty();
    }

    @Test
    void thePdfsChartIsAPng() throws Exception {
        byte[] png = StatisticsCharts.png(ReportTables.of(Figures.report("LANCASHIRE", 2018)).get(1));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
    }

    private static List<String> texts(Element root) {
        NodeList nodes = root.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
