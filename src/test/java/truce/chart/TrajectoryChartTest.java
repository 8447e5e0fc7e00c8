package truce.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import truce.batch.SampleTrajectories;
import truce.model.CollapseCause;
import truce.model.DayRecord;
import truce.model.Ending;
import truce.model.RunOutcome;
import truce.model.Trajectory;

class TrajectoryChartTest {

    private final Trajectory t = SampleTrajectories.collapsedOnDay40();
    private final RunOutcome o = SampleTrajectories.collapsedOutcome(t);

    @Test
    void titleNamesScenarioAndSeedAndSubtitleTheOutcome() {
        JFreeChart c = TrajectoryChart.create("baseline-2025", t, o);
        assertEquals("baseline-2025 \u2014 seed " + SampleTrajectories.SEED,
                c.getTitle().getText());
        String subtitle = ((TextTitle) c.getSubtitle(0)).getText();
        assertTrue(subtitle.startsWith("collapsed on day 40 (violations)"), subtitle);
        assertTrue(subtitle.contains("5 militant attacks, 48 casualties"), subtitle);
        assertTrue(subtitle.contains("talks: 3 of 6 succeeded"), subtitle);
    }

    @Test
    void describesASurvivedRun() {
        Trajectory long_ = SampleTrajectories.survived(365);
        String text = TrajectoryChart.describe(SampleTrajectories.survivedOutcome(long_));
        assertTrue(text.startsWith("survived 365 days"), text);
    }

    @Test
    void legendNamesEachStatesTrustAndEscalationAndTheEvents() {
        JFreeChart c = TrajectoryChart.create("s", t, o);
        List<String> labels = new ArrayList<>();
        LegendItemCollection items = c.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        assertTrue(labels.containsAll(List.of("pakistan trust", "pakistan escalation",
                "afghanistan trust", "afghanistan escalation", "talks succeeded",
                "talks failed", "violations by states")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("militant attack")), labels.toString());
    }

    @Test
    void sharesTheDayAxisAndMarksTheCollapseInEveryPanel() {
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) TrajectoryChart.create("s", t, o)
                .getPlot();
        assertEquals("day since ceasefire", plot.getDomainAxis().getLabel());
        List<XYPlot> panels = plot.getSubplots();
        assertEquals(3, panels.size());
        assertEquals("level (0\u20131)", panels.get(0).getRangeAxis().getLabel());
        for (XYPlot p : panels) {
            ValueMarker m = collapseMarker(p);
            assertNotNull(m, "collapse marker");
            assertEquals(40.0, m.getValue());
        }
        assertEquals("collapse, day 40 (violations)", collapseMarker(panels.get(0)).getLabel());
    }

    @Test
    void aSurvivedRunHasNoCollapseMarker() {
        Trajectory s = SampleTrajectories.survived(365);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) TrajectoryChart.create("s", s,
                SampleTrajectories.survivedOutcome(s)).getPlot();
        for (XYPlot p : plot.getSubplots()) {
            assertEquals(null, collapseMarker(p));
        }
    }

    @Test
    void anEmptyTrajectoryStillMakesAChart() {
        Trajectory empty = new Trajectory(List.of("a", "b"), List.of(), 10);
        RunOutcome survived = new RunOutcome(1, 0, true, 0, CollapseCause.NONE,
                Ending.IN_FORCE, 0, List.of(), 0, 0, 0, 0, 0, 0, List.of());
        assertNotNull(TrajectoryChart.create("empty", empty, survived));
    }

    @Test
    void eachAttackIsItsOwnStemAtAWholeNumberOfCasualties() {
        Trajectory three = new Trajectory(List.of("a", "b"), List.of(
                new DayRecord(0, List.of(0.5, 0.5), List.of(0.1, 0.1), 0, 0, 0, 0, 0, false, true, List.of()),
                new DayRecord(1, List.of(0.5, 0.5), List.of(0.1, 0.1), 3, 41.7, 0, 0, 0, false, true,
                        List.of(2.2, 38.6, 0.9))), 10);
        org.jfree.data.xy.XYSeries stems = TrajectoryChart.createDatasets(three).attacks().getSeries(0);
        assertEquals(3, stems.getItemCount()); // not one bar of the day's sum, 41.7
        List<Double> heights = new ArrayList<>();
        for (int i = 0; i < stems.getItemCount(); i++) {
            double x = stems.getX(i).doubleValue();
            assertTrue(x > 0.5 && x < 1.5, "stem " + i + " within day 1: " + x);
            heights.add(stems.getY(i).doubleValue());
        }
        assertEquals(List.of(2.0, 39.0, 1.0), heights);
    }

    @Test
    void rejectsMismatchedStatesAndNulls() {
        Trajectory bad = new Trajectory(List.of("a", "b"), List.of(new DayRecord(0,
                List.of(0.5, 0.5), List.of(0.1), 0, 0, 0, 0, 0, false, true)), 10);
        assertThrows(IllegalArgumentException.class, () -> TrajectoryChart.create("x", bad, o));
        assertThrows(NullPointerException.class, () -> TrajectoryChart.create(null, t, o));
        assertThrows(NullPointerException.class, () -> TrajectoryChart.create("x", null, o));
        assertThrows(NullPointerException.class, () -> TrajectoryChart.create("x", t, null));
    }

    private static ValueMarker collapseMarker(XYPlot p) {
        Collection<?> markers = p.getDomainMarkers(Layer.FOREGROUND);
        if (markers == null) {
            return null;
        }
        for (Object m : markers) {
            if (m instanceof ValueMarker v) {
                return v;
            }
        }
        return null;
    }
}
