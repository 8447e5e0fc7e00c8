package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import truce.calibration.CalibrationLoader;
import truce.calibration.CalibrationSpec;
import truce.calibration.PosteriorCsv;
import truce.calibration.Prediction;
import truce.calibration.Prior;
import truce.calibration.TargetLoader;
import truce.files.FolderLock;
import truce.scenario.ScenarioException;

/**
 * {@code truce predict FILE --posterior P --target T}: a calibration's posterior predicting
 * observed ceasefires it was not fitted to (out of sample).
 */
@Command(name = "predict", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Predict another target's curves from a calibration's posterior (out-of-sample check).")
final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The calibration file the posterior came from.")
    Path file;

    @Option(names = "--posterior", required = true, paramLabel = "CSV", description = "The posterior.csv to draw from.")
    Path posterior;

    @Option(names = "--target", required = true, paramLabel = "TARGET", description = "Target file to predict.")
    Path target;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Results folder (default: results/predict-<target name>).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads: expected at least 1, found " + threads);
        }
        CalibrationSpec c = CalibrationLoader.load(file);
        var t = TargetLoader.load(target);
        var p = PosteriorCsv.read(posterior, posterior.toString());
        List<String> paths = c.priors().stream().map(Prior::path).toList();
        if (!p.paths().equals(paths)) {
            throw new ScenarioException(posterior.toString(), 1, "", "expected the parameters of " + file + " ("
                    + String.join(", ", paths) + "), found " + String.join(", ", p.paths()));
        }
        Path dir = out != null ? out : Path.of("results", "predict-" + t.name());
        try (FolderLock lock = FolderLock.acquire(dir, "truce predict")) {
            Prediction r = Prediction.write(c.withTarget(t), p.population(), dir, threads);
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%s predicted from %s: observed inside the 90%% predictive band at %d of %d compared"
                    + " values; distance from the predictive median %.2f (simulated data sets: median %.2f, %.1f%% at least"
                    + " as far); results in %s%n", t.name(), posterior, r.inside(), r.compared(), r.distance(),
                    r.simulatedMedian(), 100 * r.pValue(), dir);
            o.flush();
        }
        return ExitCodes.OK;
    }
}
