package truce.scenario;

import java.util.List;

/**
 * One swept parameter of a sweep design: either listed values, or a numeric range.
 *
 * @param path dotted key path into the scenario, e.g. {@code militants.ttp.attackRate}; a
 *     {@code *} segment stands for every actor of its section ({@code mediators.*.leverage})
 * @param values the values as canonical YAML text, for a grid; empty when a range is given
 * @param from lower end of the range (inclusive)
 * @param to upper end of the range (inclusive for a grid)
 * @param steps number of evenly spaced values from {@code from} to {@code to} in a grid; 0 for
 *     sampled designs (LHS, Sobol), where the range is sampled instead
 * @param integer whether sampled values are rounded to whole numbers
 */
public record Axis(String path, List<String> values, double from, double to, int steps,
                   boolean integer) {

    public Axis {
        values = List.copyOf(values);
    }

    /** Whether the axis lists its values rather than giving a range. */
    public boolean listed() {
        return !values.isEmpty();
    }
}
