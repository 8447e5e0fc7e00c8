package truce.scenario;

import java.util.List;
import java.util.Map;

/**
 * A sweep's design, as written in the sweep file.
 *
 * @param type grid, list, lhs or sobol
 * @param axes the swept parameters (grid, lhs, sobol), in file order
 * @param samples number of points of a sampled design (lhs, sobol); 0 otherwise
 * @param points the explicit points of a list design: key path to canonical YAML text
 */
public record Design(DesignType type, List<Axis> axes, int samples, List<Map<String, String>> points) {

    public Design {
        axes = List.copyOf(axes);
        // in file order: Map.copyOf's order changes from one JVM to the next, and it gives a list
        // design's column order (the header of runs.csv)
        points = points.stream().map(m -> java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m)))
                .toList();
    }
}
