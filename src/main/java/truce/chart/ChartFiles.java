package truce.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import truce.files.AtomicFiles;

/**
 * Saves a chart as {@code <baseName>.png} and {@code <baseName>.svg}, each written
 * atomically ({@link AtomicFiles}). Needs no display: works with
 * {@code java.awt.headless=true}, which a command-line caller should set before any AWT
 * class loads.
 *
 * <p>The SVG's internal ids are derived from {@code baseName} rather than the clock, so
 * saving the same chart twice gives the same SVG bytes, and SVGs of different base names
 * can be inlined in one HTML page without id clashes.
 */
public final class ChartFiles {

    static {
        // PNGs are encoded in memory, not through a cache file in java.io.tmpdir: a failed write
        // (a full disk) then leaves no stream for ImageIO's shutdown hook to close a second time,
        // which printed a NullPointerException after the error line.
        javax.imageio.ImageIO.setUseCache(false);
    }

    private ChartFiles() {
    }

    /**
     * Renders {@code chart} at {@code width}&times;{@code height} pixels and writes
     * {@code dir/baseName.png} and {@code dir/baseName.svg}, replacing existing files and
     * creating {@code dir} if missing.
     *
     * @param chart the chart; not {@code null}
     * @param dir the output directory; not {@code null}
     * @param baseName the file name without extension; not {@code null}, not blank, no
     *     path separators
     * @param width width in pixels (SVG user units), &gt; 0
     * @param height height in pixels (SVG user units), &gt; 0
     * @throws IOException if a file cannot be written; the PNG may then already be
     *     replaced, but neither file is ever partial
     * @throws IllegalArgumentException if {@code baseName} is blank or contains a path
     *     separator, or a size is not positive
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void save(JFreeChart chart, Path dir, String baseName, int width, int height)
            throws IOException {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(baseName, "baseName");
        if (baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")) {
            throw new IllegalArgumentException("baseName must be a plain file name: '"
                    + baseName + "'");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
        }
        AtomicFiles.writeStream(dir.resolve(baseName + ".png"),
                out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
        String svg = svg(chart, baseName, width, height);
        AtomicFiles.writeText(dir.resolve(baseName + ".svg"), out -> out.write(svg));
    }

    /**
     * Renders {@code chart} as a standalone SVG document.
     *
     * @param chart the chart; not {@code null}
     * @param idPrefix seeds the document's internal ids; not {@code null}
     * @param width width in user units, &gt; 0
     * @param height height in user units, &gt; 0
     * @return the SVG document (UTF-8 text); never {@code null}
     */
    static String svg(JFreeChart chart, String idPrefix, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("truce-" + idPrefix.replaceAll("[^A-Za-z0-9_-]", "_") + "-");
        chart.draw(g2, new Rectangle(width, height));
        return g2.getSVGDocument();
    }
}
