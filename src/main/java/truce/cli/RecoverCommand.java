package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import truce.calibration.CalibrationLoader;
import truce.calibration.CalibrationSpec;
import truce.calibration.Recovery;
import truce.files.AtomicFiles;

/**
 * {@code truce recover FILE}: can the calibration recover known parameters? Repeatedly simulates
 * data at parameters drawn from the prior and calibrates to it by ABC-SMC; reports how often each
 * posterior 90% interval covers the truth ({@code recovery.csv}).
 */
@Command(name = "recover", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check that a calibration recovers known parameters: 90%% interval coverage over repetitions.",
            "FILE is a calibration file (its priors, statistics and smc budget are used); results go to"
                    + " results/recover-<calibration name> unless --out is given."})
final class RecoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FileParameter input;

    @Option(names = "--repetitions", paramLabel = "N", description = "Repetitions (default: ${DEFAULT-VALUE}).")
    int repetitions = 20;

    @Option(names = "--size", paramLabel = "N", description = "Ceasefires per simulated data set (default: the target's).")
    Integer size;

    @Mixin
    ThreadsOption threadsOption;

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws IOException {
        int threads = threadsOption.threads();
        Path file = input.path();
        if (repetitions < 1 || (size != null && size < 1)) {
            throw new ParameterException(spec.commandLine(), "--repetitions and --size must be at least 1");
        }
        CalibrationSpec c = CalibrationLoader.load(file);
        int n = size != null ? size : c.replicates();
        Path dir = out.or(Path.of("results", "recover-" + c.name()));
        Files.createDirectories(dir);
        PrintWriter err = spec.commandLine().getErr();
        StringBuilder csv = new StringBuilder("repetition,parameter,truth,q05,median,q95,covered\n");
        List<Recovery.Repetition> reps = Recovery.run(c, n, repetitions, threads, r -> {
            for (int j = 0; j < c.priors().size(); j++) {
                csv.append(String.format(Locale.ROOT, "%d,%s,%.6g,%.6g,%.6g,%.6g,%b%n", r.repetition(),
                        c.priors().get(j).path(), r.truth()[j], r.lower()[j], r.median()[j], r.upper()[j], r.covers(j)));
            }
            err.printf(Locale.ROOT, "repetition %d of %d done%n", r.repetition() + 1, repetitions);
            err.flush();
        });
        AtomicFiles.writeText(dir.resolve("recovery.csv"), o -> o.write(csv.toString()));
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "recovery of %s: %d repetitions, %d ceasefires each; 90%% interval covers the truth in:%n",
                c.name(), repetitions, n);
        for (int j = 0; j < c.priors().size(); j++) {
            int jj = j;
            long covered = reps.stream().filter(r -> r.covers(jj)).count();
            o.printf(Locale.ROOT, "  %-28s %d of %d (%.0f%%)%n", c.priors().get(j).path(), covered, repetitions,
                    100.0 * covered / repetitions);
        }
        o.println("wrote " + dir.resolve("recovery.csv"));
        o.flush();
        return ExitCodes.OK;
    }
}
