package truce.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import truce.analysis.SweepAnalysis;

/**
 * {@code truce sweep FILE}: runs every (design point, replicate) of a sweep in parallel, streams
 * {@code runs.csv}, then writes {@code summary.csv}, the charts and {@code index.html}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a parameter sweep and chart how often the ceasefire survives.")
final class SweepCommand implements Callable<Integer> {

    @Mixin
    SweepRun sweep;

    @Override
    public Integer call() throws IOException {
        return sweep.call(spec -> { }, (dir, summary, days, ciType) ->
                ChartCommand.render(dir, summary, days, SweepAnalysis.DEFAULT_SENSITIVITY_DAY, ciType));
    }
}
