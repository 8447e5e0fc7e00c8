package truce.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** {@code FILE}: the YAML file a command reads (a scenario, sweep or calibration file: the command's description says which). */
final class FileParameter {

    @Parameters(index = "0", paramLabel = "FILE", description = "The input file (YAML; see above for which kind).")
    private Path file;

    Path path() {
        return file;
    }
}
