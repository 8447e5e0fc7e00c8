package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Bad input never costs a user their results: every file of the malformed-input corpus
 * ({@code src/test/resources/scenarios/bad/} and {@code src/test/resources/sweeps/bad/}, plus
 * files over 1 MiB generated here) is refused by {@code truce validate}, {@code truce run} and
 * {@code truce sweep} alike, in process: exit code 2, exactly one line on stderr that starts
 * with {@code error: } and names the file, no stack trace, nothing on stdout, nothing written
 * to the results folder, and no runaway (a call over 30 s fails).
 *
 * <p>Each corpus file ends with a comment {@code # expect: [LINE: ]KEY_PATH: FRAGMENT} (or
 * {@code # expect: FRAGMENT} for a problem with the whole file). For the command that matches
 * the file's kind ({@code run} for a scenario, {@code sweep} for a sweep) and for
 * {@code validate}, the message must read {@code FILE[:LINE]: KEY_PATH: ...} and contain
 * {@code FRAGMENT}; the other command only has to fail cleanly and name the file.
 */
class BadInputCorpusTest {

    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios/bad");
    private static final Path SWEEPS = Path.of("src/test/resources/sweeps/bad");

    /**
     * Longest a single call may take before it counts as a runaway (a parse that never ends or
     * grows quadratically). A hang guard, not a speed test: speed is measured by benchmarks, and a
     * shared CI machine under load took over a second for calls that take 50 ms when idle.
     */
    private static final long MAX_MILLIS = 30_000;

    private static final Pattern EXPECT = Pattern.compile("^# expect: (?:(\\d+): )?(.+?)\\s*$", Pattern.MULTILINE);

    /**
     * Corpus files that main code does not yet reject cleanly, with why. Their checks still
     * run (unless marked "not run"): while they fail the case is reported as skipped (an
     * aborted assumption), and once main code is fixed the case fails with a reminder to
     * remove its entry here, so the corpus tightens itself.
     */
    private static final Map<String, String> KNOWN_BUGS = Map.of();

    @TempDir
    Path tmp;

    enum Kind { SCENARIO, SWEEP }

    /** Loads the command classes once, so that no call below pays for class loading. */
    @BeforeAll
    static void warmUp() {
        Cli.execute("validate", "src/test/resources/scenarios/generic.yaml");
        Cli.execute("validate", SCENARIOS.resolve("unknown-key.yaml").toString());
        Cli.execute("validate", "src/test/resources/sweeps/small-grid.yaml");
    }

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (Path dir : List.of(SCENARIOS, SWEEPS)) {
            Kind kind = dir == SCENARIOS ? Kind.SCENARIO : Kind.SWEEP;
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile).sorted()
                        .forEach(f -> cases.add(Arguments.of(dir.getParent().getFileName() + "/bad/" + f.getFileName(),
                                kind, f)));
            }
        }
        return cases.stream();
    }

    @Test
    void theCorpusCoversAtLeastFortyFilesOfEachKind() throws IOException {
        long scenarios;
        long sweeps;
        try (Stream<Path> a = Files.list(SCENARIOS); Stream<Path> b = Files.list(SWEEPS)) {
            scenarios = a.count();
            sweeps = b.count();
        }
        assertTrue(scenarios >= 40, "scenario corpus: " + scenarios);
        assertTrue(sweeps >= 40, "sweep corpus: " + sweeps);
        for (String known : KNOWN_BUGS.keySet()) {
            assertTrue(Files.isRegularFile(Path.of("src/test/resources").resolve(known)), "stale entry " + known);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCommandRefusesTheFileCleanly(String name, Kind kind, Path file) throws IOException {
        check(name, kind, file);
    }

    @Test
    void aScenarioOverOneMebibyteIsRefusedBeforeParsing() throws IOException {
        Path file = tmp.resolve("huge-scenario.yaml");
        StringBuilder sb = new StringBuilder("name: huge\nhorizon: 100\nstates: {a: {}, b: {}}\n");
        while (sb.length() <= (1 << 20)) {
            sb.append("# padding to push the file over one mebibyte, which no scenario needs\n");
        }
        sb.append("# expect: file is larger than 1 MiB\n");
        Files.writeString(file, sb);
        check("generated huge scenario", Kind.SCENARIO, file);
    }

    @Test
    void aSweepOverOneMebibyteIsRefusedBeforeParsing() throws IOException {
        Path file = tmp.resolve("huge-sweep.yaml");
        StringBuilder sb = new StringBuilder("name: huge\nscenario: generic.yaml\ndesign:\n  type: list\n  points:\n");
        while (sb.length() <= (1 << 20)) {
            sb.append("    - {militants.spoiler.attackRate: 0.5}\n");
        }
        sb.append("# expect: file is larger than 1 MiB\n");
        Files.writeString(file, sb);
        check("generated huge sweep", Kind.SWEEP, file);
    }

    @Test
    void aSingleLineOfGarbageOverOneMebibyteIsRefused() throws IOException {
        Path file = tmp.resolve("huge-line.yaml");
        byte[] bytes = new byte[(1 << 20) + 4096];
        java.util.Arrays.fill(bytes, (byte) 'x');
        byte[] expect = "\n# expect: file is larger than 1 MiB\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(expect, 0, bytes, bytes.length - expect.length, expect.length);
        Files.write(file, bytes);
        check("generated huge line", Kind.SCENARIO, file);
    }

    @Test
    void fiveThousandGoodEventsThenABadOneAreRefusedQuickly() throws IOException {
        Path file = tmp.resolve("many-events.yaml");
        StringBuilder sb = new StringBuilder("name: busy\nhorizon: 100\nstates: {a: {}, b: {}}\nevents:\n");
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            sb.append("  - {day: ").append(i % 100).append(", type: monitoring}\n");
        }
        sb.append("  - {day: 100, type: monitoring}\n");
        sb.append("# expect: ").append(n + 5).append(": events[").append(n)
                .append("].day: event after the horizon: expected a day in [0, 99]\n");
        assertTrue(sb.length() < (1 << 20), "under the size limit, so it is parsed and bound");
        Files.writeString(file, sb);
        check("generated many events", Kind.SCENARIO, file);
    }

    // ---- the checks ----------------------------------------------------------------------

    private void check(String name, Kind kind, Path file) throws IOException {
        String known = KNOWN_BUGS.get(name);
        if (known != null && known.startsWith("not run")) {
            Assumptions.abort("known bug, " + known);
        }
        Expectation expect = expectation(file);
        try {
            assertRefused(file, "validate", expect, List.of());
            assertRefused(file, "run", kind == Kind.SCENARIO ? expect : null, List.of("--out"));
            assertRefused(file, "sweep", kind == Kind.SWEEP ? expect : null, List.of("--out", "--threads", "1"));
        } catch (AssertionFailedError e) {
            if (known != null) {
                Assumptions.abort("known bug (" + known + "): " + e.getMessage());
            }
            throw e;
        }
        if (known != null) {
            fail(name + " is now refused cleanly: remove it from KNOWN_BUGS (" + known + ")");
        }
    }

    /**
     * Runs {@code command FILE [options]} and checks it fails cleanly; {@code expect} null means
     * the file is of the other kind, so only the file name is checked.
     */
    private void assertRefused(Path file, String command, Expectation expect, List<String> options)
            throws IOException {
        Path out = tmp.resolve(command + "-out");
        List<String> args = new ArrayList<>(List.of(command, file.toString()));
        for (String option : options) {
            args.add(option);
            if (option.equals("--out")) {
                args.add(out.toString());
            }
        }
        long t0 = System.nanoTime();
        Cli.Result r = Cli.execute(args.toArray(String[]::new));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String what = String.join(" ", args) + "\nstdout: " + r.out() + "\nstderr: " + r.err();

        assertEquals(ExitCodes.BAD_INPUT, r.code(), () -> "exit code of " + what);
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), () -> "expected exactly one line on stderr: " + what);
        String line = lines.get(0);
        assertTrue(line.startsWith("error: "), () -> "no 'error: ' prefix: " + what);
        assertTrue(line.contains(file.toString()), () -> "the file is not named: " + what);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), () -> "stack trace: " + what);
        assertEquals("", r.out(), () -> "nothing on stdout: " + what);
        assertFalse(Files.exists(out.resolve("runs.csv")), () -> "runs.csv written: " + what);
        assertTrue(!Files.exists(out) || isEmpty(out), () -> "results folder written: " + what);
        assertTrue(millis < MAX_MILLIS, () -> "took " + millis + " ms: " + what);
        if (expect != null) {
            String prefix = "error: " + file + (expect.line > 0 ? ":" + expect.line : "") + ": ";
            assertTrue(line.startsWith(prefix), () -> "expected the message to start with '" + prefix
                    + (expect.keyPath != null ? expect.keyPath + ": " : "") + "': " + what);
            String rest = line.substring(prefix.length());
            if (expect.keyPath != null) {
                assertTrue(rest.startsWith(expect.keyPath + ": "),
                        () -> "expected key path '" + expect.keyPath + "': " + what);
            }
            assertTrue(rest.contains(expect.fragment), () -> "expected '" + expect.fragment + "': " + what);
        }
    }

    private record Expectation(int line, String keyPath, String fragment) {
    }

    /** The file's last {@code # expect:} comment, (the file may not be UTF-8, but the comment is). */
    private static Expectation expectation(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Matcher m = EXPECT.matcher(text);
        Expectation last = null;
        while (m.find()) {
            int line = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            String rest = m.group(2);
            int colon = rest.indexOf(": ");
            last = colon < 0 ? new Expectation(line, null, rest)
                    : new Expectation(line, rest.substring(0, colon), rest.substring(colon + 2));
        }
        if (last == null) {
            fail(file + " has no '# expect: [LINE: ]KEY_PATH: FRAGMENT' comment");
        }
        String stripped = text.stripTrailing();
        String lastLine = stripped.substring(Math.max(stripped.lastIndexOf('\n'), stripped.lastIndexOf('\r')) + 1);
        assertTrue(lastLine.startsWith("# expect: "), () -> file + ": the '# expect:' comment must be the last line");
        return last;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

}
