package truce.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import truce.scenario.ScenarioLoader;

/**
 * The measurements of issue 14, re-runnable: each experiment runs seeds 1..n of a scenario
 * (with overrides and, where needed, its events changed) and prints one line of figures.
 * Run with {@code scripts/measure.sh [n]}; the output of each version of the model is kept in
 * {@code docs/measurements/}. Not a test: it asserts nothing, it measures.
 */
public final class Measurements {

    private static final Path BASELINE = Path.of("scenarios/baseline-2025.yaml");
    private static final Path GENERIC = Path.of("src/test/resources/scenarios/generic.yaml");

    private Measurements() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        System.out.println(Figures.HEADER);
        if (args.length > 1) { // n FILE key=value...: one scenario, with and without its script
            Map<String, Object> o = new LinkedHashMap<>();
            for (int i = 2; i < args.length; i++) {
                String[] kv = args[i].split("=", 2);
                o.put(kv[0], kv[1]);
            }
            print(args[1], Path.of(args[1]), n, o, UnaryOperator.identity());
            print(args[1] + " (no script)", Path.of(args[1]), n, o, Measurements::noEvents);
            return;
        }
        for (String s : new String[] {"cessation", "preliminary", "definitive"}) {
            print("strength " + s, BASELINE, n, Map.of("agreement.strength", s), UnaryOperator.identity());
        }
        for (String s : new String[] {"cessation", "preliminary", "definitive"}) {
            print("strength " + s + " (no script)", BASELINE, n, Map.of("agreement.strength", s), Measurements::noEvents);
        }
        for (boolean m : new boolean[] {false, true}) {
            print("monitoring from day 0 " + m + " (no script)", BASELINE, n,
                    Map.of("agreement.monitoring", m), Measurements::noEvents);
        }
        for (double lev : new double[] {0.1, 0.5, 0.9}) {
            print("leverage " + lev, BASELINE, n, Map.of("mediators.*.leverage", lev), UnaryOperator.identity());
        }
        print("no talks convened by the model", BASELINE, n, noTalks(), UnaryOperator.identity());
        for (double lev : new double[] {0.1, 0.5, 0.9}) {
            print("leverage " + lev + " (no script)", BASELINE, n, Map.of("mediators.*.leverage", lev), Measurements::noEvents);
        }
        print("no mediation (no script)", BASELINE, n, noTalks(), Measurements::noEvents);
        print("demand gap 0", BASELINE, n, gap(0), UnaryOperator.identity());
        print("demand gap 1", BASELINE, n, gap(1), Measurements::noDemandEvents);
        print("demand gap 0 (no script)", BASELINE, n, gap(0), Measurements::noEvents);
        print("demand gap 1 (no script)", BASELINE, n, gap(1), Measurements::noEvents);
        print("baseline", BASELINE, n, Map.of(), UnaryOperator.identity());
        print("baseline without events", BASELINE, n, Map.of(), Measurements::noEvents);
        print("baseline, 300-casualty BLA attack day 60", BASELINE, n, Map.of(), s -> withAttack(s, "bla", 60, false));
        print("baseline, 300-casualty unblamed TTP attack day 60", BASELINE, n, Map.of(), s -> withAttack(s, "ttp", 60, false));
        print("baseline, 300-casualty blamed TTP attack day 60", BASELINE, n, Map.of(), s -> withAttack(s, "ttp", 60, true));
        for (double f : new double[] {0, 0.33, 0.66, 0.9, 1}) {
            print("forgiveness " + f + " (generic, noise 0.03, no militants)", GENERIC, n, Map.of(
                    "militants.spoiler.attackRate", 0, "states.*.perceptionNoise", 0.03,
                    "states.*.forgiveness", f), UnaryOperator.identity());
        }
        for (double f : new double[] {0, 0.33, 0.66, 0.9, 1}) {
            print("forgiveness " + f + " (generic, accidents 0.02, opportunist east)", GENERIC, n, Map.of(
                    "militants.spoiler.attackRate", 0, "states.*.perceptionNoise", 0, "states.*.accidents", 0.02,
                    "states.east.opportunism", 0.2, "states.*.forgiveness", f), UnaryOperator.identity());
        }
        print("generic", GENERIC, n, Map.of(), UnaryOperator.identity());
        print("population (no script)", Path.of("scenarios/population.yaml"), n, Map.of(), UnaryOperator.identity());
    }

    private static Map<String, Object> noTalks() {
        return Map.of("mediators.*.escalationTrigger", 1.0, "mediators.*.talksEvery", 0);
    }

    private static Map<String, Object> gap(double g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("states.*.demand", g);
        m.put("states.*.concession", g == 0 ? 0.5 : 0.0);
        return m;
    }

    private static void print(String name, Path file, int n, Map<String, ?> overrides, UnaryOperator<Scenario> change) {
        Scenario s = change.apply(ScenarioLoader.load(file, expand(file, overrides)));
        Figures f = new Figures(s);
        for (long seed = 1; seed <= n; seed++) {
            f.add(Simulation.runRecorded(s, seed));
        }
        System.out.println(f.line(name));
    }

    /** Overrides with {@code *} in place of a name (as sweeps allow) set that key for every actor. */
    static Map<String, Object> expand(Path file, Map<String, ?> overrides) {
        Scenario base = ScenarioLoader.load(file);
        Map<String, Object> out = new LinkedHashMap<>();
        overrides.forEach((k, v) -> {
            String[] parts = k.split("\\.", 3);
            if (parts.length == 3 && parts[1].equals("*")) {
                Map<String, ?> section = switch (parts[0]) {
                    case "states" -> base.states();
                    case "militants" -> base.militants();
                    default -> base.mediators();
                };
                section.keySet().forEach(name -> out.put(parts[0] + "." + name + "." + parts[2], v));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    static Scenario noEvents(Scenario s) {
        return s.withEvents(List.of());
    }

    static Scenario noDemandEvents(Scenario s) {
        return s.withEvents(s.events().stream().filter(e -> e.type() != EventType.DEMAND).toList());
    }

    static Scenario withAttack(Scenario s, String group, int day, boolean blamed) {
        List<EventSpec> events = new ArrayList<>(s.events());
        events.add(new EventSpec(day, EventType.ATTACK, "measurement", group, 300.0, blamed,
                null, null, TalksOutcome.MODEL, null, null, null, null, null, true));
        return s.withEvents(events);
    }

    /** Figures accumulated over the runs of one experiment. */
    private static final class Figures {

        static final String HEADER = String.format(Locale.ROOT,
                "%-58s %5s %6s %6s %8s %7s %7s %7s %6s %6s %7s %7s %7s %6s %5s %5s %s", "experiment", "n", "S50",
                "S365", "viol/100d", "talks/r", "succ%", "modelS%", "multi", "d36-49", "d60-79", "offens",
                "hz>50", "early/late", "bd<=7", "bdMed", "endings");

        final Scenario scenario;
        final int[] scriptedTalks;
        int runs;
        int alive50;
        int survived;
        long violations;
        long daysAtRisk;
        long talksHeld;
        long talksSucceeded;
        long modelHeld;
        long modelSucceeded;
        long multiRoundDays;
        int collapses;
        int collapses36to49;
        int alive60;
        int collapse60to79;
        int offensive60to79;
        long exposureAfter50;
        int collapsesAfter50;
        long exposureEarly;
        int collapsesEarly;
        final Map<String, Integer> endings = new LinkedHashMap<>();
        final List<Integer> breakdownDays = new ArrayList<>();

        Figures(Scenario s) {
            this.scenario = s;
            scriptedTalks = new int[s.horizon()];
            for (EventSpec e : s.events()) {
                if (e.type() == EventType.TALKS) {
                    scriptedTalks[e.day()]++;
                }
            }
        }

        void add(RecordedRun r) {
            RunOutcome o = r.outcome();
            runs++;
            int end = o.survived() ? o.horizon() : o.collapseDay() + 1;
            daysAtRisk += end;
            violations += o.violations();
            talksHeld += o.talksHeld();
            talksSucceeded += o.talksSucceeded();
            for (DayRecord d : r.trajectory().days()) {
                int scripted = scriptedTalks[d.day()];
                modelHeld += d.talksHeld() - scripted;
                if (d.talksHeld() - scripted > 1) {
                    multiRoundDays++;
                }
            }
            modelSucceeded += o.talksSucceeded() - scriptedSuccesses(end);
            if (o.collapseDay() > 50) {
                alive50++;
                exposureAfter50 += end - 51;
                if (!o.survived()) {
                    collapsesAfter50++;
                }
            }
            exposureEarly += Math.min(end, 60);
            if (o.survived()) {
                survived++;
            } else {
                collapses++;
                if (o.collapseDay() < 60) {
                    collapsesEarly++;
                }
                if (o.collapseDay() >= 36 && o.collapseDay() <= 49) {
                    collapses36to49++;
                }
            }
            if (o.collapseDay() >= 60) {
                alive60++;
                if (!o.survived() && o.collapseDay() < 80) {
                    collapse60to79++;
                    if (o.cause() == CollapseCause.OFFENSIVE || o.cause() == CollapseCause.DECISION) {
                        offensive60to79++;
                    }
                }
            }
            endings.merge(ending(o), 1, Integer::sum);
            if (!o.survived()) {
                breakdownDays.add(o.collapseDay() - scenario.startDay());
            }
        }

        private int scriptedSuccesses(int end) {
            int k = 0;
            for (EventSpec e : scenario.events()) {
                if (e.type() == EventType.TALKS && e.day() < end && e.outcome() == TalksOutcome.SUCCESS) {
                    k++;
                }
            }
            return k;
        }

        static String ending(RunOutcome o) {
            return o.ending() == Ending.BREAKDOWN ? o.cause().name().toLowerCase(Locale.ROOT) : o.ending().label();
        }

        String line(String name) {
            double late = (collapses - collapsesEarly) / (double) Math.max(1, daysAtRisk - exposureEarly);
            double early = collapsesEarly / (double) Math.max(1, exposureEarly);
            return String.format(Locale.ROOT,
                    "%-58s %5d %6.3f %6.3f %8.2f %7.2f %7.1f %7.1f %6.3f %6.2f %7.3f %7.2f %7.4f %6.1f %5.2f %5d %s", name,
                    runs, alive50 / (double) runs, survived / (double) runs, 100.0 * violations / daysAtRisk,
                    talksHeld / (double) runs, 100.0 * talksSucceeded / Math.max(1, talksHeld),
                    100.0 * modelSucceeded / Math.max(1, modelHeld), multiRoundDays / (double) runs,
                    collapses36to49 / (double) Math.max(1, collapses),
                    collapse60to79 / (double) Math.max(1, alive60),
                    offensive60to79 / (double) Math.max(1, collapse60to79),
                    collapsesAfter50 / (double) Math.max(1, exposureAfter50),
                    late > 0 ? early / late : Double.POSITIVE_INFINITY,
                    breakdownDays.stream().filter(d -> d <= 7).count() / (double) Math.max(1, breakdownDays.size()),
                    breakdownDays.isEmpty() ? -1 : breakdownDays.stream().sorted().toList().get(breakdownDays.size() / 2),
                    endings);
        }
    }
}
