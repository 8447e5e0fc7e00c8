package truce.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import truce.batch.SampleTrajectories;
import truce.model.Trajectory;

class ChartFilesTest {

    private static final int W = TrajectoryChart.WIDTH;
    private static final int H = TrajectoryChart.HEIGHT;

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static JFreeChart sampleChart() {
        Trajectory t = SampleTrajectories.collapsedOnDay40();
        return TrajectoryChart.create("baseline-2025", t, SampleTrajectories.collapsedOutcome(t));
    }

    @Test
    void writesAPngOfTheRequestedSizeThatIsNotBlank() throws IOException {
        ChartFiles.save(sampleChart(), dir, "run-7", W, H);
        BufferedImage img = ImageIO.read(dir.resolve("run-7.png").toFile());
        assertNotNull(img, "PNG decodes");
        assertEquals(W, img.getWidth());
        assertEquals(H, img.getHeight());

        Set<Integer> colours = new HashSet<>();
        int nonWhite = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                nonWhite += rgb == 0xFFFFFF ? 0 : 1;
            }
        }
        assertTrue(colours.size() > 100, "distinct colours: " + colours.size());
        assertTrue(nonWhite > W * H / 50, "non-white pixels: " + nonWhite);
        // both states' line colours are drawn
        assertTrue(countNear(img, new Color(0x0072B2)) > 300, "pakistan blue");
        assertTrue(countNear(img, new Color(0xE69F00)) > 300, "afghanistan orange");
        // and the collapse marker's dark red
        assertTrue(countNear(img, new Color(0xB2182B)) > 100, "collapse marker");
    }

    @Test
    void writesAWellFormedSvgWithTheLegendText() throws Exception {
        ChartFiles.save(sampleChart(), dir, "run-7", W, H);
        Path svg = dir.resolve("run-7.svg");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc;
        try (InputStream in = Files.newInputStream(svg)) {
            doc = f.newDocumentBuilder().parse(in);
        }
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        String text = doc.getDocumentElement().getTextContent();
        for (String s : List.of("pakistan trust", "afghanistan escalation", "talks failed",
                "collapse, day 40 (violations)", "day since ceasefire")) {
            assertTrue(text.contains(s), "SVG text has '" + s + "'");
        }
    }

    @Test
    void savingTwiceGivesIdenticalFilesAndNoLeftovers() throws IOException {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        ChartFiles.save(sampleChart(), a, "t", W, H);
        ChartFiles.save(sampleChart(), b, "t", W, H);
        ChartFiles.save(sampleChart(), b, "t", W, H);
        assertArrayEquals(Files.readAllBytes(a.resolve("t.svg")),
                Files.readAllBytes(b.resolve("t.svg")));
        assertArrayEquals(Files.readAllBytes(a.resolve("t.png")),
                Files.readAllBytes(b.resolve("t.png")));
        assertEquals(List.of("t.png", "t.svg"), names(b));
    }

    @Test
    void createsTheDirectoryAndRejectsBadArguments() throws IOException {
        Path nested = dir.resolve("results/sweep/charts");
        ChartFiles.save(sampleChart(), nested, "x", 200, 100);
        assertEquals(List.of("x.png", "x.svg"), names(nested));
        JFreeChart c = sampleChart();
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.save(c, dir, "", W, H));
        assertThrows(IllegalArgumentException.class,
                () -> ChartFiles.save(c, dir, "../x", W, H));
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.save(c, dir, "x", 0, H));
        assertThrows(NullPointerException.class, () -> ChartFiles.save(null, dir, "x", W, H));
    }

    private static int countNear(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = new Color(img.getRGB(x, y));
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) < 30) {
                    n++;
                }
            }
        }
        return n;
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).sorted()
                    .collect(Collectors.toList());
        }
    }
}
