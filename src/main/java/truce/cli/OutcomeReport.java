package truce.cli;

import java.io.PrintWriter;
import java.util.Locale;
import truce.model.RunOutcome;
import truce.model.Scenario;
import truce.model.StateOutcome;

/** Prints one run's outcome as a readable block. */
final class OutcomeReport {

    private OutcomeReport() {
    }

    static void print(PrintWriter out, String file, Scenario scenario, RunOutcome o) {
        out.printf(Locale.ROOT, "Scenario          %s (%s)%n", scenario.name(), file);
        out.printf(Locale.ROOT, "Seed              %d%n", o.seed());
        out.printf(Locale.ROOT, "Ceasefire         %s%n", verdict(scenario, o));
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
