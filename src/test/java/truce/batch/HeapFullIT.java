package truce.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A design with more points than the heap can hold the statistics of (a sweep keeps them for every
 * point it has run) stops cleanly when the heap is full, instead of spending minutes in
 * back-to-back full collections and dying with an {@code OutOfMemoryError}: in a real JVM with
 * {@code -Xmx64m}, a Latin hypercube of 200,000 points exits with 1 and one line saying how many
 * runs are kept and how to resume with more memory; the rows it names are in {@code runs.csv},
 * whole. (Without the watch on the heap this test ends in an OutOfMemoryError or its time cap.) The
 * estimate that refuses such a design before it starts ({@code truce.cli.HeapBudgetIT}) is turned off
 * here: this is what happens when it is off or wrong.
 */
class HeapFullIT {

    @TempDir
    Path tmp;

    @Test
    void aDesignTooLargeForTheHeapStopsWithOneLineSayingHowToResume() throws Exception {
        Path file = SweepFiles.write(tmp.resolve("many.yaml"), 3, """
                  type: lhs
                  samples: 200000
                  parameters:
                    mediators.*.leverage: {from: 0.1, to: 0.9}
                    militants.ttp.attackRate: {from: 0.2, to: 2.0}
                """);
        Path dir = tmp.resolve("out");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseParallelGC", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "truce.cli.TruceCommand", "sweep", file.toString(), "--threads", "2", "--out", dir.toString(),
                "--no-heap-check")) // the net under the estimate, which would refuse this design at once
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        boolean ended = p.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String text = Files.readString(err);
        assertTrue(ended, "still running after 10 minutes: " + text.lines().reduce("", (a, b) -> b));
        assertEquals(1, p.exitValue(), text);
        assertFalse(text.contains("OutOfMemoryError") || text.contains("Exception"), text);
        List<String> errors = text.lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), text);
        Matcher m = Pattern.compile("error: the Java heap \\(\\d+ MB\\) is full: .*; ([0-9,]+) of 200,000 runs are in "
                + Pattern.quote(dir.resolve("runs.csv").toString()) + "; resume with more memory: TRUCE_JAVA_OPTS=-Xmx\\d+m"
                + " truce sweep .* --resume").matcher(errors.get(0));
        assertTrue(m.matches(), errors.get(0));
        long kept = Long.parseLong(m.group(1).replace(",", ""));
        assertTrue(kept > 0 && kept < 200_000, errors.get(0));
        assertEquals(kept + 1, Files.readAllLines(dir.resolve("runs.csv")).size(), "the line names the rows in the file");
    }
}
