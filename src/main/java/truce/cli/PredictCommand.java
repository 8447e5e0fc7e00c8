package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
        description = {"Predict another target's curves from a calibration's posterior (out-of-sample check).",
            "FILE is the calibration file the posterior came from; results go to results/predict-<target name>"
                    + " unless --out is given."})
final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FileParameter input;

    @Option(names = "--posterior", required = true, paramLabel = "CSV", description = "The posterior.csv to draw from.")
    Path posterior;

    @Option(names = "--target", required = true, paramLabel = "TARGET", description = "Target file to predict.")
    Path target;

    @Mixin
    ThreadsOption threadsOption;

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws IOException {
        int threads = threadsOption.threads();
        Path file = input.path();
        CalibrationSpec c = CalibrationLoader.load(file);
        var t = TargetLoader.load(target);
        var p = PosteriorCsv.read(posterior, posterior.toString());
        List<String> paths = c.priors().stream().map(Prior::path).toList();
        if (!p.paths().equals(paths)) {
            throw new ScenarioException(posterior.toString(), 1, "", "expected the parameters of " + file + " ("
                    + String.join(", ", paths) + "), found " + String.join(", ", p.paths()));
        }
        Path dir = out.or(Path.of("results", "predict-" + t.name()));
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
