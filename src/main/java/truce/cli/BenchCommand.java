package truce.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import truce.batch.Bench;
import truce.files.AtomicFiles;

/**
 * {@code truce bench}: how fast runs go, as ratios that hold on a noisy machine (runs/s of the
 * bare model and of the sweep runner at 1 and 2 threads, batch overhead, parallel efficiency,
 * peak heap), written to a JSON file so the next change can be compared.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Measure runs/s, batch overhead, parallel efficiency and peak heap.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario (default: ${DEFAULT-VALUE}).")
    Path scenario = Path.of("scenarios", "baseline-2025.yaml");

    @Option(names = "--runs", paramLabel = "N", description = "Runs per measurement (default: ${DEFAULT-VALUE}).")
    int runs = 20_000;

    @Option(names = "--repetitions", paramLabel = "N", description = "Repetitions; the median is kept (default: ${DEFAULT-VALUE}).")
    int repetitions = 3;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write the results (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("results", "bench.json");

    /**
     * A relative path that is not found from the working directory is looked up in the project the
     * running jar was built in ({@code <project>/target/truce.jar}), so {@code truce bench} finds its
     * shipped scenario from any folder.
     */
    static Path projectFile(Path path) {
        if (path.isAbsolute() || Files.exists(path)) {
            return path;
        }
        try {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path inProject = jar.getParent().getParent().resolve(path);
            return Files.exists(inProject) ? inProject : path;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return path;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (runs < 100 || repetitions < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--runs must be at least 100 and --repetitions at least 1");
        }
        Path scenario = projectFile(this.scenario);
        Path scratch = Files.createTempDirectory("truce-bench");
        Bench.Result r = Bench.run(scenario, runs, repetitions, scratch);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "scenario %s, %d runs x %d repetitions (medians), %d processors, Java %s%n",
                r.scenario(), r.runs(), r.repetitions(), r.processors(), r.java());
        o.printf(Locale.ROOT, "bare model loop, 1 thread   %9.0f runs/s%n", r.bareRunsPerSecond());
        o.printf(Locale.ROOT, "sweep runner,    1 thread   %9.0f runs/s%n", r.batchRunsPerSecond1());
        o.printf(Locale.ROOT, "sweep runner,    2 threads  %9.0f runs/s%n", r.batchRunsPerSecond2());
        o.printf(Locale.ROOT, "batch overhead (bare / batch, 1 thread)          %.2f x%n", r.batchOverhead());
        o.printf(Locale.ROOT, "parallel efficiency (2 threads / 2 x 1 thread)   %.2f%n", r.parallelEfficiency());
        o.printf(Locale.ROOT, "peak heap                                        %.0f MiB%n", r.peakHeapMiB());
        double abc = truce.calibration.CalibrationBench.runsPerSecond(scenario, runs, repetitions, 2);
        o.printf(Locale.ROOT, "calibration (ABC-SMC), 2 threads %9.0f runs/s = %.2f x the sweep runner at 2 threads%n", abc,
                abc / r.batchRunsPerSecond2());
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r) + "\n";
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        AtomicFiles.writeText(out, w -> w.write(json));
        o.println("wrote " + out);
        o.flush();
        return ExitCodes.OK;
    }
}
