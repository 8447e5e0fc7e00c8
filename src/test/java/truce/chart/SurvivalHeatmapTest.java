package truce.chart;

import truce.analysis.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurvivalHeatmapTest {

    private static final int W = SurvivalHeatmap.WIDTH;
    private static final int H = SurvivalHeatmap.HEIGHT;

    @TempDir
    Path dir;

    private static JFreeChart sample() {
        return SurvivalHeatmap.create("Survival over leverage and attack rate",
                SweepSamples.X_LABEL, SweepSamples.Y_LABEL, SweepSamples.HORIZON,
                SweepSamples.grid());
    }

    @Test
    void rendersCellsWithTheirValuesAxisLabelsAndColourLegend() throws Exception {
        String text = ChartChecks.saveAndCheck(sample(), dir, "heatmap", W, H);
        GridCell first = SweepSamples.grid().get(0);
        for (String s : List.of("Survival over leverage and attack rate",
                "mediators.qatar.leverage (0\u20131)", "27 design points", "200 runs per point",
                DisplayFormat.fixed(first.survival(), 2), "1.2", "0.9")) {
            assertTrue(text.contains(s), "SVG text has '" + s + "'");
        }
        // vertical labels are glyph outlines in the SVG (JFreeChart's rotated-text
        // workaround draws them through TextLayout), so they are checked on the chart
        JFreeChart c = sample();
        assertInstanceOf(XYBlockRenderer.class, c.getXYPlot().getRenderer());
        assertEquals("militants.ttp.attackRate (attacks/week)",
                c.getXYPlot().getRangeAxis().getLabel());
        PaintScaleLegend legend = (PaintScaleLegend) c.getSubtitles().stream()
                .filter(t -> t instanceof PaintScaleLegend).findFirst().orElseThrow();
        assertEquals("survival to day 365", legend.getAxis().getLabel());
        assertEquals(List.of("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"),
                tickLabels(c.getXYPlot(), true));
        assertEquals(List.of("0.3", "0.6", "1.2"), tickLabels(c.getXYPlot(), false));
    }

    @Test
    void unevenGridTilesThePlotWithEachCellInItsColour() throws Exception {
        double[] xs = {0.1, 0.2, 0.5, 1.0};
        double[] ys = {0.3, 0.6, 1.2};
        List<GridCell> cells = new ArrayList<>();
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                cells.add(new GridCell(xs[i], ys[j], (i + 4.0 * j) / 11.0, 50));
            }
        }
        JFreeChart c = SurvivalHeatmap.create("uneven", "x", "y", 90, cells);
        ChartChecks.saveAndCheck(c, dir, "uneven", W, H);
        double[] xe = SurvivalHeatmap.edges(xs);
        double[] ye = SurvivalHeatmap.edges(ys);
        assertArrayEquals(new double[] {0.05, 0.15, 0.35, 0.75, 1.25}, xe, 1e-12);
        assertArrayEquals(new double[] {0.15, 0.45, 0.9, 1.5}, ye, 1e-12);

        BufferedImage img = ImageIO.read(dir.resolve("uneven.png").toFile());
        Rectangle area = ChartChecks.dataArea(c, W, H);
        PaintScale scale = ((XYBlockRenderer) c.getXYPlot().getRenderer()).getPaintScale();
        for (GridCell cell : cells) {
            int i = indexOf(xs, cell.x());
            int j = indexOf(ys, cell.y());
            Color want = (Color) scale.getPaint(cell.survival());
            // near each corner of the cell (a quarter of the way in), clear of the label
            for (double fx : new double[] {0.2, 0.8}) {
                for (double fy : new double[] {0.2, 0.8}) {
                    double vx = xe[i] + fx * (xe[i + 1] - xe[i]);
                    double vy = ye[j] + fy * (ye[j + 1] - ye[j]);
                    int px = (int) (area.x + (vx - xe[0]) / (xe[4] - xe[0]) * area.width);
                    int py = (int) (area.y + area.height
                            - (vy - ye[0]) / (ye[3] - ye[0]) * area.height);
                    Color got = new Color(img.getRGB(px, py));
                    assertEquals(want, got, "cell (" + cell.x() + ", " + cell.y() + ") at "
                            + px + "," + py);
                }
            }
        }
    }

    @Test
    void aOneByNGridAndASingleCellWork() throws Exception {
        List<GridCell> column = new ArrayList<>();
        for (int j = 0; j < 5; j++) {
            column.add(new GridCell(0.4, j * 0.25, j / 4.0, 100));
        }
        JFreeChart c = SurvivalHeatmap.create("1xN", "leverage", "attack rate", 365, column);
        ChartChecks.saveAndCheck(c, dir, "column", W, H);
        assertEquals(List.of("0.4"), tickLabels(c.getXYPlot(), true));
        assertEquals(List.of("0", "0.25", "0.5", "0.75", "1"), tickLabels(c.getXYPlot(), false));
        assertEquals(0.2, c.getXYPlot().getDomainAxis().getLowerBound(), 1e-12);
        assertEquals(0.6, c.getXYPlot().getDomainAxis().getUpperBound(), 1e-12);

        List<GridCell> row = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            row.add(new GridCell(i, 0.0, 1.0 - i / 5.0, 100));
        }
        JFreeChart r = SurvivalHeatmap.create("Nx1", "x", "y", 365, row);
        ChartChecks.saveAndCheck(r, dir, "row", W, H);
        assertEquals(-0.5, r.getXYPlot().getRangeAxis().getLowerBound(), 1e-12);
        assertEquals(0.5, r.getXYPlot().getRangeAxis().getUpperBound(), 1e-12);

        JFreeChart single = SurvivalHeatmap.create("1x1", "x", "y", 365,
                List.of(new GridCell(-2.0, 3.0, 0.5, 10)));
        ChartFiles.save(single, dir, "single", W, H);
        assertArrayEquals(new double[] {-3.0, -1.0}, SurvivalHeatmap.edges(new double[] {-2.0}));
    }

    @Test
    void missingCellsAreSaidToBeOutsideTheDesign() {
        List<GridCell> cells = List.of(new GridCell(0, 0, 0.2, 5), new GridCell(1, 1, 0.9, 5));
        JFreeChart c = SurvivalHeatmap.create("sparse", "x", "y", 30, cells);
        String sub = ((TextTitle) c.getSubtitle(0)).getText();
        assertTrue(sub.contains("blank: not in the design"), sub);
    }

    @Test
    void paintScaleRunsFromRedThroughYellowToGreen() {
        PaintScale s = new SurvivalHeatmap.RedYellowGreen();
        assertEquals(new Color(0xD7191C), s.getPaint(0.0));
        assertEquals(new Color(0xFFFFBF), s.getPaint(0.5));
        assertEquals(new Color(0x1A9641), s.getPaint(1.0));
        assertEquals(s.getPaint(1.0), s.getPaint(7.0));
        assertEquals(s.getPaint(0.0), s.getPaint(-1.0));
        Color q = (Color) s.getPaint(0.75);
        assertEquals(new Color(0xA6D96A), q);
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        ChartChecks.assertDeterministic(SurvivalHeatmapTest::sample, dir, W, H);
    }

    @Test
    void rejectsBadArguments() {
        List<GridCell> dup = List.of(new GridCell(0, 0, 0.2, 5), new GridCell(0, 0, 0.3, 5));
        assertThrows(IllegalArgumentException.class,
                () -> SurvivalHeatmap.create("t", "x", "y", 30, dup));
        assertThrows(IllegalArgumentException.class,
                () -> SurvivalHeatmap.create("t", "x", "y", 30, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> SurvivalHeatmap.create("t", "x", "y", 0, SweepSamples.grid()));
        assertThrows(IllegalArgumentException.class, () -> new GridCell(0, 0, 1.5, 5));
        assertThrows(IllegalArgumentException.class, () -> new GridCell(0, 0, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new GridCell(Double.NaN, 0, 0.5, 1));
        assertThrows(NullPointerException.class,
                () -> SurvivalHeatmap.create("t", null, "y", 30, SweepSamples.grid()));
    }

    /** The labels of the ticks an axis draws at this chart's size. */
    static List<String> tickLabels(XYPlot plot, boolean domain) {
        Graphics2D g2 = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB).createGraphics();
        Rectangle area = ChartChecks.dataArea(plot.getChart(), W, H);
        List<String> labels = new ArrayList<>();
        ValueAxis axis = domain ? plot.getDomainAxis() : plot.getRangeAxis();
        for (Object t : axis.refreshTicks(g2, new AxisState(), area,
                domain ? RectangleEdge.BOTTOM : RectangleEdge.LEFT)) {
            labels.add(((Tick) t).getText());
        }
        return labels;
    }

    private static int indexOf(double[] values, double v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        throw new AssertionError(v);
    }
}
