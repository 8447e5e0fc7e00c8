package truce.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** Militant groups: Poisson attacks cut by host restraint, Pareto casualties, attribution. */
class SpoilersTest {

    private static final String ONE_GROUP = """
            name: spoilers
            horizon: 2000
            collapse: {violations: 1000, offensiveEscalation: 1}
            states:
              a: {perceptionNoise: 0, aggression: 0, forgiveness: 1, control: %s, will: %s, grievance: 0}
              b: {perceptionNoise: 0, aggression: 0, forgiveness: 1, grievance: 0, reactivity: 0}
            militants:
              g: {host: a, target: b, attackRate: 1.0, spoilerBoost: 0, attribution: %s}
            """;

    @Test
    void hostRestraintCutsTheAttackRate() {
        // 2000 days of Poisson(1 x (1 - 0.8 x 0.5) = 0.6): mean 0.6, standard error sqrt(0.6/2000) = 0.017
        RunOutcome o = Simulation.run(Fixtures.parse(ONE_GROUP.formatted(0.8, 0.5, 0.5)), 5);
        assertEquals(0.6, o.attacks() / 2000.0, 4 * 0.017);
        RunOutcome free = Simulation.run(Fixtures.parse(ONE_GROUP.formatted(0, 0, 0.5)), 5);
        assertEquals(1.0, free.attacks() / 2000.0, 4 * Math.sqrt(1.0 / 2000));
    }

    @Test
    void attributedAttacksCostTheVictimsTrustAndUnattributedOnesDoNot() {
        RunOutcome blamed = Simulation.run(Fixtures.parse(ONE_GROUP.formatted(0, 0, 1.0)), 5);
        RunOutcome never = Simulation.run(Fixtures.parse(ONE_GROUP.formatted(0, 0, 0.0)), 5);
        assertTrue(blamed.states().get(1).minTrust() < 0.3, "b blames a for every attack: "
                + blamed.states().get(1).minTrust());
        assertEquals(0.5, never.states().get(1).minTrust(), 1e-12, "without blame b's trust never falls");
    }

    @Test
    void casualtiesAreParetoTailed() {
        GroupSpec g = Fixtures.parse(ONE_GROUP.formatted(0, 0, 0)).militants().get("g");
        MilitantGroup group = new MilitantGroup("g", 0, 0, 1, g);
        MersenneTwisterFast random = new MersenneTwisterFast(9);
        int n = 100_000;
        int mass = 0;
        double min = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double c = group.casualties(random);
            min = Math.min(min, c);
            if (c >= 10) {
                mass++;
            }
        }
        // Pareto(scale 2, tail 1.6): P(X >= 10) = (2/10)^1.6 = 0.0761; binomial s.e. over 1e5 = 0.00084
        assertEquals(Math.pow(0.2, 1.6), mass / (double) n, 5 * 0.00084);
        assertTrue(min >= 2.0, "no attack below the Pareto scale");
    }
}
