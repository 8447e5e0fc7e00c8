package truce.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import truce.analysis.SweepAnalysis;
import truce.scenario.DesignType;
import truce.scenario.ScenarioException;

/**
 * {@code truce sensitivity FILE}: a sweep with a Saltelli (or Morris) design, run by the same
 * parallel, streaming, resumable (and shardable) machinery ({@link SweepRun}, the options it
 * shares with {@code sweep}), followed by Sobol first- and total-order indices (or Morris
 * elementary effects) of survival at the horizon and of Kaplan–Meier survival at a chosen day,
 * with bootstrap intervals ({@code sensitivity.csv} or {@code morris.csv}, charts, and the report).
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Variance-based (Sobol) sensitivity of ceasefire survival to the parameters of a Saltelli design.")
final class SensitivityCommand implements Callable<Integer> {

    @Mixin
    SweepRun sweep;

    @Option(names = "--day", paramLabel = "D",
            description = "Day at which Kaplan-Meier survival is analysed (default: ${DEFAULT-VALUE}).")
    int day = SweepAnalysis.DEFAULT_SENSITIVITY_DAY;

    @Override
    public Integer call() throws IOException {
        return sweep.call(spec -> {
            if (spec.design().type() != DesignType.SALTELLI && spec.design().type() != DesignType.MORRIS) {
                throw new ScenarioException(spec.file(), 0, "design.type", "expected saltelli (Sobol indices) or"
                        + " morris (screening) for a sensitivity analysis, found " + spec.design().type().key());
            }
        }, (dir, summary, days, ciType) -> ChartCommand.render(dir, summary, days, day, ciType));
    }
}
