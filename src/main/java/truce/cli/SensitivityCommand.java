package truce.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import truce.analysis.SweepAnalysis;
import truce.scenario.DesignType;
import truce.scenario.ScenarioException;
import truce.scenario.SweepSpec;

/**
 * {@code truce sensitivity FILE}: a sweep with a Saltelli (or Morris) design, run by the same
 * parallel, streaming, resumable (and shardable) machinery, followed by Sobol first- and
 * total-order indices (or Morris elementary effects) of survival at the horizon and of
 * Kaplan–Meier survival at a chosen day, with bootstrap intervals ({@code sensitivity.csv} or
 * {@code morris.csv}, charts, and the report).
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Variance-based (Sobol) sensitivity of ceasefire survival to the parameters of a Saltelli design.")
final class SensitivityCommand extends SweepCommand {

    @Option(names = "--day", paramLabel = "D",
            description = "Day at which Kaplan-Meier survival is analysed (default: ${DEFAULT-VALUE}).")
    int day = SweepAnalysis.DEFAULT_SENSITIVITY_DAY;

    @Override
    void check(SweepSpec sweep) {
        if (sweep.design().type() != DesignType.SALTELLI && sweep.design().type() != DesignType.MORRIS) {
            throw new ScenarioException(sweep.file(), 0, "design.type", "expected saltelli (Sobol indices) or morris"
                    + " (screening) for a sensitivity analysis, found "
                    + sweep.design().type().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Override
    void render(Path dir, truce.batch.SweepSummary summary) throws IOException {
        ChartCommand.render(dir, summary, day, ci.type());
    }
}
