package truce.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o, --out DIR}: where a command writes its results. */
final class OutOption {

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder for the results (default: a folder under results/ named after the input;"
                    + " the command's description says which).")
    private Path out;

    /** The folder given, or {@code fallback}. */
    Path or(Path fallback) {
        return out != null ? out : fallback;
    }

    /** Whether a folder was given. */
    boolean given() {
        return out != null;
    }
}
