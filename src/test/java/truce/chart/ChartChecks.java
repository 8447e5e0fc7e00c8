package truce.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/** Saves a chart with {@link ChartFiles} and checks the files as a reader would see them. */
final class ChartChecks {

    private ChartChecks() {
    }

    /**
     * Saves the chart as {@code dir/name.png|svg}, asserts the PNG decodes at the
     * requested size with several distinct colours and some ink inside the plot area, and
     * returns the SVG's text content (all its {@code <text>} strings, concatenated).
     */
    static String saveAndCheck(JFreeChart chart, Path dir, String name, int w, int h)
            throws Exception {
        ChartFiles.save(chart, dir, name, w, h);
        BufferedImage img = ImageIO.read(dir.resolve(name + ".png").toFile());
        assertNotNull(img, "PNG decodes");
        assertEquals(w, img.getWidth(), "PNG width");
        assertEquals(h, img.getHeight(), "PNG height");

        Rectangle plot = dataArea(chart, w, h);
        assertTrue(plot.width > w / 3 && plot.height > h / 3, "plot area " + plot);
        Set<Integer> colours = new HashSet<>();
        int ink = 0;
        for (int y = plot.y; y < plot.y + plot.height; y++) {
            for (int x = plot.x; x < plot.x + plot.width; x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                ink += rgb == 0xFFFFFF ? 0 : 1;
            }
        }
        assertTrue(colours.size() >= 8, "distinct colours in the plot area: " + colours.size());
        assertTrue(ink > plot.width * plot.height / 100, "non-white pixels in the plot: " + ink);
        return svgText(dir.resolve(name + ".svg"));
    }

    /** The plot's data area, in pixels, when the chart is drawn at w x h. */
    static Rectangle dataArea(JFreeChart chart, int w, int h) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(w, h, info);
        Rectangle2D a = info.getPlotInfo().getDataArea();
        return new Rectangle((int) Math.ceil(a.getX()), (int) Math.ceil(a.getY()),
                (int) Math.floor(a.getWidth()) - 1, (int) Math.floor(a.getHeight()) - 1);
    }

    /** Parses an SVG file (well-formed XML) and returns its text content. */
    static String svgText(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (InputStream in = Files.newInputStream(svg)) {
            var doc = f.newDocumentBuilder().parse(in);
            assertEquals("svg", doc.getDocumentElement().getNodeName());
            return doc.getDocumentElement().getTextContent();
        }
    }

    /** Two charts built from the same input save to identical SVG and PNG bytes. */
    static void assertDeterministic(Supplier<JFreeChart> chart, Path dir, int w, int h)
            throws IOException {
        Path a = Files.createDirectories(dir.resolve("det-a"));
        Path b = Files.createDirectories(dir.resolve("det-b"));
        ChartFiles.save(chart.get(), a, "c", w, h);
        ChartFiles.save(chart.get(), b, "c", w, h);
        assertArrayEquals(Files.readAllBytes(a.resolve("c.svg")),
                Files.readAllBytes(b.resolve("c.svg")), "SVG bytes");
        assertArrayEquals(Files.readAllBytes(a.resolve("c.png")),
                Files.readAllBytes(b.resolve("c.png")), "PNG bytes");
    }

    /** Pixels within a small distance of {@code rgb} in the given area. */
    static int countNear(BufferedImage img, Rectangle area, int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        int n = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                int p = img.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xFF) - r) + Math.abs((p >> 8 & 0xFF) - g)
                        + Math.abs((p & 0xFF) - b) < 30) {
                    n++;
                }
            }
        }
        return n;
    }
}
