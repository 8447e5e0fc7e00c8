package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import truce.analysis.Comparison;
import truce.analysis.ComparisonTable;
import truce.analysis.ScenarioRuns;
import truce.batch.ResultsFolderException;
import truce.chart.ComparisonReport;
import truce.chart.DisplayFormat;
import truce.chart.HtmlReport;
import truce.chart.KaplanMeierChart;
import truce.model.Scenario;
import truce.scenario.ComparisonSpec;
import truce.scenario.ScenarioLoader;
import truce.scenario.SweepLoader;

/**
 * {@code truce compare FILE...}: runs every scenario with the same replicate seeds (common random
 * numbers), each into its own sub-folder as a sweep of one point, then compares them: one
 * Kaplan–Meier chart, {@code comparison.csv} (survival at days 30/90/180/365, median, restricted
 * mean survival time and its difference to the first scenario, cumulative incidence of each
 * ending), {@code comparison-logrank.csv} (pairwise log-rank tests, Holm-corrected) and
 * {@code index.html}. FILE is two or more scenario files, or one comparison file (a sweep file
 * whose design is {@code type: scenarios}); one scenario file gives that scenario's own report,
 * as {@code truce run FILE --replicates N}.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run scenarios with the same seeds and compare their survival (KM, RMST, log-rank).")
final class CompareCommand implements Callable<Integer> {

    /** Default runs per scenario when neither the command line nor a comparison file says. */
    static final int DEFAULT_REPLICATES = 100;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Scenario files (the first is the reference), or one comparison file (design type: scenarios).")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-r", "--replicates"}, paramLabel = "N",
            description = "Runs per scenario (default: the comparison file's, else " + DEFAULT_REPLICATES + ").")
    Integer replicates;

    @Mixin
    SeedOption seed;

    @Option(names = "--horizon", paramLabel = "D",
            description = "Horizon of the restricted mean survival time, in days (default: the shortest scenario horizon).")
    Integer horizon;

    @Mixin
    OutOption out;

    @Mixin
    RunnerOptions runner;

    @Mixin
    SetOptions set;

    @Mixin
    CiOption ci;

    @Override
    public Integer call() throws IOException {
        if (files.isEmpty()) {
            throw new ArgumentError("compare: expected two or more scenario files"
                    + " (or one comparison file with design type: scenarios), found none");
        }
        runner.check();
        if (replicates != null && replicates < 1) {
            throw new ArgumentError("--replicates: expected at least 1, found " + replicates);
        }
        ComparisonSpec c = comparison();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : c.scenarios()) {
            scenarios.add(ScenarioLoader.read(f).with(c.fixed()).scenario()); // bad input fails before any run
        }
        if (c.scenarios().size() == 1) {
            Path dir = out.given() ? out.or(null) : RunCommand.replicatesFolder(scenarios.get(0).name(), c.replicates(), c.masterSeed());
            ScenarioReplicates.run(c.sweep(0, scenarios.get(0).name()), dir, runner, ci.type(), err);
            o.println("one scenario, nothing to compare: wrote its own report, as 'truce run "
                    + c.scenarios().get(0) + " --replicates " + c.replicates() + "' does; open " + dir.resolve(HtmlReport.FILE_NAME));
            o.flush();
            return ExitCodes.OK;
        }
        if (c.scenarios().size() > KaplanMeierChart.MAX_CURVES) {
            throw new ArgumentError("compare: expected at most " + KaplanMeierChart.MAX_CURVES
                    + " scenarios (one chart shows them all), found " + c.scenarios().size());
        }
        int shortest = scenarios.stream().mapToInt(Scenario::horizon).min().orElseThrow();
        int tau = c.horizon() != null ? c.horizon() : shortest;
        if (tau < 1 || tau > shortest) {
            throw new ArgumentError("--horizon: expected a day in [1, " + shortest
                    + "] (restricted mean survival needs every scenario observed to it; the shortest horizon is "
                    + shortest + "), found " + tau);
        }
        List<String> labels = labels(scenarios, c.scenarios());
        Path dir = out.or(Path.of("results", c.name()));
        checkFolder(dir, labels);
        List<ScenarioRuns> runs = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Path sub = dir.resolve(labels.get(i));
            ScenarioReplicates.run(c.sweep(i, labels.get(i)), sub, runner, ci.type(), err);
            runs.add(ScenarioRuns.read(labels.get(i), sub));
        }
        Comparison result = Comparison.of(runs, tau, ci.type());
        ComparisonTable.write(dir, result);
        Map<String, String> about = new LinkedHashMap<>();
        about.put("scenarios", String.join(", ", c.scenarios().stream().map(Path::toString).toList()));
        about.put("runs", c.replicates() + " per scenario; replicate i of every scenario has the same seed (master seed "
                + c.masterSeed() + ")");
        if (!c.fixed().isEmpty()) {
            about.put("set", c.fixed().toString());
        }
        if (c.file() != null) {
            about.put("comparison file", c.file());
        }
        about.put("each scenario's own report", String.join(", ", labels.stream().map(l -> l + "/index.html").toList()));
        ComparisonReport.write(dir, c.name(), result, about);
        print(o, result, dir);
        return ExitCodes.OK;
    }

    /** The comparison the arguments describe. */
    private ComparisonSpec comparison() {
        Map<String, String> fixed = new LinkedHashMap<>(set.values());
        if (files.size() == 1 && SweepLoader.isComparison(files.get(0))) {
            ComparisonSpec f = SweepLoader.loadComparison(files.get(0));
            Map<String, String> all = new LinkedHashMap<>(f.fixed());
            fixed.forEach((k, v) -> {
                all.remove(k);
                all.put(k, v);
            });
            return new ComparisonSpec(f.name(), f.file(), f.scenarios(), replicates != null ? replicates : f.replicates(),
                    seed.or(f.masterSeed()), all, horizon != null ? horizon : f.horizon());
        }
        for (Path f : files) {
            if (SweepLoader.isSweep(f)) {
                throw new ArgumentError("compare: " + f + " is a sweep file; give scenario files,"
                        + " or one comparison file (design type: scenarios)");
            }
        }
        List<String> stems = files.stream().map(f -> stem(f)).toList();
        String name = "compare-" + String.join("-", stems);
        if (name.length() > 80) {
            name = name.substring(0, 80);
        }
        return new ComparisonSpec(name, null, files, replicates != null ? replicates : DEFAULT_REPLICATES,
                seed.or(1L), fixed, horizon);
    }

    /** Scenario names, made unique with the file name (then a number) where two share one. */
    static List<String> labels(List<Scenario> scenarios, List<Path> files) {
        List<String> labels = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < scenarios.size(); i++) {
            String name = scenarios.get(i).name();
            boolean shared = scenarios.stream().filter(s -> s.name().equals(name)).count() > 1;
            String label = shared ? stem(files.get(i)) : name;
            String unique = label;
            for (int k = 2; !used.add(unique); k++) {
                unique = label + "-" + k;
            }
            labels.add(unique);
        }
        return labels;
    }

    private static String stem(Path f) {
        String n = f.getFileName().toString();
        return n.replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * Refuses a folder that holds files a comparison does not write (they are not the tool's to
     * overwrite), unless {@code --force}.
     */
    private void checkFolder(Path dir, List<String> labels) throws IOException {
        if (runner.force || !Files.isDirectory(dir)) {
            return;
        }
        Set<String> ours = new HashSet<>(labels);
        ours.addAll(List.of(ComparisonTable.FILE, ComparisonTable.PAIRS_FILE, HtmlReport.FILE_NAME,
                ComparisonReport.KM_CHART + ".png", ComparisonReport.KM_CHART + ".svg"));
        try (Stream<Path> s = Files.list(dir)) {
            List<String> foreign = s.map(p -> p.getFileName().toString()).filter(n -> !ours.contains(n)).sorted().toList();
            if (!foreign.isEmpty()) {
                throw new ResultsFolderException(dir + " holds files a comparison of these scenarios does not write ("
                        + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
                        + (foreign.size() > 3 ? ", ..." : "") + "); choose another --out, or --force");
            }
        }
    }

    private static void print(PrintWriter o, Comparison c, Path dir) {
        o.printf(Locale.ROOT, "%-20s %6s %22s %26s %28s%n", "scenario", "runs", "S(" + lastDay(c) + ") [95% CI]",
                "RMST to " + c.tau() + " [95% CI]", "vs " + c.rows().get(0).label());
        for (Comparison.Row r : c.rows()) {
            int d = lastDay(c);
            var ci = r.survival().get(d);
            var rm = r.rmst().interval(Comparison.LEVEL);
            String diff = r.difference() == null ? "(reference)"
                    : DisplayFormat.number(r.difference().estimate()) + " [" + DisplayFormat.number(r.difference().lower())
                            + ", " + DisplayFormat.number(r.difference().upper()) + "]";
            o.printf(Locale.ROOT, "%-20s %6d %22s %26s %28s%n", r.label(), r.n(),
                    ci == null ? "" : DisplayFormat.number(r.survivalAt(d)) + " [" + DisplayFormat.number(ci.lower())
                            + ", " + DisplayFormat.number(ci.upper()) + "]",
                    DisplayFormat.number(r.rmst().estimate()) + " [" + DisplayFormat.number(rm.lower()) + ", "
                            + DisplayFormat.number(rm.upper()) + "]", diff);
        }
        o.println("results in " + dir + ": " + ComparisonTable.FILE + ", " + ComparisonTable.PAIRS_FILE + ", "
                + ComparisonReport.KM_CHART + ".png (open " + dir.resolve(HtmlReport.FILE_NAME) + ")");
        o.flush();
    }

    /** The last of the report days within every scenario's horizon. */
    private static int lastDay(Comparison c) {
        int shortest = c.rows().stream().mapToInt(Comparison.Row::horizon).min().orElseThrow();
        int day = Comparison.DAYS.get(0);
        for (int d : Comparison.DAYS) {
            if (d <= shortest) {
                day = d;
            }
        }
        return day;
    }
}
