package truce.chart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the {@link HtmlReport} of a sweep shows.
 *
 * @param sweepName the sweep's name, the page's title; not {@code null}
 * @param horizonDays the horizon H the runs were simulated to, in days; &gt; 0
 * @param charts the charts, in page order; not {@code null}, may be empty
 * @param summary the summary table; not {@code null}
 * @param manifest the sweep's manifest (tool version, hashes, master seed, ...), shown in
 *     its iteration order (pass a {@link LinkedHashMap} or a sorted map for a stable
 *     page); not {@code null}, no {@code null} key or value; stored as an unmodifiable
 *     copy keeping that order
 * @param kind the kind of analysis, named in the title (e.g. {@code "parameter sweep"},
 *     {@code "Sobol sensitivity analysis"}); not {@code null}
 */
public record ReportInput(String sweepName, int horizonDays, List<ReportChart> charts,
                          SummaryTable summary, Map<String, String> manifest, String kind) {

    /** The kind of analysis when none is named. */
    public static final String SWEEP = "parameter sweep";

    /** A parameter sweep's report. */
    public ReportInput(String sweepName, int horizonDays, List<ReportChart> charts, SummaryTable summary,
                       Map<String, String> manifest) {
        this(sweepName, horizonDays, charts, summary, manifest, SWEEP);
    }

    /**
     * @throws IllegalArgumentException if {@code horizonDays} is not positive
     * @throws NullPointerException if an argument, a chart, or a manifest key or value
     *     is {@code null}
     */
    public ReportInput {
        Objects.requireNonNull(sweepName, "sweepName");
        if (horizonDays <= 0) {
            throw new IllegalArgumentException("horizonDays must be > 0: " + horizonDays);
        }
        charts = List.copyOf(charts);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(kind, "kind");
        Map<String, String> copy = new LinkedHashMap<>();
        manifest.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "manifest key"),
                Objects.requireNonNull(v, "manifest value of " + k)));
        manifest = Collections.unmodifiableMap(copy);
    }
}
