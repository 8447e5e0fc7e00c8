package truce.gui;

import java.awt.Color;
import java.awt.GridLayout;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;

/**
 * The window of the live charts ({@link LiveCharts}), one above the other. It is registered
 * with MASON's console, which lists it under "Displays"; closing it hides it.
 */
final class TimeSeriesFrame extends JFrame {

    private static final long serialVersionUID = 1L;

    TimeSeriesFrame(String title, LiveCharts charts) {
        super(title);
        JPanel panel = new JPanel(new GridLayout(2, 1, 0, 4));
        panel.setBackground(Color.WHITE);
        panel.add(new ChartPanel(charts.levelChart(), false, true, false, true, true));
        panel.add(new ChartPanel(charts.countChart(), false, true, false, true, true));
        setContentPane(panel);
        setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
    }
}
