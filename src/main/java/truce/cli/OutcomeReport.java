package truce.cli;

import java.io.PrintWriter;
import java.util.Locale;
import truce.model.CeasefireOutcome;
import truce.model.CollapseRule;
import truce.model.RunOutcome;
import truce.model.Scenario;
import truce.model.StateOutcome;

/**
 * Prints one run's outcome as a readable block. With several ceasefires it has a line per
 * ceasefire (key, parties, how and when it ended) and a line for the composite "every ceasefire
 * still in force"; with one, one line for it.
 */
final class OutcomeReport {

    private OutcomeReport() {
    }

    static void print(PrintWriter out, String file, Scenario scenario, RunOutcome o) {
        out.printf(Locale.ROOT, "Scenario          %s (%s)%n", scenario.name(), file);
        out.printf(Locale.ROOT, "Seed              %d%n", o.seed());
        if (o.ceasefires().size() > 1) {
            for (CeasefireOutcome c : o.ceasefires()) {
                out.printf(Locale.ROOT, "Ceasefire         %s%n", ceasefireLine(scenario, o, c));
            }
            out.printf(Locale.ROOT, "All ceasefires    %s%n", composite(scenario, o));
        } else {
            out.printf(Locale.ROOT, "Ceasefire         %s%n", verdict(scenario, o));
        }
        out.printf(Locale.ROOT, "Militant attacks  %d (%d mass-casualty), %.0f casualties%n",
                o.attacks(), o.massCasualtyAttacks(), o.casualties());
        out.printf(Locale.ROOT, "Talks             %d held, %d succeeded%n", o.talksHeld(), o.talksSucceeded());
        if (scenario.collapse().rule() == truce.model.CollapseRule.Rule.VIOLATIONS) {
            out.printf(Locale.ROOT, "Peak escalation   %.2f (major offensive at %.2f)%n",
                    o.peakEscalation(), scenario.collapse().offensiveEscalation());
        } else {
            out.printf(Locale.ROOT, "Peak escalation   %.2f (war when it reaches warCost + costs of defection"
                    + " + trustValue x trust)%n", o.peakEscalation());
        }
        out.println();
        out.printf(Locale.ROOT, "%-16s %10s %12s %10s %16s%n",
                "state", "violations", "final trust", "min trust", "peak escalation");
        for (StateOutcome s : o.states()) {
            out.printf(Locale.ROOT, "%-16s %10d %12.2f %10.2f %16.2f%n",
                    s.name(), s.violations(), s.finalTrust(), s.minTrust(), s.peakEscalation());
        }
    }

    /**
     * One ceasefire of several: {@code western (pakistan, taliban): COLLAPSED on day 405: pakistan
     * chose war over holding it}, and the scripted talks on it that fell after it ended.
     */
    static String ceasefireLine(Scenario scenario, RunOutcome o, CeasefireOutcome c) {
        String how = switch (c.ending()) {
            case SETTLEMENT -> "SETTLED on day " + c.endingDay() + ": superseded by a stronger agreement";
            case EXPIRY -> "EXPIRED on day " + c.endingDay() + ": its term ran out and it was not renewed";
            case IN_FORCE -> "SURVIVED to the horizon (day " + o.horizon() + ")";
            case BREAKDOWN -> switch (c.cause()) {
                case NONE -> "BROKE DOWN on day " + c.endingDay();
                case VIOLATIONS -> "COLLAPSED on day " + c.endingDay() + ": too many violations between its parties"
                        + " within " + collapseRule(scenario, c).windowDays() + " days";
                case OFFENSIVE -> "COLLAPSED on day " + c.endingDay() + ": escalation reached the major-offensive rung";
                case DECISION -> "COLLAPSED on day " + c.endingDay() + ": " + c.breaker() + " chose war over holding it";
            };
        };
        String notHeld = c.talksNotHeld() == 0 ? ""
                : "; " + c.talksNotHeld() + " scripted talks round" + (c.talksNotHeld() == 1 ? "" : "s")
                + " after it ended, not held";
        return c.key() + " (" + String.join(", ", scenario.ceasefires().get(c.key()).parties()) + "): " + how + notHeld;
    }

    /** The composite of several ceasefires: it ends with the first of them to end. */
    private static String composite(Scenario scenario, RunOutcome o) {
        CeasefireOutcome first = o.ceasefires().stream()
                .filter(c -> c.ending() != truce.model.Ending.IN_FORCE && c.endingDay() == o.endingDay())
                .findFirst().orElse(null);
        if (first == null) {
            return "SURVIVED: every ceasefire in force at the horizon (day " + o.horizon() + ")";
        }
        String ended = switch (o.ending()) {
            case BREAKDOWN -> "COLLAPSED";
            case SETTLEMENT -> "SETTLED";
            case EXPIRY -> "EXPIRED";
            case IN_FORCE -> "SURVIVED";
        };
        return ended + " on day " + o.endingDay() + ": " + first.key() + " ended first";
    }

    private static CollapseRule collapseRule(Scenario scenario, CeasefireOutcome c) {
        CollapseRule own = scenario.ceasefires().get(c.key()).collapse();
        return own != null ? own : scenario.collapse();
    }

    static String verdict(Scenario scenario, RunOutcome o) {
        return switch (o.ending()) {
            case SETTLEMENT -> "SETTLED on day " + o.endingDay() + ": superseded by a stronger agreement";
            case EXPIRY -> "EXPIRED on day " + o.endingDay() + ": its term ran out and it was not renewed";
            case IN_FORCE -> "SURVIVED all " + o.horizon() + " days";
            case BREAKDOWN -> breakdown(scenario, o);
        };
    }

    private static String breakdown(Scenario scenario, RunOutcome o) {
        return switch (o.cause()) {
            case NONE -> "BROKE DOWN on day " + o.collapseDay();
            case VIOLATIONS -> "COLLAPSED on day " + o.collapseDay() + ": "
                    + "too many state-on-state violations within " + scenario.collapse().windowDays() + " days";
            case OFFENSIVE -> "COLLAPSED on day " + o.collapseDay() + ": escalation reached the major-offensive rung";
            case DECISION -> "COLLAPSED on day " + o.collapseDay()
                    + ": a state chose war over holding the ceasefire";
        };
    }
}
