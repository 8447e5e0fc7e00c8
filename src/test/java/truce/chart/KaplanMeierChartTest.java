package truce.chart;

import truce.analysis.*;
import truce.stats.LogRankResult;
import truce.analysis.CollapseDays;
import truce.analysis.HistogramBin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KaplanMeierChartTest {

    private static final int W = KaplanMeierChart.WIDTH;
    private static final int H = KaplanMeierChart.HEIGHT;

    @TempDir
    Path dir;

    private static JFreeChart sample() {
        return KaplanMeierChart.create("Survival by attack rate", SweepSamples.kmCurves(),
                SweepSamples.logRank(), true);
    }

    /** Drops to 0.8 on day 3 and 0.5 on day 10; censored on days 5 and 20 (the end). */
    private static KmCurve small() {
        return new KmCurve("small", List.of(new KmStep(3, 0.8, 0.6, 0.95),
                new KmStep(10, 0.5, 0.3, 0.7)), List.of(20.0, 5.0, 20.0), 20);
    }

    @Test
    void rendersCurvesWithLogRankAxisLabelsAndLegend() throws Exception {
        JFreeChart chart = sample();
        String text = ChartChecks.saveAndCheck(chart, dir, "km", W, H);
        for (String s : List.of("Survival by attack rate", "log-rank \u03c7\u00b2 = 12.3, df = 2, p = 0.002",
                "day since ceasefire",
                "militants.ttp.attackRate = 0.3", "militants.ttp.attackRate = 1.2",
                "censored", "95% interval")) {
            assertTrue(text.contains(s), "SVG text has '" + s + "'");
        }
        XYPlot plot = chart.getXYPlot();
        // vertical labels are glyph outlines in the SVG (JFreeChart's rotated-text
        // workaround draws them through TextLayout), so they are checked on the chart
        assertEquals("share of ceasefires still in force", plot.getRangeAxis().getLabel());
        assertInstanceOf(XYStepRenderer.class, plot.getRenderer(0));
        assertInstanceOf(DeviationRenderer.class, plot.getRenderer(1));
        BufferedImage img = ImageIO.read(dir.resolve("km.png").toFile());
        Rectangle area = ChartChecks.dataArea(chart, W, H);
        for (int rgb : new int[] {0x0072B2, 0xE69F00, 0xCC79A7}) {
            assertTrue(ChartChecks.countNear(img, area, rgb) > 300,
                    "curve colour " + Integer.toHexString(rgb));
        }
    }

    /** KMunicate's table: a header and, per curve, "at risk (collapsed)" under every 30th day. */
    @Test
    void drawsTheNumberAtRiskTableUnderTheAxis() throws Exception {
        List<KmCurve> curves = List.of(
                new KmCurve("a", List.of(new KmStep(3, 0.8, 0.6, 0.95)), List.of(60.0), 60,
                        List.of(new RiskCount(0, 200, 0), new RiskCount(30, 161, 39), new RiskCount(60, 150, 50))),
                new KmCurve("b", List.of(new KmStep(5, 0.5, 0.3, 0.7)), List.of(60.0), 60,
                        List.of(new RiskCount(0, 200, 0), new RiskCount(30, 97, 103), new RiskCount(60, 90, 110))));
        JFreeChart chart = KaplanMeierChart.create("with table", curves, null, true);
        assertInstanceOf(RiskTablePlot.class, chart.getXYPlot());
        String text = ChartChecks.saveAndCheck(chart, dir, "table", W, KaplanMeierChart.height(2));
        for (String s : List.of("Number at risk (collapsed so far)", "200 (0)", "161 (39)", "150 (50)", "97 (103)",
                "90 (110)")) {
            assertTrue(text.contains(s), "SVG text has '" + s + "'");
        }
    }

    @Test
    void legendHasOneItemPerCurvePlusTheCensorMark() {
        LegendItemCollection items = sample().getXYPlot().getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        assertEquals(4, labels.size(), labels.toString());
        assertTrue(labels.get(3).startsWith("censored"), labels.toString());
    }

    @Test
    void aCurveStepsFromOneOnDayZeroWithCensorMarksOnIt() {
        Set<List<Integer>> censored = new HashSet<>();
        XYSeries s = KaplanMeierChart.stepSeries(small(), censored, 2);
        // (0,1) (3,0.8) (5,0.8)c (10,0.5) (20,0.5)c (20,0.5)
        double[][] want = {{0, 1}, {3, 0.8}, {5, 0.8}, {10, 0.5}, {20, 0.5}, {20, 0.5}};
        assertEquals(want.length, s.getItemCount());
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i][0], s.getX(i).doubleValue(), "x " + i);
            assertEquals(want[i][1], s.getY(i).doubleValue(), "y " + i);
        }
        assertEquals(Set.of(List.of(2, 2), List.of(2, 4)), censored);
        assertEquals(List.of(5.0, 20.0), small().censorTimes());
    }

    @Test
    void theBandIsSteppedLikeTheCurve() {
        YIntervalSeries b = KaplanMeierChart.bandSeries(small());
        // (0: 1..1) (3: 1..1) (3: .6-.95) (10: .6-.95) (10: .3-.7) (20: .3-.7)
        double[][] want = {{0, 1, 1}, {3, 1, 1}, {3, 0.6, 0.95}, {10, 0.6, 0.95},
            {10, 0.3, 0.7}, {20, 0.3, 0.7}};
        assertEquals(want.length, b.getItemCount());
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i][0], b.getX(i).doubleValue());
            assertEquals(want[i][1], b.getYLowValue(i));
            assertEquals(want[i][2], b.getYHighValue(i));
        }
        KmCurve noBand = new KmCurve("n", List.of(new KmStep(3, 0.8)), List.of(), 20);
        assertNull(KaplanMeierChart.bandSeries(noBand));
    }

    @Test
    void withoutBandsOrTestTheChartHasOnlyTheCurves() throws Exception {
        JFreeChart c = KaplanMeierChart.create("plain", List.of(small()), null, false);
        assertNull(c.getXYPlot().getDataset(1));
        assertTrue(c.getSubtitles().stream().noneMatch(t -> t instanceof TextTitle),
                "no subtitle");
        ChartChecks.saveAndCheck(c, dir, "plain", W, H);
    }

    @Test
    void takesUpToEightCurves() {
        List<KmCurve> eight = new ArrayList<>();
        for (int i = 0; i < KaplanMeierChart.MAX_CURVES; i++) {
            eight.add(new KmCurve("c" + i, List.of(new KmStep(i + 1, 0.9 - 0.1 * i)),
                    List.of(30.0), 30));
        }
        KaplanMeierChart.create("eight", eight, null, true);
        List<KmCurve> nine = new ArrayList<>(eight);
        nine.add(new KmCurve("c9", List.of(), List.of(30.0), 30));
        assertThrows(IllegalArgumentException.class,
                () -> KaplanMeierChart.create("nine", nine, null, true));
        assertThrows(IllegalArgumentException.class,
                () -> KaplanMeierChart.create("none", List.of(), null, true));
        assertThrows(IllegalArgumentException.class,
                () -> KaplanMeierChart.create("dup", List.of(small(), small()), null, true));
    }

    @Test
    void logRankTextFormatsTinyPValues() {
        assertEquals("log-rank \u03c7\u00b2 = 12.3, df = 2, p = 0.002",
                KaplanMeierChart.describe(new LogRankResult(12.34, 2, 0.0021)));
        assertEquals("log-rank \u03c7\u00b2 = 48.0, df = 2, p < 0.001",
                KaplanMeierChart.describe(new LogRankResult(48.0, 2, 3.8e-11)));
        assertEquals("log-rank \u03c7\u00b2 = 0.0, df = 1, p = 1.000",
                KaplanMeierChart.describe(new LogRankResult(0.0, 1, 1.0)));
    }

    @Test
    void curvesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new KmCurve("rises",
                List.of(new KmStep(1, 0.5), new KmStep(2, 0.6)), List.of(), 10));
        assertThrows(IllegalArgumentException.class, () -> new KmCurve("order",
                List.of(new KmStep(2, 0.9), new KmStep(1, 0.8)), List.of(), 10));
        assertThrows(IllegalArgumentException.class, () -> new KmCurve("late",
                List.of(new KmStep(12, 0.9)), List.of(), 10));
        assertThrows(IllegalArgumentException.class, () -> new KmCurve("censor",
                List.of(), List.of(11.0), 10));
        assertThrows(IllegalArgumentException.class, () -> new KmStep(-1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new KmStep(1, 0.5, 0.4, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new KmStep(1, 0.5, 0.6, 0.7));
        KmCurve c = small();
        assertEquals(1.0, c.survivalAt(2.9));
        assertEquals(0.8, c.survivalAt(3));
        assertEquals(0.5, c.survivalAt(15));
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        ChartChecks.assertDeterministic(KaplanMeierChartTest::sample, dir, W, H);
    }
}
