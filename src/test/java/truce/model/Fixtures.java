package truce.model;

import truce.scenario.ScenarioLoader;

/** Small scenarios for model tests, written as YAML so that every default applies. */
final class Fixtures {

    private Fixtures() {
    }

    /** Two states, no militants, no mediators, no noise: a quiet ceasefire. */
    static final String QUIET = """
            name: quiet
            horizon: 365
            states:
              a: {perceptionNoise: 0, aggression: 0}
              b: {perceptionNoise: 0, aggression: 0}
            """;

    static Scenario parse(String yaml) {
        return ScenarioLoader.parse(yaml, "fixture.yaml");
    }

    /** A model built and started (day 0 not yet run). */
    static TruceModel started(String yaml, long seed) {
        TruceModel m = new TruceModel(seed, parse(yaml), true);
        m.start();
        return m;
    }

    static StateSpec state(String yaml) {
        return parse("name: s\nstates:\n  a: " + yaml + "\n  b: {}\n").states().get("a");
    }
}
