package truce.chart;

import truce.analysis.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurvivalByParameterChartTest {

    private static final int W = SurvivalByParameterChart.WIDTH;
    private static final int H = SurvivalByParameterChart.HEIGHT;

    @TempDir
    Path dir;

    private static JFreeChart sample() {
        return SurvivalByParameterChart.create("Survival by leverage", SweepSamples.X_LABEL,
                SweepSamples.HORIZON, SweepSamples.survivalByLeverage());
    }

    @Test
    void rendersLinesBandsAndLabelsWithUnits() throws Exception {
        JFreeChart chart = sample();
        String text = ChartChecks.saveAndCheck(chart, dir, "by-leverage", W, H);
        for (String s : List.of("Survival by leverage", "mediators.qatar.leverage (0\u20131)",
                "militants.ttp.attackRate = 0.3", "militants.ttp.attackRate = 1.2",
                "shaded: Wilson 95% interval", "200 runs per point")) {
            assertTrue(text.contains(s), "SVG text has '" + s + "'");
        }
        // vertical labels are glyph outlines in the SVG (JFreeChart's rotated-text
        // workaround draws them through TextLayout), so they are checked on the chart
        assertEquals("share of runs in which the ceasefire survived to day 365",
                chart.getXYPlot().getRangeAxis().getLabel());
        BufferedImage img = ImageIO.read(dir.resolve("by-leverage.png").toFile());
        Rectangle plot = ChartChecks.dataArea(chart, W, H);
        for (int rgb : new int[] {0x0072B2, 0xE69F00, 0xCC79A7}) {
            assertTrue(ChartChecks.countNear(img, plot, rgb) > 200,
                    "line colour " + Integer.toHexString(rgb));
        }
    }

    @Test
    void datasetHoldsEachPointWithItsInterval() {
        List<SurvivalSeries> series = SweepSamples.survivalByLeverage();
        XYPlot plot = sample().getXYPlot();
        YIntervalSeriesCollection ds = (YIntervalSeriesCollection) plot.getDataset(0);
        assertInstanceOf(DeviationRenderer.class, plot.getRenderer(0));
        assertEquals(3, ds.getSeriesCount());
        SurvivalPoint p = series.get(2).points().get(4);
        assertEquals("militants.ttp.attackRate = 1.2", ds.getSeriesKey(2));
        assertEquals(p.x(), ds.getXValue(2, 4));
        assertEquals(p.survival(), ds.getYValue(2, 4));
        assertEquals(p.lower(), ds.getStartYValue(2, 4));
        assertEquals(p.upper(), ds.getEndYValue(2, 4));
        assertEquals(0.0, plot.getRangeAxis().getLowerBound(), 0.05);
        assertEquals(1.0, plot.getRangeAxis().getUpperBound(), 0.05);
    }

    @Test
    void gridValuesAreTheTicksButManyValuesGetRoundTicks() {
        assertInstanceOf(ValueTickAxis.class, sample().getXYPlot().getDomainAxis());
        List<SurvivalPoint> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(SweepSamples.point(i / 40.0, 100 - i, 200));
        }
        JFreeChart c = SurvivalByParameterChart.create("lhs", "x", 90,
                List.of(new SurvivalSeries("", many)));
        assertFalse(c.getXYPlot().getDomainAxis() instanceof ValueTickAxis);
    }

    @Test
    void aSingleLineHasNoLegendAndASinglePointGetsAnErrorBar() throws Exception {
        SurvivalSeries one = new SurvivalSeries("", List.of(SweepSamples.point(0.5, 120, 200)));
        JFreeChart c = SurvivalByParameterChart.create("one point", "leverage", 365, List.of(one));
        assertNull(c.getLegend());
        assertInstanceOf(XYErrorRenderer.class, c.getXYPlot().getRenderer(1));
        assertNotNull(c.getXYPlot().getDataset(1));
        ChartFiles.save(c, dir, "one", W, H); // renders
        TextTitle sub = (TextTitle) c.getSubtitle(0);
        assertEquals("shaded: Wilson 95% interval  \u00b7  200 runs per point", sub.getText());
    }

    @Test
    void subtitleGivesTheRangeOfRunsWhenTheyDiffer() {
        SurvivalSeries s = new SurvivalSeries("a", List.of(SweepSamples.point(0.1, 10, 50),
                SweepSamples.point(0.2, 10, 80)));
        assertTrue(SurvivalByParameterChart.subtitle(List.of(s)).endsWith("50\u201380 runs per point"));
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        ChartChecks.assertDeterministic(SurvivalByParameterChartTest::sample, dir, W, H);
    }

    @Test
    void pointsAreValidatedAndSeriesSorted() {
        assertThrows(IllegalArgumentException.class, () -> new SurvivalPoint(0, 1.2, 0.9, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> new SurvivalPoint(0, 0.5, 0.6, 0.7, 10));
        assertThrows(IllegalArgumentException.class, () -> new SurvivalPoint(0, 0.5, 0.4, 0.45, 10));
        assertThrows(IllegalArgumentException.class, () -> new SurvivalPoint(0, 0.5, 0.4, 0.6, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new SurvivalPoint(Double.NaN, 0.5, 0.4, 0.6, 10));
        SurvivalPoint rounded = new SurvivalPoint(0, 0.0, -1e-12, 0.03, 10);
        assertEquals(0.0, rounded.lower());

        SurvivalSeries s = new SurvivalSeries("s", List.of(SweepSamples.point(0.9, 1, 2),
                SweepSamples.point(0.1, 1, 2)));
        assertEquals(0.1, s.points().get(0).x());
        assertThrows(IllegalArgumentException.class, () -> new SurvivalSeries("s",
                List.of(SweepSamples.point(0.1, 1, 2), SweepSamples.point(0.1, 2, 2))));
        assertThrows(IllegalArgumentException.class, () -> new SurvivalSeries("s", List.of()));
    }

    @Test
    void rejectsBadArguments() {
        List<SurvivalSeries> ok = SweepSamples.survivalByLeverage();
        assertThrows(IllegalArgumentException.class,
                () -> SurvivalByParameterChart.create("t", "x", 365, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> SurvivalByParameterChart.create("t", "x", 0, ok));
        assertThrows(IllegalArgumentException.class,
                () -> SurvivalByParameterChart.create("t", "x", 365, List.of(ok.get(0), ok.get(0))));
        assertThrows(NullPointerException.class,
                () -> SurvivalByParameterChart.create(null, "x", 365, ok));
        assertThrows(NullPointerException.class,
                () -> SurvivalByParameterChart.create("t", null, 365, ok));
    }
}
