package truce.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import truce.files.AtomicFiles;
import truce.odd.OddProtocol;

/** {@code truce odd}: writes the model's ODD protocol, generated from the code, to {@code docs/ODD.md}. */
@Command(name = "odd", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write the model's ODD protocol (Grimm et al. 2020), generated from its parameters and phases.")
final class OddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write it (default: ${DEFAULT-VALUE}).")
    Path out = Path.of(OddProtocol.FILE);

    @Override
    public Integer call() throws IOException {
        String text = OddProtocol.markdown();
        AtomicFiles.writeText(out, w -> w.write(text));
        spec.commandLine().getOut().println("wrote " + out);
        return ExitCodes.OK;
    }
}
