package truce.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One line of a survival-by-parameter chart: the survival at each value of the swept
 * parameter, for one level of a second parameter (or for the whole sweep when there is
 * only one parameter).
 *
 * @param label the legend text, e.g. {@code "militants.ttp.attackRate = 1.2"}; not
 *     {@code null}; may be empty when the chart has a single line
 * @param points the points; not {@code null}, not empty, distinct {@code x}; stored
 *     sorted by {@code x}
 */
public record SurvivalSeries(String label, List<SurvivalPoint> points) {

    /**
     * @throws IllegalArgumentException if {@code points} is empty or two share an x
     * @throws NullPointerException if an argument or a point is {@code null}
     */
    public SurvivalSeries {
        Objects.requireNonNull(label, "label");
        List<SurvivalPoint> sorted = new ArrayList<>(List.copyOf(points));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("series '" + label + "' has no points");
        }
        sorted.sort(Comparator.comparingDouble(SurvivalPoint::x));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).x() == sorted.get(i - 1).x()) {
                throw new IllegalArgumentException("series '" + label + "' has two points at x = "
                        + sorted.get(i).x());
            }
        }
        points = List.copyOf(sorted);
    }
}
