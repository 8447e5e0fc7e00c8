package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import truce.analysis.Discovery;
import truce.analysis.DiscoveryTables;
import truce.analysis.Prim;
import truce.batch.Manifest;
import truce.chart.DiscoveryReport;
import truce.chart.DisplayFormat;
import truce.chart.HtmlReport;

/**
 * {@code truce discover DIR --outcome EXPR [--box K]}: scenario discovery on a finished sweep
 * (best a sampled one: lhs or sobol): which combinations of the swept parameters lead to the
 * outcome. Ranks the parameters, runs PRIM, prints the chosen box and writes the peeling
 * trajectory chart, the tables and a report to {@code DIR/discover/} (or {@code --out}).
 */
@Command(name = "discover", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Scenario discovery (PRIM) on a sweep's results: which parameter ranges lead to an outcome.",
            "Results go to DIR/discover unless --out is given."})
final class DiscoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Results folder of a finished sweep.")
    Path dir;

    @Option(names = "--outcome", required = true, paramLabel = "EXPR",
            description = "The outcome of interest over runs.csv columns, e.g. 'collapse_day < 90' or"
                    + " 'ending == breakdown and attacks > 200'.")
    String outcome;

    @Option(names = "--box", paramLabel = "K",
            description = "Show box K of the peeling trajectory (default: the best balance of coverage and density).")
    Integer box;

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(dir.resolve(Manifest.FILE))) {
            throw new ArgumentError(dir + ": not the results folder of a sweep (no " + Manifest.FILE + ")");
        }
        Discovery d;
        try {
            truce.batch.ResultsCheck.folder(dir);
            d = Discovery.of(dir, outcome, box);
        } catch (IllegalArgumentException e) {
            throw new ArgumentError("discover " + dir + ": " + e.getMessage());
        }
        Path target = out.or(dir.resolve("discover"));
        Files.createDirectories(target);
        DiscoveryTables.write(target, d);
        Manifest m = Manifest.read(dir);
        Map<String, String> about = new LinkedHashMap<>();
        about.put("sweep", m.sweep() + " (" + dir + ")");
        about.put("outcome", d.outcome() + ": " + d.hits() + " of " + d.runs() + " runs, " + d.points() + " design points");
        if (!d.skipped().isEmpty()) {
            about.put("left out (words, not numbers)", String.join(", ", d.skipped()));
        }
        DiscoveryReport.write(target, d, m.horizon(), about);
        print(spec.commandLine().getOut(), d, target);
        return ExitCodes.OK;
    }

    private static void print(PrintWriter o, Discovery d, Path target) {
        o.printf(Locale.ROOT, "%s: %d of %d runs (%d design points)%n", d.outcome(), d.hits(), d.runs(), d.points());
        o.println("parameters ranked (mutual information with the outcome, bits; outcome rate in lowest -> highest bin):");
        d.features().forEach(s -> o.printf(Locale.ROOT, "  %-32s %8s   %s -> %s%n", s.parameter(),
                DisplayFormat.number(s.mutualInformation()), DisplayFormat.number(s.lowRate()), DisplayFormat.number(s.highRate())));
        Prim.Box b = d.box();
        o.printf(Locale.ROOT, "PRIM box %d of %d (0 = all runs): coverage %s, density %s, mass %s%n", d.chosen(),
                d.trajectory().size() - 1, DisplayFormat.number(b.coverage()), DisplayFormat.number(b.density()),
                DisplayFormat.number(b.mass()));
        List<List<String>> rows = DiscoveryTables.box(d);
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.get(3).equals("TRUE")) {
                o.printf(Locale.ROOT, "  %-32s [%s, %s]   qp %s   (swept %s to %s)%n", r.get(0), r.get(1), r.get(2), r.get(4),
                        r.get(5), r.get(6));
            }
        }
        o.println("results in " + target + ": " + DiscoveryTables.BOX + ", " + DiscoveryTables.TRAJECTORY + ", "
                + DiscoveryTables.FEATURES + ", " + DiscoveryReport.CHART + ".png (open "
                + target.resolve(HtmlReport.FILE_NAME) + ")");
        o.flush();
    }
}
