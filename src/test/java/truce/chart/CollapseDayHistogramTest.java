package truce.chart;

import truce.stats.LogRankResult;
import truce.analysis.CollapseDays;
import truce.analysis.HistogramBin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollapseDayHistogramTest {

    private static final int W = CollapseDayHistogram.WIDTH;
    private static final int H = CollapseDayHistogram.HEIGHT;

    @TempDir
    Path dir;

    private static JFreeChart sample() {
        return CollapseDayHistogram.create("When ceasefires collapsed", SweepSamples.collapseDays());
    }

    @Test
    void rendersBarsWithAxisLabelsAndSubtitle() throws Exception {
        CollapseDays d = SweepSamples.collapseDays();
        String text = ChartChecks.saveAndCheck(sample(), dir, "collapse-days", W, H);
        String sub = d.collapsed() + " of 1800 runs collapsed; median collapse day "
                + DisplayFormat.number(d.medianDay()) + "; 7-day bins";
        for (String s : List.of("When ceasefires collapsed", "day of collapse", sub, "median, day " + DisplayFormat.number(d.medianDay()))) {
            assertTrue(text.contains(s), "SVG text has '" + s + "'");
        }
        // vertical labels are glyph outlines in the SVG (JFreeChart's rotated-text
        // workaround draws them through TextLayout), so they are checked on the chart
        assertEquals("collapsed runs", sample().getXYPlot().getRangeAxis().getLabel());
    }

    @Test
    void binsRawDaysByWeekFromDayZero() {
        CollapseDays d = CollapseDays.fromDays(new double[] {14, 0, 1, 6, 7, 13, 364}, 10, 365);
        assertEquals(53, d.bins().size());
        assertEquals(new HistogramBin(0, 7, 3), d.bins().get(0));
        assertEquals(new HistogramBin(7, 14, 2), d.bins().get(1));
        assertEquals(new HistogramBin(14, 21, 1), d.bins().get(2));
        assertEquals(new HistogramBin(364, 371, 1), d.bins().get(52));
        assertEquals(7, d.collapsed());
        assertEquals(7.0, d.medianDay());
        assertEquals("7 of 10 runs collapsed; median collapse day 7; 7-day bins",
                CollapseDayHistogram.subtitle(d, 7));

        CollapseDays even = CollapseDays.fromDays(new double[] {3, 8}, 2, 30, 10);
        assertEquals(3, even.bins().size());
        assertEquals(5.5, even.medianDay());
        assertEquals("2 of 2 runs collapsed; median collapse day 5.5; 10-day bins",
                CollapseDayHistogram.subtitle(even, 10));
    }

    @Test
    void theDatasetHasABarPerBin() {
        CollapseDays d = CollapseDays.fromDays(new double[] {1, 2, 9}, 5, 21);
        IntervalXYDataset ds = CollapseDayHistogram.createDataset(d);
        assertEquals(3, ds.getItemCount(0));
        assertEquals(0.0, ds.getStartXValue(0, 0));
        assertEquals(7.0, ds.getEndXValue(0, 0));
        assertEquals(2.0, ds.getYValue(0, 0));
        assertEquals(1.0, ds.getYValue(0, 1));
        assertEquals(0.0, ds.getYValue(0, 2));
    }

    @Test
    void noCollapseStillMakesAChart() throws Exception {
        CollapseDays none = CollapseDays.fromDays(new double[0], 50, 365);
        JFreeChart c = CollapseDayHistogram.create("none", none);
        assertEquals("none of 50 runs collapsed; 7-day bins", ((TextTitle) c.getSubtitle(0)).getText());
        ChartFiles.save(c, dir, "none", W, H);
    }

    @Test
    void countsPerBinCanBeGivenDirectly() throws Exception {
        CollapseDays monthly = new CollapseDays(List.of(new HistogramBin(0, 30, 40),
                new HistogramBin(30, 60, 12), new HistogramBin(60, 90, 3)), 100, 21, 90);
        JFreeChart c = CollapseDayHistogram.create("monthly", monthly);
        String text = ChartChecks.saveAndCheck(c, dir, "monthly", W, H);
        assertTrue(text.contains("55 of 100 runs collapsed; median collapse day 21; 30-day bins"),
                text);
    }

    @Test
    void tickStepsAreRound() {
        assertEquals(1.0, CollapseDayHistogram.niceStep(0));
        assertEquals(1.0, CollapseDayHistogram.niceStep(4));
        assertEquals(2.0, CollapseDayHistogram.niceStep(7));
        assertEquals(50.0, CollapseDayHistogram.niceStep(202));
        assertEquals(1000.0, CollapseDayHistogram.niceStep(4000));
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        ChartChecks.assertDeterministic(CollapseDayHistogramTest::sample, dir, W, H);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new CollapseDays(List.of(
                new HistogramBin(0, 7, 1), new HistogramBin(5, 12, 1)), 10, 3, 30));
        assertThrows(IllegalArgumentException.class, () -> new CollapseDays(List.of(
                new HistogramBin(0, 7, 11)), 10, 3, 30));
        assertThrows(IllegalArgumentException.class, () -> new CollapseDays(List.of(), 10, 3, 30));
        assertThrows(IllegalArgumentException.class, () -> new HistogramBin(7, 7, 1));
        assertThrows(IllegalArgumentException.class, () -> new HistogramBin(0, 7, -1));
        assertThrows(IllegalArgumentException.class,
                () -> CollapseDays.fromDays(new double[] {400}, 10, 365));
        assertThrows(IllegalArgumentException.class,
                () -> CollapseDays.fromDays(new double[] {4}, 10, 365, 0));
        assertThrows(NullPointerException.class, () -> CollapseDayHistogram.create("t", null));
    }
}
