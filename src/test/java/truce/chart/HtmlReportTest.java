package truce.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static final String EVIL = "<script>alert(1)</script>";

    @TempDir
    Path dir;

    private static List<ReportChart> charts() {
        return List.of(
                new ReportChart("survival-by-leverage", "Survival by leverage", "one line per rate"),
                new ReportChart("heatmap", "Heatmap", ""),
                new ReportChart("km", "Kaplan\u2013Meier curves", "by attack rate"),
                new ReportChart("collapse-days", "Collapse days", "weekly bins"));
    }

    private static Map<String, String> manifest() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tool version", "truce 0.1.0");
        m.put("design hash", "9f2c4e1a");
        m.put("master seed", "20251019");
        return m;
    }

    private static ReportInput sample() {
        return new ReportInput("leverage-by-attack-rate", 365, charts(),
                new SummaryTable(SweepSamples.summaryHeader(), SweepSamples.summaryRows()),
                manifest());
    }

    private String write(ReportInput in) throws Exception {
        Path file = HtmlReport.write(dir, in);
        assertEquals(dir.resolve("index.html"), file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** "How to read this" explains the charts the page shows, and no others. */
    @Test
    void howToReadDescribesOnlyTheChartsPresent() {
        String html = HtmlReport.render(new ReportInput("s", 30, List.of(new ReportChart("charts/morris-km", "m", "")),
                new SummaryTable(List.of("point"), List.of()), Map.of(), "Morris screening"));
        assertTrue(html.contains("<b>Morris screening</b>"));
        assertTrue(html.contains("<title>s \u2014 Truce Morris screening</title>"));
        for (String absent : List.of("Heatmap", "Kaplan", "Survival by parameter", "Which levers matter", "collapse")) {
            assertTrue(!html.contains("<b>" + absent), absent + " is not on the page");
        }
    }

    @Test
    void showsEachChartAsAnImageLinkingToItsSvgAndTheTable() throws Exception {
        String html = write(sample());
        assertTrue(html.startsWith("<!DOCTYPE html>\n"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<title>leverage-by-attack-rate \u2014 Truce parameter sweep</title>"));
        assertTrue(html.contains("<h1>leverage-by-attack-rate</h1>"));
        assertTrue(html.contains("How to read this"));
        for (String name : List.of("survival-by-leverage", "heatmap", "km", "collapse-days")) {
            assertTrue(html.contains("<img src=\"" + name + ".png\""), name + " image");
            assertTrue(html.contains("<a href=\"" + name + ".svg\">SVG</a>"), name + " SVG link");
        }
        assertTrue(html.contains("Kaplan\u2013Meier curves</b> \u2014 by attack rate"));
        // header and rows; the numeric columns right-aligned
        assertTrue(html.contains("<th class=\"num\">mediators.<wbr>qatar.<wbr>leverage</th>"));
        assertTrue(html.contains("<th class=\"num\">survival</th>"));
        assertEquals(27, count(html, "<tr><td"));
        List<String> first = SweepSamples.summaryRows().get(0);
        assertTrue(html.contains("<td class=\"num\">" + first.get(4) + "</td>"), first.toString());
        assertTrue(html.contains("<dt>design hash</dt><dd>9f2c4e1a</dd>"));
        assertTrue(html.indexOf("tool version") < html.indexOf("master seed"), "manifest order");
        assertTrue(html.contains("href=\"summary.csv\""));
    }

    @Test
    void textColumnsStayLeftAligned() {
        SummaryTable t = new SummaryTable(List.of("scenario", "n", "survival"), List.of(
                List.of("baseline-2025", "200", "0.347"), List.of("qatar 2", "200", ""),
                List.of("3", "200", "1.2e-05")));
        String html = HtmlReport.render(new ReportInput("s", 30, List.of(), t, Map.of()));
        assertTrue(html.contains("<tr><th>scenario</th><th class=\"num\">n</th>"
                + "<th class=\"num\">survival</th></tr>"), html);
        assertTrue(html.contains("<tr><td>baseline-2025</td><td class=\"num\">200</td>"
                + "<td class=\"num\">0.347</td></tr>"));
        assertTrue(html.contains("<td class=\"num\"></td>"));
    }

    @Test
    void everyStringFromTheDataIsEscaped() throws Exception {
        Map<String, String> m = new LinkedHashMap<>(manifest());
        m.put(EVIL, "x\" onerror=\"alert(2)");
        SummaryTable t = new SummaryTable(List.of(EVIL, "n"),
                List.of(List.of("<img src=x onerror=alert(3)>", "1")));
        ReportInput in = new ReportInput(EVIL, 365,
                List.of(new ReportChart("a b/<c>&\"d", EVIL, EVIL)), t, m);
        String html = write(in);
        assertFalse(html.toLowerCase().contains("<script"), "no script element");
        assertFalse(html.contains("<img src=x"), "no injected image");
        assertFalse(html.contains("\" onerror"), "no attribute break-out");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
        assertTrue(html.contains("<th>&lt;script&gt;alert(1)&lt;/script&gt;</th>"));
        assertTrue(html.contains("<dd>x&quot; onerror=&quot;alert(2)</dd>"));
        assertTrue(html.contains("src=\"a%20b/%3Cc%3E%26%22d.png\""), "path is URL-encoded");
        assertEquals("&amp;&lt;&gt;&quot;&#39;\uFFFD\t", HtmlReport.escape("&<>\"'\u0000\t"));
    }

    @Test
    void aLongTableIsCutAt200RowsWithANote() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(List.of(String.valueOf(i), DisplayFormat.number(i / 500.0)));
        }
        String html = write(new ReportInput("big", 365, List.of(),
                new SummaryTable(List.of("point", "survival"), rows), Map.of()));
        assertEquals(HtmlReport.MAX_ROWS, count(html, "<tr><td"));
        assertTrue(html.contains("<td class=\"num\">199</td>"));
        assertFalse(html.contains("<td class=\"num\">200</td>"));
        assertTrue(html.contains("Showing the first 200 of 500 design points; the other 300 are in "
                + "<a href=\"summary.csv\">summary.csv</a>."), "truncation note");
    }

    @Test
    void aTableGivenOnlyItsShownRowsCountsEveryPoint() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < HtmlReport.MAX_ROWS; i++) {
            rows.add(List.of(String.valueOf(i), DisplayFormat.number(i / 500.0)));
        }
        String html = write(new ReportInput("big", 365, List.of(),
                new SummaryTable(List.of("point", "survival"), rows, 50_000), Map.of()));
        assertEquals(HtmlReport.MAX_ROWS, count(html, "<tr><td"));
        assertTrue(html.contains("50000 design points \u00b7 horizon 365 days"), "the subtitle counts every point");
        assertTrue(html.contains("Showing the first 200 of 50000 design points; the other 49800 are in "
                + "<a href=\"summary.csv\">summary.csv</a>."), "truncation note");
        assertThrows(IllegalArgumentException.class, () -> new SummaryTable(List.of("point"),
                List.of(List.of("a"), List.of("b")), 1));
    }

    @Test
    void isSelfContained() throws Exception {
        String html = write(sample());
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("//cdn"),
                "no external resources");
        assertFalse(html.contains("<script"), "no JavaScript");
        assertFalse(html.contains("<link"), "no external stylesheet");
        assertTrue(html.contains("<style>"));
        Matcher src = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        while (src.find()) {
            String url = src.group(1);
            assertFalse(url.startsWith("/") || url.contains(":"), "relative: " + url);
        }
    }

    @Test
    void theImagesItNamesExistAfterSavingTheCharts() throws Exception {
        ChartFiles.save(SurvivalByParameterChart.create("s", SweepSamples.X_LABEL, 365,
                SweepSamples.survivalByLeverage()), dir, "survival-by-leverage", 900, 560);
        ChartFiles.save(SurvivalHeatmap.create("h", SweepSamples.X_LABEL, SweepSamples.Y_LABEL,
                365, SweepSamples.grid()), dir, "heatmap", 900, 600);
        ChartFiles.save(KaplanMeierChart.create("k", SweepSamples.kmCurves(),
                SweepSamples.logRank(), true), dir, "km", 900, 560);
        ChartFiles.save(CollapseDayHistogram.create("c", SweepSamples.collapseDays()), dir,
                "collapse-days", 900, 520);
        String html = write(sample());
        Matcher src = Pattern.compile("(?:src|href)=\"([^\"]*\\.(?:png|svg))\"").matcher(html);
        int n = 0;
        while (src.find()) {
            assertTrue(Files.isRegularFile(dir.resolve(src.group(1))), src.group(1));
            n++;
        }
        assertEquals(12, n); // per chart: image, its link, the SVG link
    }

    @Test
    void sameInputGivesTheSameBytesAndNoLeftovers() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        HtmlReport.write(a, sample());
        HtmlReport.write(b, sample());
        HtmlReport.write(b, sample());
        assertArrayEquals(Files.readAllBytes(a.resolve("index.html")),
                Files.readAllBytes(b.resolve("index.html")));
        try (Stream<Path> files = Files.list(b)) {
            assertEquals(List.of("index.html"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void rejectsBadInput() {
        for (String bad : List.of("", "/abs", "../up", "a/../b", "a//b", "a\\b", "http://x/y",
                "c:/x", "./x")) {
            assertThrows(IllegalArgumentException.class, () -> new ReportChart(bad, "t", ""), bad);
        }
        assertThrows(IllegalArgumentException.class,
                () -> new SummaryTable(List.of("a", "b"), List.of(List.of("1"))));
        assertThrows(IllegalArgumentException.class, () -> new SummaryTable(List.of(), List.of()));
        SummaryTable t = new SummaryTable(List.of("a"), List.of());
        assertThrows(IllegalArgumentException.class,
                () -> new ReportInput("s", 0, List.of(), t, Map.of()));
        Map<String, String> nullValue = new LinkedHashMap<>();
        nullValue.put("k", null);
        assertThrows(NullPointerException.class,
                () -> new ReportInput("s", 30, List.of(), t, nullValue));
        assertThrows(NullPointerException.class, () -> HtmlReport.write(null, sample()));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
