package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import truce.calibration.CalibrationLoader;
import truce.calibration.CalibrationOutputs;
import truce.calibration.CalibrationSpec;
import truce.calibration.Generation;
import truce.calibration.Population;
import truce.calibration.RejectionCalibration;
import truce.calibration.SmcCalibration;
import truce.files.FolderLock;

/**
 * {@code truce calibrate FILE}: approximate Bayesian computation of a scenario's free parameters
 * against observed ceasefires, by ABC-SMC on this machine or by rejection with regression
 * adjustment over a sampled sweep; writes {@code posterior.csv}, the posterior summary, charts and
 * {@code index.html}.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Calibrate a scenario's parameters to observed ceasefires by ABC (SMC or rejection + regression).",
            "FILE is a calibration file; results go to results/<calibration name> unless --out is given."})
final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FileParameter input;

    @Mixin
    RunnerOptions runner;

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws IOException {
        runner.check();
        int threads = runner.threads();
        boolean resume = runner.resume;
        boolean force = runner.force;
        Path file = input.path();
        CalibrationSpec c = CalibrationLoader.load(file);
        Path dir = out.or(Path.of("results", c.name()));
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        err.printf(Locale.ROOT, "calibrate %s: %d parameters, target %d ceasefires (%d runs per parameter set), %s on %d"
                + " threads -> %s%n", c.name(), c.priors().size(), c.replicates(), c.replicates(),
                c.method().name().toLowerCase(Locale.ROOT), threads, dir);
        err.flush();
        long t0 = System.nanoTime();
        try (FolderLock lock = FolderLock.acquire(dir, "truce calibrate")) {
            Population posterior;
            String method;
            List<List<String>> generations = new ArrayList<>();
            if (c.method() == CalibrationSpec.Method.SMC) {
                Generation last = SmcCalibration.run(c, dir, resume, force, threads, g -> {
                    err.printf(Locale.ROOT, "generation %d: tolerance %.4g, acceptance %.3f, ESS %.0f, %d simulations%n",
                            g.index(), g.tolerance(), g.acceptanceRate(), g.population().effectiveSize(),
                            g.totalSimulations());
                    err.flush();
                });
                posterior = last.population();
                generations = SmcCalibration.rows(dir);
                method = "Method: ABC-SMC (Beaumont et al. 2009), " + c.smc().particles() + " particles, tolerance at the "
                        + c.smc().quantile() + " quantile of the last generation's distances; stopped after generation "
                        + last.index() + " with " + last.totalSimulations() + " parameter sets simulated.";
            } else {
                posterior = RejectionCalibration.run(c, dir, force, threads, VersionProvider.version(),
                        ConsoleProgress.forConsole(err));
                method = "Method: ABC rejection of " + c.rejection().samples() + " prior draws ("
                        + (c.rejection().sobol() ? "Sobol" : "Latin hypercube") + "), keeping the nearest "
                        + c.rejection().accept() + (c.rejection().adjust()
                        ? ", with local-linear regression adjustment (Beaumont, Zhang & Balding 2002)." : ".");
            }
            List<List<String>> summary = CalibrationOutputs.write(c, dir, posterior, method, generations, threads);
            o.printf(Locale.ROOT, "%-32s %-28s %10s %10s %10s%n", "parameter", "prior", "median", "5%", "95%");
            for (List<String> row : summary) {
                o.printf(Locale.ROOT, "%-32s %-28s %10s %10s %10s%n", row.get(0), row.get(1), row.get(3), row.get(4),
                        row.get(5));
            }
            o.printf(Locale.ROOT, "done in %.1f s; results in %s (open %s)%n", (System.nanoTime() - t0) / 1e9, dir,
                    dir.resolve("index.html"));
            o.flush();
        }
        return ExitCodes.OK;
    }
}
