package io.modelintake.approval.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartTests {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" \u0000\u0007 ✓";

    @Test
    void stackedBarsAreWellFormedWithTitleAxesAndLegend() throws Exception {
        Chart chart = new Chart("chart-tier", "Tasks by tier", Chart.Kind.STACKED_BARS, "week", "tasks",
                List.of("Nov 23", "Nov 30"),
                List.of(new Series("LOW", List.of(1.0, 0.0)), new Series("HIGH", List.of(2.0, 3.0))));

        Document svg = parse(SvgChart.svg(chart));

        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-tier-title");
        assertThat(root.getAttribute("style")).isEmpty();
        assertThat(texts(svg, "title").get(0)).isEqualTo("Tasks by tier");
        assertThat(texts(svg, "text")).contains("Tasks by tier", "week", "tasks", "Nov 23", "Nov 30", "LOW", "HIGH", "0");
        // One bar per non-zero value, each with its number as a tooltip; two legend swatches.
        assertThat(texts(svg, "title")).contains("LOW, Nov 23: 1", "HIGH, Nov 23: 2", "HIGH, Nov 30: 3")
                .doesNotContain("LOW, Nov 30: 0");
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(3 + 2);
        assertThat(svg.getElementsByTagName("g").getLength()).isEqualTo(2);
    }

    @Test
    void theStackReachesItsTotal() throws Exception {
        Chart chart = new Chart("c", "t", Chart.Kind.STACKED_BARS, "x", "y", List.of("a"),
                List.of(new Series("one", List.of(2.0)), new Series("two", List.of(3.0))));

        Document svg = parse(SvgChart.svg(chart));

        // The axis tops out at 5 (the stacked total), so the two bars together are the plot's full height.
        double height = 0;
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getParentNode().getNodeName().equals("svg")) {
                height += Double.parseDouble(rect.getAttribute("height"));
            }
        }
        assertThat(height).isCloseTo(210.0, org.assertj.core.data.Offset.offset(0.2));
        assertThat(texts(svg, "text")).contains("5", "0");
    }

    @Test
    void linesBreakAtGaps() throws Exception {
        Chart chart = new Chart("lead", "Lead time", Chart.Kind.LINES, "week", "hours", List.of("a", "b", "c", "d"),
                List.of(new Series("Median", Arrays.asList(1.5, null, 2.0, 4.0))));

        Document svg = parse(SvgChart.svg(chart));

        NodeList lines = svg.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(2);
        assertThat(((Element) lines.item(0)).getAttribute("points").split(" ")).hasSize(1);
        assertThat(((Element) lines.item(1)).getAttribute("points").split(" ")).hasSize(2);
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(texts(svg, "title")).contains("Median, a: 1.5", "Median, d: 4");
    }

    @Test
    void anEmptyChartStillHasItsAxes() throws Exception {
        Chart chart = new Chart("empty", "Nothing", Chart.Kind.STACKED_BARS, "week", "requests", List.of("a", "b"),
                List.of());

        Document svg = parse(SvgChart.svg(chart));

        assertThat(chart.isEmpty()).isTrue();
        assertThat(svg.getElementsByTagName("line").getLength()).isEqualTo(7);
        assertThat(texts(svg, "text")).contains("Nothing", "0", "1", "a", "b");
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        Chart chart = new Chart(HOSTILE, HOSTILE, Chart.Kind.STACKED_BARS, HOSTILE, HOSTILE, List.of(HOSTILE),
                List.of(new Series(HOSTILE, List.of(1.0))));

        String drawn = SvgChart.svg(chart);
        Document svg = parse(drawn);

        assertThat(drawn).doesNotContain("<script").doesNotContain("\u0000");
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(texts(svg, "text")).contains("<script>alert('x')</script> & \"quoted\"  ✓");
    }

    @Test
    void manyCategoriesShowAFewLabelsAndEveryBar() throws Exception {
        List<String> days = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            days.add("w" + i);
            counts.add((double) i % 3);
        }
        Chart chart = new Chart("year", "A year", Chart.Kind.STACKED_BARS, "week", "n", days,
                List.of(new Series("n", counts)));

        Document svg = parse(SvgChart.svg(chart));

        assertThat(texts(svg, "text").stream().filter(t -> t.matches("w\\d+")).count()).isLessThanOrEqualTo(13);
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(34 + 1);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0,1", "-3,1", "0.4,0.5", "1,1", "3,5", "5,5", "7,10", "11,20", "36,50", "241.5,500", "1000,1000"})
    void theAxisTopsOutAtARoundNumber(double max, double top) {
        assertThat(SvgChart.niceMax(max)).isEqualTo(top);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
