package truce.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import truce.model.Scenario;
import truce.scenario.ScenarioException;
import truce.scenario.ScenarioLoader;
import truce.scenario.ScenarioSource;
import truce.scenario.YamlFields;

/**
 * Reads calibration files:
 *
 * <pre>
 * name: open-ended
 * scenario: population.yaml            # relative to this file
 * target: targets/open-ended.yaml      # a target file, or a target mapping inline
 * set: {horizon: 365}                  # optional fixed overrides
 * priors:                              # uniform or logUniform [lower, upper]
 *   militants.*.attackRate: {logUniform: [0.01, 1]}
 *   states.*.forgiveness: {uniform: [0, 0.9]}
 * statistics:                          # optional
 *   days: [1, 3, 7, 14, 30, 60, 90, 180, 365]
 *   measures: [survival]               # survival, incidence_breakdown, ...
 * distance: greenwood                  # greenwood | sup
 * method: smc                          # smc | rejection
 * masterSeed: 1
 * smc: {particles: 200, quantile: 0.5, minAcceptance: 0.05, maxGenerations: 8, simulations: 4000}
 * rejection: {samples: 4000, design: sobol, accept: 0.05, adjust: true}
 * </pre>
 *
 * Each prior is checked against its parameter: the base scenario is bound with the prior's lower
 * and upper ends, so a path that names no parameter or a range outside the parameter's
 * {@code @Param} range is refused here, naming the prior's line.
 */
public final class CalibrationLoader {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Set<String> TOP = Set.of("name", "scenario", "target", "set", "priors", "statistics",
            "distance", "method", "masterSeed", "smc", "rejection");

    private CalibrationLoader() {
    }

    /** Reads and checks a calibration file. */
    public static CalibrationSpec load(Path path) {
        String file = path.toString();
        YamlFields y = YamlFields.read(path, file, "calibration");
        Path dir = path.getParent() == null ? Path.of("") : path.getParent();
        y.allow(TOP);
        String name = y.string("name");
        if (!NAME.matcher(name).matches()) {
            throw y.fail("name", "expected a name of letters, digits, '.', '_' or '-' (it names the results folder),"
                    + " found '" + name + "'");
        }
        Path scenario = dir.resolve(y.string("scenario")).normalize();
        ScenarioSource source;
        try {
            source = ScenarioLoader.read(scenario);
            source.scenario();
        } catch (ScenarioException e) {
            throw new ScenarioException(file, y.line("scenario"), "scenario", e.quoted());
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (y.has("set")) {
            YamlFields set = y.mapping("set");
            for (String k : set.keys()) {
                fixed.put(k, String.join(",", set.values(k)));
                lines.put("set." + k, set.line(k));
            }
        }
        Scenario base;
        try {
            base = source.scenario(fixed);
        } catch (ScenarioException e) {
            String key = "set." + e.path();
            throw new ScenarioException(file, lines.getOrDefault(key, y.line("set")), key, e.problem());
        }
        List<Prior> priors = priors(y.mapping("priors"), source, fixed);
        Target target = y.isMapping("target")
                ? TargetLoader.of(y.mapping("target"), dir, name)
                : TargetLoader.load(dir.resolve(y.string("target")).normalize());
        SummaryStatistics stats = statistics(y, base);
        Distance.Kind distance = Distance.Kind.GREENWOOD;
        if (y.has("distance")) {
            String d = y.string("distance");
            if (!d.equals("greenwood") && !d.equals("sup")) {
                throw y.fail("distance", "expected greenwood or sup, found '" + d + "'");
            }
            distance = d.equals("sup") ? Distance.Kind.SUP : Distance.Kind.GREENWOOD;
        }
        CalibrationSpec.Method method = CalibrationSpec.Method.SMC;
        if (y.has("method")) {
            String m = y.string("method");
            if (!m.equals("smc") && !m.equals("rejection")) {
                throw y.fail("method", "expected smc or rejection, found '" + m + "'");
            }
            method = m.equals("smc") ? CalibrationSpec.Method.SMC : CalibrationSpec.Method.REJECTION;
        }
        long seed = y.has("masterSeed") ? y.whole("masterSeed", Long.MIN_VALUE + 1, Long.MAX_VALUE, "seed") : 1;
        return new CalibrationSpec(name, file, scenario, fixed, priors, target, stats, distance, method, seed,
                smc(y), rejection(y), lines);
    }

    private static List<Prior> priors(YamlFields p, ScenarioSource source, Map<String, String> fixed) {
        if (p.keys().isEmpty()) {
            throw p.fail("", "expected at least one prior, found none");
        }
        List<Prior> out = new ArrayList<>();
        for (String path : p.keys()) {
            YamlFields range = p.mapping(path);
            range.allow(Set.of("uniform", "logUniform"));
            if (range.keys().size() != 1) {
                throw p.fail(path, "expected one of {uniform: [lower, upper]} or {logUniform: [lower, upper]}");
            }
            String kind = range.keys().get(0);
            List<String> ends = range.values(kind);
            double lo;
            double hi;
            try {
                if (ends.size() != 2) {
                    throw new NumberFormatException();
                }
                lo = Double.parseDouble(ends.get(0));
                hi = Double.parseDouble(ends.get(1));
            } catch (NumberFormatException e) {
                throw range.fail(kind, "expected [lower, upper], two numbers, found " + ends);
            }
            boolean log = kind.equals("logUniform");
            if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi) || (log && !(lo > 0))) {
                throw range.fail(kind, "expected lower < upper" + (log ? " and lower > 0" : "") + ", found [" + lo
                        + ", " + hi + "]");
            }
            for (double end : new double[] {lo, hi}) {
                Map<String, Object> o = new LinkedHashMap<>(fixed);
                o.put(path, end);
                try {
                    source.scenario(o);
                } catch (ScenarioException e) {
                    throw p.fail(path, "the prior's range [" + lo + ", " + hi + "] does not fit the parameter: "
                            + e.problem());
                }
            }
            out.add(new Prior(path, log, lo, hi));
        }
        return out;
    }

    private static SummaryStatistics statistics(YamlFields y, Scenario base) {
        List<Integer> days = SummaryStatistics.DEFAULT_DAYS;
        List<Measure> measures = SimulatedSpells.defaultMeasures();
        if (y.has("statistics")) {
            YamlFields s = y.mapping("statistics");
            s.allow(Set.of("days", "measures"));
            if (s.has("days")) {
                days = new ArrayList<>();
                for (String d : s.values("days")) {
                    int day;
                    try {
                        day = Integer.parseInt(d);
                    } catch (NumberFormatException e) {
                        day = -1;
                    }
                    if (day < 0 || (!days.isEmpty() && day <= days.get(days.size() - 1))) {
                        throw s.fail("days", "expected whole days >= 0 in increasing order, found " + d);
                    }
                    days.add(day);
                }
            }
            if (s.has("measures")) {
                measures = new ArrayList<>();
                for (String m : s.values("measures")) {
                    Measure measure = Measure.parse(m);
                    if (measure == null) {
                        throw s.fail("measures", "expected survival or incidence_<ending> (breakdown, settlement,"
                                + " expiry), found '" + m + "'");
                    }
                    measures.add(measure);
                }
            }
        }
        int last = days.get(days.size() - 1);
        if (base.horizon() < last) {
            throw y.fail(y.has("statistics") ? "statistics" : "scenario", "expected the scenario's horizon to reach"
                    + " the last day compared, " + last + ", found horizon " + base.horizon()
                    + " (set it with set: {horizon: " + last + "})");
        }
        return new SummaryStatistics(days, measures);
    }

    private static CalibrationSpec.SmcBudget smc(YamlFields y) {
        int particles = 200;
        double quantile = 0.5;
        double minAcceptance = 0.05;
        int generations = 8;
        long simulations = 4000;
        if (y.has("smc")) {
            YamlFields s = y.mapping("smc");
            s.allow(Set.of("particles", "quantile", "minAcceptance", "maxGenerations", "simulations"));
            particles = s.has("particles") ? (int) s.whole("particles", 10, 1_000_000, "particles") : particles;
            quantile = s.has("quantile") ? share(s, "quantile", false) : quantile;
            minAcceptance = s.has("minAcceptance") ? share(s, "minAcceptance", true) : minAcceptance;
            generations = s.has("maxGenerations") ? (int) s.whole("maxGenerations", 1, 1000, "generations") : generations;
            simulations = s.has("simulations")
                    ? s.whole("simulations", particles, Long.MAX_VALUE, "parameter sets simulated") : simulations;
            if (simulations < particles) {
                throw s.fail("simulations", "expected at least as many simulations as particles (" + particles
                        + "), found " + simulations);
            }
        }
        return new CalibrationSpec.SmcBudget(particles, quantile, minAcceptance, generations, Math.max(simulations, particles));
    }

    private static CalibrationSpec.RejectionBudget rejection(YamlFields y) {
        int samples = 4000;
        boolean sobol = true;
        double accept = 0.05;
        boolean adjust = true;
        if (y.has("rejection")) {
            YamlFields r = y.mapping("rejection");
            r.allow(Set.of("samples", "design", "accept", "adjust"));
            samples = r.has("samples") ? (int) r.whole("samples", 10, 1_000_000, "parameter sets") : samples;
            if (r.has("design")) {
                String d = r.string("design");
                if (!d.equals("sobol") && !d.equals("lhs")) {
                    throw r.fail("design", "expected sobol or lhs, found '" + d + "'");
                }
                sobol = d.equals("sobol");
            }
            accept = r.has("accept") ? share(r, "accept", false) : accept;
            adjust = !r.has("adjust") || r.bool("adjust");
        }
        return new CalibrationSpec.RejectionBudget(samples, sobol, accept, adjust);
    }

    private static double share(YamlFields y, String key, boolean zeroAllowed) {
        double v = y.number(key);
        if (!(v < 1) || !(zeroAllowed ? v >= 0 : v > 0)) {
            throw y.fail(key, "expected a share in " + (zeroAllowed ? "[0, 1)" : "(0, 1)") + ", found " + v);
        }
        return v;
    }
}
