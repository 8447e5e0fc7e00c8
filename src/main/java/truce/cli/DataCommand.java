package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import truce.calibration.CurveSamples;
import truce.model.Ending;
import truce.calibration.EndingCurves;
import truce.calibration.Measure;
import truce.calibration.Target;
import truce.calibration.TargetLoader;
import truce.chart.Band;
import truce.chart.BandChart;
import truce.chart.ChartFiles;
import truce.files.AtomicFiles;

/**
 * {@code truce data FILE}: the observed curves of a target file — survival from breakdown
 * (Kaplan–Meier with Greenwood intervals) and the cumulative incidence of each ending
 * (Aalen–Johansen) — printed at fixed days and drawn (PNG and SVG), with {@code curves.csv}.
 */
@Command(name = "data", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Observed survival and cumulative incidence of a target's ceasefires, with 95%% intervals.",
            "Results go to results/data-<target name> unless --out is given."})
final class DataCommand implements Callable<Integer> {

    /** Days printed. */
    static final int[] DAYS = {1, 3, 7, 14, 30, 60, 90, 180, 365};

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Target file (ETH/PRIO data with a filter, or a days,ending CSV).")
    Path file;

    @Mixin
    OutOption out;

    @Option(names = "--days", paramLabel = "D", description = "Last day drawn (default: ${DEFAULT-VALUE}).")
    int days = 365;

    @Override
    public Integer call() throws IOException {
        Target target = TargetLoader.load(file);
        EndingCurves curves = target.curves();
        List<Measure> measures = CurveSamples.measuresSeen(target.spells());
        PrintWriter w = spec.commandLine().getOut();
        Map<Ending, Long> counts = EndingCurves.counts(target.spells());
        w.printf(Locale.ROOT, "target %s: %s%n%d ceasefires: breakdown %d, settlement %d, expiry %d, in force (censored) %d%n",
                target.name(), target.source(), target.spells().size(), counts.get(Ending.BREAKDOWN),
                counts.get(Ending.SETTLEMENT), counts.get(Ending.EXPIRY), counts.get(Ending.IN_FORCE));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%5s", "day"));
        measures.forEach(m -> head.append(String.format(Locale.ROOT, "  %-26s", m.label() + " (95% CI)")));
        w.println(head);
        for (int d : DAYS) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%5d", d));
            for (Measure m : measures) {
                double v = m.at(curves, d);
                double se = Math.sqrt(m.varianceAt(curves, d));
                line.append(String.format(Locale.ROOT, "  %-26s", String.format(Locale.ROOT, "%.3f (%.3f-%.3f)", v,
                        Math.max(0, v - CurveSamples.Z95 * se), Math.min(1, v + CurveSamples.Z95 * se))));
            }
            w.println(line);
        }
        Path dir = out.or(Path.of("results", "data-" + target.name()));
        Files.createDirectories(dir);
        List<Band> incidence = new ArrayList<>();
        StringBuilder csv = new StringBuilder("day,measure,value,lo95,hi95\n");
        for (Measure m : measures) {
            Band b = CurveSamples.band(curves, m, days, m.ending() == null ? "survival from breakdown"
                    : m.ending().label());
            if (m.ending() != null) {
                incidence.add(b);
            }
            for (int d = 0; d <= days; d++) {
                csv.append(d).append(',').append(m.label()).append(',').append(num(b.value()[d])).append(',')
                        .append(num(b.lower()[d])).append(',').append(num(b.upper()[d])).append('\n');
            }
        }
        AtomicFiles.writeText(dir.resolve("curves.csv"), o -> o.write(csv.toString()));
        String sub = target.spells().size() + " ceasefires, " + target.source() + "; shaded: pointwise 95% interval";
        ChartFiles.save(BandChart.create("Survival from breakdown: " + target.name(), sub,
                "share not broken down (other endings censor)",
                List.of(CurveSamples.band(curves, Measure.SURVIVAL, days, "observed (Kaplan-Meier)"))),
                dir, "survival", BandChart.WIDTH, BandChart.HEIGHT);
        if (!incidence.isEmpty()) {
            ChartFiles.save(BandChart.create("Cumulative incidence of each ending: " + target.name(), sub,
                    "share ended this way (Aalen-Johansen)", incidence), dir, "incidence", BandChart.WIDTH, BandChart.HEIGHT);
        }
        w.println("Wrote " + dir.resolve("curves.csv") + " and charts in " + dir);
        return ExitCodes.OK;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
