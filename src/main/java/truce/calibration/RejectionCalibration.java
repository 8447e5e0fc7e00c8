package truce.calibration;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import truce.batch.Designs;
import truce.batch.DesignPoint;
import truce.batch.Progress;
import truce.batch.ResultsFolderException;
import truce.batch.Shard;
import truce.batch.SweepPlan;
import truce.batch.SweepRunner;
import truce.files.AtomicFiles;
import truce.model.Ending;
import truce.scenario.Axis;
import truce.scenario.Design;
import truce.scenario.DesignType;
import truce.scenario.SweepLoader;

/**
 * ABC rejection with regression adjustment over an ordinary sweep. The prior sample is written as
 * a sweep file, {@code prior-sweep.yaml} (a list design of Sobol or Latin-hypercube points mapped
 * through each prior's quantile function; replicates = the number of observed ceasefires), and
 * run by the sweep runner into {@code prior-sweep/}: so it streams, resumes, and can be cut into
 * shards for {@code truce slurm} and merged back into {@code prior-sweep/} like any sweep. The
 * ABC step then reads {@code runs.csv} point by point (memory grows with the points, not the runs).
 */
public final class RejectionCalibration {

    /** Names in the results folder. */
    public static final String SWEEP_FILE = "prior-sweep.yaml";
    public static final String SWEEP_DIR = "prior-sweep";
    private static final MathContext DIGITS = new MathContext(12);

    private RejectionCalibration() {
    }

    /** The prior sample's points: path to value text. */
    static List<Map<String, String>> points(CalibrationSpec spec) {
        List<Axis> unit = spec.priors().stream().map(p -> new Axis(p.path(), List.of(), 0, 1, 0, false)).toList();
        var b = spec.rejection();
        List<DesignPoint> raw = Designs.expand(new Design(b.sobol() ? DesignType.SOBOL : DesignType.LHS, unit,
                b.samples(), List.of()), spec.masterSeed());
        List<Map<String, String>> out = new ArrayList<>();
        for (DesignPoint p : raw) {
            Map<String, String> m = new LinkedHashMap<>();
            for (Prior prior : spec.priors()) {
                double x = prior.quantile(Double.parseDouble(p.values().get(prior.path())));
                x = Math.min(prior.upper(), Math.max(prior.lower(), x));
                m.put(prior.path(), new BigDecimal(x).round(DIGITS).stripTrailingZeros().toPlainString());
            }
            out.add(m);
        }
        return out;
    }

    /** The prior sweep's file text. */
    static String sweepText(CalibrationSpec spec, Path dir) {
        StringBuilder sb = new StringBuilder("# Written by truce calibrate: the prior sample of calibration '")
                .append(spec.name()).append("' as an ordinary sweep\n# (shard it with truce slurm, merge the shards into ")
                .append(SWEEP_DIR).append("/, then run truce calibrate again).\n");
        sb.append("name: ").append(spec.name()).append("-prior\n");
        Path rel = dir.toAbsolutePath().normalize().relativize(spec.scenario().toAbsolutePath().normalize());
        sb.append("scenario: '").append(rel.toString().replace("'", "''")).append("'\n");
        sb.append("replicates: ").append(spec.replicates()).append('\n');
        sb.append("masterSeed: ").append(spec.masterSeed()).append('\n');
        if (!spec.fixed().isEmpty()) {
            sb.append("set:\n");
            spec.fixed().forEach((k, v) -> sb.append("  '").append(k).append("': ").append(v).append('\n'));
        }
        sb.append("design:\n  type: list\n  points:\n");
        for (Map<String, String> p : points(spec)) {
            sb.append("    - {");
            int i = 0;
            for (var e : p.entrySet()) {
                sb.append(i++ > 0 ? ", " : "").append('\'').append(e.getKey()).append("': ").append(e.getValue());
            }
            sb.append("}\n");
        }
        return sb.toString();
    }

    /**
     * Runs (or resumes, or takes the merged shards of) the prior sweep and returns the posterior.
     */
    public static Population run(CalibrationSpec spec, Path dir, boolean force, int threads, String version,
                                 Progress progress) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(SWEEP_FILE);
        String text = sweepText(spec, dir);
        if (Files.exists(file) && !Files.readString(file, StandardCharsets.UTF_8).equals(text) && !force) {
            throw new ResultsFolderException(file + " holds the prior sample of a different calibration: use --force"
                    + " to overwrite it or --out to choose another folder");
        }
        AtomicFiles.writeText(file, o -> o.write(text));
        SweepPlan plan = SweepPlan.of(SweepLoader.load(file));
        SweepRunner.run(plan, dir.resolve(SWEEP_DIR), new SweepRunner.Options(threads, true, force, version, Shard.ALL),
                progress);
        return posterior(spec, dir.resolve(SWEEP_DIR).resolve(SweepRunner.RUNS));
    }

    /** The posterior from a finished prior sweep's runs.csv. */
    static Population posterior(CalibrationSpec spec, Path runs) throws IOException {
        EndingCurves observed = spec.target().curves();
        Distance distance = new Distance(spec.distance(), spec.statistics().of(observed),
                spec.statistics().variances(observed), spec.replicates());
        List<double[]> thetas = new ArrayList<>();
        List<double[]> summaries = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        // runs.csv names a swept path's column by its R-valid name (mediators.*.leverage -> mediators.all.leverage)
        List<String> columns = truce.batch.RunsCsv.columnNames(spec.priors().stream().map(p -> p.path()).toList());
        try (Reader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
            String point = null;
            double[] theta = null;
            List<Observation> spells = new ArrayList<>();
            for (CSVRecord r : format.parse(in)) {
                if (!r.get("point").equals(point)) {
                    if (point != null) {
                        thetas.add(theta);
                        summaries.add(spec.statistics().of(EndingCurves.of(spells)));
                    }
                    point = r.get("point");
                    theta = new double[spec.priors().size()];
                    for (int j = 0; j < theta.length; j++) {
                        theta[j] = Double.parseDouble(r.get(columns.get(j)));
                    }
                    spells = new ArrayList<>();
                }
                Ending ending = Ending.valueOf(r.get("ending").toUpperCase(java.util.Locale.ROOT));
                spells.add(new Observation(Integer.parseInt(r.get("ending_day")), ending));
            }
            if (point != null) {
                thetas.add(theta);
                summaries.add(spec.statistics().of(EndingCurves.of(spells)));
            }
        }
        var b = spec.rejection();
        return AbcRejection.posterior(spec.priors(), thetas.toArray(double[][]::new),
                summaries.toArray(double[][]::new), distance, b.accept(), b.adjust());
    }
}
