package truce.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator's limit on design size is what runs in the heap at hand: in a real JVM, a million
 * points in {@code -Xmx512m} are refused at once with one line, exit 2, nothing written; the most
 * points the line says would fit in {@code -Xmx96m} then run there to the end, sweep and
 * {@code chart}; and {@code chart} in a heap too small for a folder refuses before it replaces a
 * file; {@code merge} likewise, before it makes its folder. (Before: the million points ran until
 * the heap filled.)
 */
class HeapBudgetIT {

    private static final Pattern REFUSED = Pattern.compile("error: (.*): ([0-9,]+) design points x 1 replicate need"
            + " about [0-9,]+ MiB of heap for their statistics and report \\([0-9,]+ bytes a point\\); this Java may use"
            + " [0-9,]+ MiB: give it more \\(TRUCE_JAVA_OPTS=-Xmx\\d+m\\) or use at most ([0-9,]+) points");

    @TempDir
    Path tmp;

    @Test
    void aMillionPointsIn512MiBAreRefusedAtOnceWithNothingWritten() throws Exception {
        Path out = tmp.resolve("out");
        Result r = truce("512m", "sweep", design("million", 1_000_000).toString(), "--out", out.toString());
        assertEquals(2, r.exit(), r.text());
        Matcher m = REFUSED.matcher(r.errors().get(0));
        assertTrue(m.matches(), r.text());
        assertEquals("sweep million", m.group(1));
        assertEquals(1, r.errors().size(), r.text());
        assertFalse(Files.exists(out), "the refused sweep made its folder");
        Result v = truce("512m", "validate", design("million", 1_000_000).toString());
        assertEquals(2, v.exit(), v.text());
        assertTrue(REFUSED.matcher(v.errors().get(0)).matches(), v.text());
    }

    @Test
    void theMostPointsTheLineAllowsRunToTheEndInThatHeap() throws Exception {
        Result refused = truce("96m", "validate", design("probe", 1_000_000).toString());
        Matcher m = REFUSED.matcher(refused.errors().isEmpty() ? "" : refused.errors().get(0));
        assertTrue(m.matches(), refused.text());
        int most = Integer.parseInt(m.group(3).replace(",", ""));
        assertTrue(most > 10_000 && most < 200_000, refused.text());

        Path out = tmp.resolve("fit");
        Result sweep = truce("96m", "sweep", design("fit", most).toString(), "--out", out.toString());
        assertEquals(0, sweep.exit(), sweep.text());
        assertEquals(most + 1, Files.readAllLines(out.resolve("runs.csv")).size());
        assertTrue(Files.exists(out.resolve("index.html")));
        Result chart = truce("96m", "chart", out.toString());
        assertEquals(0, chart.exit(), chart.text());

        byte[] summary = Files.readAllBytes(out.resolve("summary.csv"));
        Result small = truce("64m", "chart", out.toString());
        assertEquals(2, small.exit(), small.text());
        Matcher c = REFUSED.matcher(small.errors().get(0));
        assertTrue(c.matches(), small.text());
        assertEquals("chart " + out, c.group(1));
        assertArrayEquals(summary, Files.readAllBytes(out.resolve("summary.csv")), "the refused chart changed a file");
    }

    @Test
    void aMergeTooLargeForTheHeapIsRefusedBeforeItMakesItsFolder() throws Exception {
        Path shards = tmp.resolve("shards");
        Result one = truce("256m", "sweep", design("small", 40).toString(), "--shard", "0/2", "--out",
                shards.resolve("a").toString());
        Result two = truce("256m", "sweep", design("small", 40).toString(), "--shard", "1/2", "--out",
                shards.resolve("b").toString());
        assertEquals(0, one.exit() + two.exit(), one.text() + two.text());
        Path merged = tmp.resolve("merged");
        Result merge = truce("48m", "merge", "--out", merged.toString(), shards.resolve("a").toString(),
                shards.resolve("b").toString());
        assertEquals(2, merge.exit(), merge.text());
        assertEquals(1, merge.errors().size(), merge.text());
        assertTrue(merge.errors().get(0).startsWith("error: merge " + merged + ": 40 design points x 1 replicate need"),
                merge.text());
        assertFalse(Files.exists(merged), "the refused merge made its folder");
    }

    /** A Latin hypercube of {@code points} points over the baseline, one replicate each. */
    private Path design(String name, int points) throws IOException {
        return Files.writeString(tmp.resolve(name + ".yaml"), """
                name: %s
                scenario: %s
                replicates: 1
                masterSeed: 20251019
                design:
                  type: lhs
                  samples: %d
                  parameters:
                    mediators.*.leverage: {from: 0.1, to: 0.9}
                    militants.ttp.attackRate: {from: 0.2, to: 2.0}
                    militants.ttp.attribution: {from: 0, to: 0.5}
                    states.*.forgiveness: {from: 0, to: 0.8}
                    collapse.violations: {from: 2, to: 6, integer: true}
                """.formatted(name, Path.of("scenarios/baseline-2025.yaml").toAbsolutePath(), points));
    }

    private record Result(int exit, String text) {
        List<String> errors() {
            return text.lines().filter(l -> l.startsWith("error: ")).toList();
        }
    }

    /**
     * Runs the CLI in a JVM of its own with the launcher's collector and this heap, and a 32 MB
     * young generation (the launcher's 64 MB would leave too little of the small heaps here).
     */
    private Result truce(String heap, String... args) throws Exception {
        Path log = Files.createTempFile(tmp, "truce", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseParallelGC", "-Xmn32m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "truce.cli.TruceCommand"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String text = Files.readString(log);
        assertTrue(ended, "still running after 10 minutes: " + text);
        return new Result(p.exitValue(), text);
    }
}
