package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import truce.batch.Reproduction;
import truce.batch.RunsCsv;
import truce.batch.TrajectoryCsv;
import truce.chart.ChartFiles;
import truce.chart.TrajectoryChart;

/**
 * {@code truce reproduce DIR RUN}: re-runs one run of a finished sweep from its manifest and
 * recorded seed, says whether the outcome matches its row in {@code runs.csv}, and writes that
 * run's trajectory and chart to {@code DIR/reproduce/run-RUN/}.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Re-run one run of a finished sweep, check it matches, and chart it.")
final class ReproduceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Results folder of a sweep.")
    Path dir;

    @Parameters(index = "1", paramLabel = "RUN", description = "The run's number (the 'run' column of runs.csv).")
    long run;

    @Override
    public Integer call() throws IOException {
        Reproduction.Result r = Reproduction.replay(dir, run);
        Path out = dir.resolve("reproduce").resolve("run-" + run);
        TrajectoryCsv.write(r.run().trajectory(), out.resolve("trajectory.csv"));
        ChartFiles.save(TrajectoryChart.create(r.task().scenario().name() + ", run " + run + " of the sweep",
                r.run().trajectory(), r.run().outcome()), out, "chart", TrajectoryChart.WIDTH, TrajectoryChart.HEIGHT);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("run %d: point %s %s, replicate %d, seed %d%n", run, r.task().point().id(), r.task().point().values(),
                r.task().replicate(), r.task().seed());
        OutcomeReport.print(o, dir.toString(), r.task().scenario(), r.run().outcome());
        o.println();
        if (r.matches()) {
            o.println("MATCHES its row in runs.csv");
        } else {
            o.println("DOES NOT MATCH its row in runs.csv:");
            List<String> header = headerOf(r);
            for (int i = 0; i < r.recorded().size(); i++) {
                if (!r.recorded().get(i).equals(r.replayed().get(i))) {
                    o.printf("  %s: recorded %s, replayed %s%n", i < header.size() ? header.get(i) : "column " + i,
                            r.recorded().get(i), r.replayed().get(i));
                }
            }
        }
        o.println("Wrote " + out.resolve("trajectory.csv") + ", " + out.resolve("chart.png") + ", " + out.resolve("chart.svg"));
        o.flush();
        return r.matches() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static List<String> headerOf(Reproduction.Result r) {
        return RunsCsv.header(List.copyOf(r.task().point().values().keySet()),
                List.copyOf(r.task().scenario().states().keySet()), RunsCsv.ceasefireKeys(r.task().scenario()));
    }
}
