package truce.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A design of a million points (the loader's limit) is planned and checked in a JVM limited to
 * {@code -Xmx512m}, in flat memory: the heap after every collection stays under 128 MiB (a
 * Latin hypercube keeps 5 doubles a point, 40 MB; a grid keeps nothing a point). The heap check,
 * which would then refuse the design because a sweep's statistics of a million points do not fit
 * in 512 MiB, is off ({@code --no-heap-check}; {@code truce.cli.HeapBudgetIT} tests it). Not a timed
 * test: the time it takes is measured by {@code scripts/scale-bench.sh huge}; the cap here only
 * stops a run that checks every point one by one (minutes) from holding up the build for long.
 */
class LargeDesignIT {

    private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lhs      | samples: 1000000 | {from: 0.1, to: 0.9}            | {from: 0.2, to: 2.0}            | {from: 2, to: 6, integer: true}
            grid     | parameters:      | {from: 0.1, to: 0.9, steps: 100} | {from: 0.2, to: 2.0, steps: 100} | {from: 1, to: 100, steps: 100}
            """)
    void aMillionPointDesignIsCheckedInFlatMemoryUnder512MiB(String type, String samples, String leverage,
                                                             String attacks, String violations) throws Exception {
        Path file = SweepFiles.write(tmp.resolve(type + ".yaml"), 1, """
                  type: %s
                  %s
                  parameters:
                    mediators.*.leverage: %s
                    militants.ttp.attackRate: %s
                    collapse.violations: %s
                """.formatted(type, samples.equals("parameters:") ? "" : samples, leverage, attacks, violations));
        Path gc = tmp.resolve("gc.log");
        Path out = tmp.resolve("out.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseParallelGC", "-Xlog:gc:file=" + gc, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "truce.cli.TruceCommand", "validate", file.toString(),
                "--no-heap-check"))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = p.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        assertTrue(ended, "validating a million points took over 3 minutes: " + Files.readString(out));
        assertEquals(0, p.exitValue(), Files.readString(out));
        assertTrue(Files.readString(out).contains(type + " design: 1000000 points"), Files.readString(out));
        int most = 0;
        for (String line : Files.readAllLines(gc)) {
            Matcher m = AFTER_GC.matcher(line);
            if (m.find()) {
                most = Math.max(most, Integer.parseInt(m.group(1)));
            }
        }
        assertTrue(most < 128, "the heap after a collection reached " + most + " MiB");
    }
}
