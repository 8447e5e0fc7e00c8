package truce.chart;

import java.util.Objects;

/**
 * A chart the {@link HtmlReport} shows: a PNG with a link to its SVG, both saved by
 * {@link ChartFiles#save} under the report's folder.
 *
 * @param path the chart's path relative to the report's folder, without extension and
 *     with '/' between folders, e.g. {@code "survival-by-leverage"} or
 *     {@code "charts/km"}; the files are {@code path + ".png"} and {@code path + ".svg"}.
 *     Not {@code null}; no empty, "." or ".." segments, no '\' or ':', not starting
 *     with '/'
 * @param title a short title shown above the caption and as the image's alt text; not
 *     {@code null}
 * @param caption what the chart shows, one or two sentences; not {@code null}, may be
 *     empty
 */
public record ReportChart(String path, String title, String caption) {

    /**
     * @throws IllegalArgumentException if {@code path} is not a plain relative path
     * @throws NullPointerException if an argument is {@code null}
     */
    public ReportChart {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            throw new IllegalArgumentException("chart path must be relative: '" + path + "'");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("bad segment in chart path: '" + path + "'");
            }
        }
    }
}
