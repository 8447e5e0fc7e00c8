package truce.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import truce.analysis.KmCurve;
import truce.analysis.RiskCount;

/**
 * An {@link XYPlot} that draws, under its x axis, the number-at-risk table of its Kaplan–Meier
 * curves as KMunicate proposes (Morris et al. 2019, BMJ Open 9:e030215) and R's survminer draws
 * it: for each curve a row, in the curve's colour, of "runs at risk (collapsed so far)" at days 0,
 * 30, 60, ..., each number centred under its day on the same axis as the curves. Where the numbers
 * would touch, every other column (then every third, ...) is left out.
 */
final class RiskTablePlot extends XYPlot {

    private static final long serialVersionUID = 1L;
    static final Font TABLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font HEADER_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    /** Pixels per table row. */
    static final int ROW = 17;
    /** Pixels between the x axis label and the table. */
    private static final int GAP = 10;

    private final List<KmCurve> curves;

    RiskTablePlot(XYDataset data, NumberAxis x, NumberAxis y, XYItemRenderer r, List<KmCurve> curves) {
        super(data, x, y, r);
        this.curves = List.copyOf(curves);
    }

    /** Height the table takes, in pixels: a header and one row per curve. */
    static int height(int curves) {
        return GAP + ROW * (curves + 1) + 4;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        double table = height(curves.size());
        Rectangle2D plotArea = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(),
                Math.max(10.0, area.getHeight() - table));
        PlotRenderingInfo pri = info != null ? info : new org.jfree.chart.ChartRenderingInfo().getPlotInfo();
        super.draw(g2, plotArea, anchor, parentState, pri);
        Rectangle2D data = pri.getDataArea();
        double top = plotArea.getMaxY() + GAP;
        g2.setFont(HEADER_FONT);
        g2.setPaint(ChartStyle.TEXT);
        TextUtils.drawAlignedString("Number at risk (collapsed so far)", g2, (float) area.getX() + 4f,
                (float) (top + ROW / 2.0), TextAnchor.CENTER_LEFT);
        g2.setFont(TABLE_FONT);
        FontMetrics fm = g2.getFontMetrics();
        int stride = stride(fm, data);
        for (int c = 0; c < curves.size(); c++) {
            double y = top + ROW * (c + 1.5);
            Color colour = ChartStyle.series(c);
            g2.setPaint(colour);
            g2.setStroke(ChartStyle.LINE);
            g2.draw(new Line2D.Double(area.getX() + 6, y, area.getX() + 24, y)); // the curve's colour, as in the legend
            List<RiskCount> row = curves.get(c).riskTable();
            for (int i = 0; i < row.size(); i += stride) {
                RiskCount rc = row.get(i);
                double x = getDomainAxis().valueToJava2D(rc.day(), data, RectangleEdge.BOTTOM);
                TextUtils.drawAlignedString(cell(rc), g2, (float) x, (float) y, TextAnchor.CENTER);
            }
        }
    }

    /** "200 (13)": runs at risk, and collapses so far in brackets. */
    static String cell(RiskCount rc) {
        return rc.atRisk() + " (" + rc.events() + ")";
    }

    /** Every how many columns fit side by side without touching. */
    private int stride(FontMetrics fm, Rectangle2D data) {
        int widest = 0;
        double spacing = Double.POSITIVE_INFINITY;
        for (KmCurve c : curves) {
            List<RiskCount> row = c.riskTable();
            for (RiskCount rc : row) {
                widest = Math.max(widest, fm.stringWidth(cell(rc)));
            }
            if (row.size() > 1) {
                spacing = Math.min(spacing, getDomainAxis().valueToJava2D(row.get(1).day(), data, RectangleEdge.BOTTOM)
                        - getDomainAxis().valueToJava2D(row.get(0).day(), data, RectangleEdge.BOTTOM));
            }
        }
        return Double.isInfinite(spacing) ? 1 : Math.max(1, (int) Math.ceil((widest + 8) / spacing));
    }
}
