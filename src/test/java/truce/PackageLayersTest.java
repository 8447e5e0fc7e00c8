package truce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages by job (issue 13): the model knows nothing of the rest; {@code batch} runs sweeps and
 * knows nothing of what is computed from them ({@code analysis}) or drawn ({@code chart}); the
 * analysis draws nothing; nothing below the command line knows it. Checked on every reference to
 * another Truce package in code (imports and qualified names; comments are skipped).
 */
class PackageLayersTest {

    /** Package to the Truce packages its code may not name. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "model", List.of("scenario", "batch", "analysis", "chart", "cli", "gui", "files", "calibration", "stats"),
            "batch", List.of("analysis", "chart", "cli", "gui", "calibration"),
            "analysis", List.of("chart", "cli", "gui", "calibration"),
            "chart", List.of("cli", "calibration"),
            "stats", List.of("batch", "analysis", "chart", "cli", "gui"));

    private static final Pattern NAMED = Pattern.compile("\\btruce\\.([a-z]+)\\.");

    @Test
    void noPackageNamesALayerAboveIt() throws IOException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : FORBIDDEN.entrySet()) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/truce", e.getKey()))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        String code = lines.get(i).strip();
                        if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                            continue;
                        }
                        Matcher m = NAMED.matcher(code);
                        while (m.find()) {
                            if (e.getValue().contains(m.group(1))) {
                                found.add(f + ":" + (i + 1) + ": " + code);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
