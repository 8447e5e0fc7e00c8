package truce.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import truce.scenario.ScenarioException;

/**
 * Names the wrong kind of file before the loader's key-by-key complaint: a scenario given to
 * {@code sweep}, a sweep file given to {@code run}. A sweep file has a top-level {@code design:};
 * a scenario has {@code states:} and no design.
 */
final class FileKind {

    private static final Pattern DESIGN = Pattern.compile("(?m)^design\\s*:");
    private static final Pattern STATES = Pattern.compile("(?m)^states\\s*:");

    private FileKind() {
    }

    /** Refuses a scenario file where a sweep file is expected. */
    static void expectSweep(Path file, String command) {
        String text = read(file);
        if (text != null && !DESIGN.matcher(text).find() && STATES.matcher(text).find()) {
            throw new ScenarioException(file.toString(), 0, "", "this is a scenario file, not a sweep file (it has states and no"
                    + " design): run it with 'truce run " + file + "', or give '" + command + "' a sweep file");
        }
    }

    /** Refuses a sweep file where a scenario file is expected. */
    static void expectScenario(Path file, String command) {
        String text = read(file);
        if (text != null && DESIGN.matcher(text).find()) {
            throw new ScenarioException(file.toString(), 0, "", "this is a sweep file, not a scenario (it has a design): run it"
                    + " with 'truce sweep " + file + "', or give '" + command + "' a scenario file");
        }
    }

    /** The file's text, or null if it cannot be read (the loader then says why). */
    private static String read(Path file) {
        try {
            return Files.size(file) > (1 << 20) ? null : Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
