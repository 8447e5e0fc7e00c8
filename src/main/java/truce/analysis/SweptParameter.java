package truce.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One swept parameter of a sweep and the levels it took, in order: numbers ascending, words
 * (categories, true/false) in the order the design lists them.
 *
 * @param path its dotted key path, as in {@code runs.csv}'s column
 * @param levels the distinct values as written in the results files
 * @param numeric whether every value is a finite number (else the levels are categories)
 * @param title the axis title: the parameter in words with its unit (see {@link AxisTitles})
 */
public record SweptParameter(String path, List<String> levels, boolean numeric, String title) {

    public SweptParameter {
        levels = List.copyOf(levels);
    }

    /** The parameters of a sweep, in column order. */
    public static List<SweptParameter> of(SweepSummary summary) {
        List<SweptParameter> out = new ArrayList<>();
        for (String path : summary.manifest().parameters()) {
            Set<String> seen = new LinkedHashSet<>();
            for (SweepSummary.Point p : summary.points()) {
                seen.add(p.values().get(path));
            }
            List<String> inOrder = new ArrayList<>(seen);
            double[] x = new double[inOrder.size()]; // each value parsed once: a sampled design has as many values as points
            boolean numeric = true;
            for (int i = 0; i < x.length && numeric; i++) {
                x[i] = number(inOrder.get(i));
                numeric = Double.isFinite(x[i]);
            }
            if (numeric) {
                record Level(double x, String text) {
                }
                List<Level> levels = new ArrayList<>(inOrder.size());
                for (int i = 0; i < x.length; i++) {
                    levels.add(new Level(x[i], inOrder.get(i)));
                }
                levels.sort((a, b) -> Double.compare(a.x(), b.x())); // stable: equal numbers keep their order
                inOrder = levels.stream().map(Level::text).toList();
            }
            out.add(new SweptParameter(path, inOrder, numeric, AxisTitles.of(path)));
        }
        return out;
    }

    /** A value's position on a chart axis: the number itself, or a category's index. */
    public double x(String value) {
        return numeric ? Double.parseDouble(value) : levels.indexOf(value);
    }

    /** The value as a number, or NaN if it is not one. */
    private static double number(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
