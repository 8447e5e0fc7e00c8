package truce.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import truce.files.AtomicFiles;
import truce.batch.ResultsFolderException;
import truce.batch.Seeds;
import truce.scenario.ScenarioFingerprint;
import truce.scenario.ScenarioLoader;

/**
 * ABC-SMC calibration into a results folder. After each generation its population is written to
 * {@code population-g<N>.csv} and then {@code generations.csv} is rewritten with the new row (both
 * atomically), so a killed calibration resumes from its last complete generation with nothing
 * lost or doubled; the result is the same as an uninterrupted run's.
 */
public final class SmcCalibration {

    /** Files in the results folder. */
    public static final String GENERATIONS = "generations.csv";
    public static final String IDENTITY = "calibration.txt";
    static final String HEADER = "generation,tolerance,acceptance_rate,ess,simulations,total_simulations";

    private SmcCalibration() {
    }

    /**
     * Runs (or resumes) the calibration.
     *
     * @return the last generation
     * @throws ResultsFolderException if the folder holds another calibration, or this one without resume or force
     */
    public static Generation run(CalibrationSpec spec, Path dir, boolean resume, boolean force, int threads,
                                 java.util.function.Consumer<Generation> progress) throws IOException {
        Files.createDirectories(dir);
        String identity = identity(spec);
        Generation from = prepare(spec, dir, identity, resume, force);
        AtomicFiles.writeText(dir.resolve(IDENTITY), o -> o.write(identity));
        List<String> paths = spec.priors().stream().map(Prior::path).toList();
        EndingCurves observed = spec.target().curves();
        Distance distance = new Distance(spec.distance(), spec.statistics().of(observed),
                spec.statistics().variances(observed), spec.replicates());
        var b = spec.smc();
        AbcSmc smc = new AbcSmc(spec.priors(), new TruceSimulator(spec), distance,
                new AbcSmc.Settings(b.particles(), b.quantile(), b.minAcceptance(), b.simulations(), b.maxGenerations(),
                        spec.masterSeed(), threads));
        StringBuilder rows = new StringBuilder();
        if (from != null) {
            rows.append(Files.readString(dir.resolve(GENERATIONS), StandardCharsets.UTF_8));
        } else {
            rows.append(HEADER).append('\n');
        }
        Generation last = smc.run(from, g -> {
            PosteriorCsv.write(dir.resolve(population(g.index())), paths, g.population());
            rows.append(String.format(Locale.ROOT, "%d,%s,%.6f,%.3f,%d,%d%n", g.index(), g.tolerance(),
                    g.acceptanceRate(), g.population().effectiveSize(), g.simulations(), g.totalSimulations()));
            AtomicFiles.writeText(dir.resolve(GENERATIONS), o -> o.write(rows.toString()));
            progress.accept(g);
        });
        if (last == null) {
            throw new IllegalStateException("the budget allowed no complete generation");
        }
        return last;
    }

    /** The rows of {@code generations.csv}, for the report. */
    public static List<List<String>> rows(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(GENERATIONS), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(l -> List.of(l.split(","))).toList();
    }

    static String population(int g) {
        return String.format(Locale.ROOT, "population-g%03d.csv", g);
    }

    /** What decides the calibration's results (budget limits aside, so a resumed run may be given more). */
    static String identity(CalibrationSpec spec) {
        StringBuilder sb = new StringBuilder("truce abc-smc\n");
        sb.append("scenario ").append(Seeds.sha256Hex(ScenarioFingerprint.text(ScenarioLoader.read(spec.scenario()).scenario(spec.fixed())))).append('\n');
        spec.priors().forEach(p -> sb.append("prior ").append(p).append('\n'));
        sb.append("target ").append(Seeds.sha256Hex(spec.target().spells().toString())).append('\n');
        sb.append("statistics ").append(spec.statistics()).append('\n');
        sb.append("distance ").append(spec.distance()).append('\n');
        sb.append("masterSeed ").append(spec.masterSeed()).append('\n');
        sb.append("particles ").append(spec.smc().particles()).append(" quantile ").append(spec.smc().quantile()).append('\n');
        return sb.toString();
    }

    private static Generation prepare(CalibrationSpec spec, Path dir, String identity, boolean resume, boolean force)
            throws IOException {
        Path id = dir.resolve(IDENTITY);
        Path gens = dir.resolve(GENERATIONS);
        if (force || !Files.exists(id)) {
            if (!force && Files.exists(gens)) {
                throw new ResultsFolderException(dir + " has a " + GENERATIONS + " but no " + IDENTITY
                        + ", so it cannot be checked; use --force to overwrite it or --out to choose another folder");
            }
            return null;
        }
        if (!Files.readString(id, StandardCharsets.UTF_8).equals(identity)) {
            throw new ResultsFolderException(dir + " holds the results of a different calibration: use --force to"
                    + " overwrite it or --out to choose another folder");
        }
        if (!Files.exists(gens)) {
            return null;
        }
        if (!resume) {
            throw new ResultsFolderException(dir + " already holds this calibration's results: use --resume to"
                    + " continue it, --force to start again, or --out to choose another folder");
        }
        List<String> lines = Files.readAllLines(gens, StandardCharsets.UTF_8);
        if (lines.size() < 2) {
            return null;
        }
        String[] last = lines.get(lines.size() - 1).split(",");
        String shown = gens.toString();
        try {
            int g = Integer.parseInt(last[0]);
            double tolerance = Double.parseDouble(last[1]);
            long sims = Long.parseLong(last[4]);
            long total = Long.parseLong(last[5]);
            Population p = PosteriorCsv.read(dir.resolve(population(g)), dir.resolve(population(g)).toString()).population();
            return new Generation(g, tolerance, sims, total, p);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new truce.scenario.ScenarioException(shown, lines.size(), "", "expected " + HEADER
                    + ", found '" + lines.get(lines.size() - 1) + "'");
        }
    }
}
