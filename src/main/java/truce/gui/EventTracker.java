package truce.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import truce.model.Ceasefire;
import truce.model.Mediator;
import truce.model.MilitantGroup;
import truce.model.StateAgent;
import truce.model.TruceModel;

/**
 * Who did what today: called right after each day, it compares each actor's running counts
 * (attacks launched, violations committed, talks convened) with the day before, so that the
 * display can flash today's events on the actors involved.
 *
 * <p>A mediator that held more than one round in a day with different results shows
 * {@link Talks#MIXED}.
 */
final class EventTracker {

    /** Today's talks of one mediator. */
    enum Talks { NONE, SUCCEEDED, FAILED, MIXED }

    private int day = -1;
    private int[] attacksBefore = new int[0];
    private int[] violationsBefore = new int[0];
    private int[] talksBefore = new int[0];
    private int[] succeededBefore = new int[0];

    private int[] attacksByGroup = new int[0];
    private int[] attacksOnState = new int[0];
    private int[] violationsByState = new int[0];
    private int[][] violationsPairBefore = new int[0][0];
    private int[][] violationsPair = new int[0][0];
    private Talks[] talks = new Talks[0];
    // read by the Model tab on the Swing thread while the model's thread writes them
    private volatile String summary = "";
    private volatile String status = "";
    private volatile boolean inForce = true;

    /** Forgets everything: call when a new model has been started, before its first day. */
    void reset(TruceModel model) {
        day = -1;
        attacksBefore = new int[model.getGroups().size()];
        violationsBefore = new int[model.getStateAgents().size()];
        talksBefore = new int[model.getMediators().size()];
        succeededBefore = new int[talksBefore.length];
        attacksByGroup = new int[attacksBefore.length];
        attacksOnState = new int[violationsBefore.length];
        violationsByState = new int[violationsBefore.length];
        violationsPairBefore = new int[violationsBefore.length][violationsBefore.length];
        violationsPair = new int[violationsBefore.length][violationsBefore.length];
        talks = new Talks[talksBefore.length];
        java.util.Arrays.fill(talks, Talks.NONE);
        summary = "press play (\u25B6) or step to start day 0";
        status = "before day 0  \u00b7  " + describe(model.getCeasefire());
        inForce = true;
    }

    /** Reads today's events off the model; call once a day, after the day has run. */
    void update(TruceModel model) {
        day = model.day();
        List<MilitantGroup> groups = model.getGroups();
        java.util.Arrays.fill(attacksOnState, 0);
        for (int g = 0; g < groups.size(); g++) {
            int total = groups.get(g).getAttacks();
            attacksByGroup[g] = total - attacksBefore[g];
            attacksBefore[g] = total;
            attacksOnState[groups.get(g).targetIndex()] += attacksByGroup[g];
        }
        List<StateAgent> states = model.getStateAgents();
        for (int s = 0; s < states.size(); s++) {
            int total = states.get(s).getViolations();
            violationsByState[s] = total - violationsBefore[s];
            violationsBefore[s] = total;
            for (int j = 0; j < states.size(); j++) {
                int pair = states.get(s).violationsAgainst(j);
                violationsPair[s][j] = pair - violationsPairBefore[s][j];
                violationsPairBefore[s][j] = pair;
            }
        }
        List<Mediator> mediators = model.getMediators();
        for (int m = 0; m < mediators.size(); m++) {
            int total = mediators.get(m).getTalksConvened();
            int ok = mediators.get(m).getTalksSucceeded();
            int held = total - talksBefore[m];
            int succeeded = ok - succeededBefore[m];
            talksBefore[m] = total;
            succeededBefore[m] = ok;
            talks[m] = held == 0 ? Talks.NONE
                    : succeeded == held ? Talks.SUCCEEDED
                    : succeeded == 0 ? Talks.FAILED
                    : Talks.MIXED;
        }
        status = "day " + day + " of " + model.scenario().horizon() + "  \u00b7  "
                + describe(model.getCeasefire());
        inForce = model.getCeasefire().getInForce();
        summary = summarize(model, mediators);
    }

    private String summarize(TruceModel model, List<Mediator> mediators) {
        List<String> parts = new ArrayList<>();
        int attacks = model.getAttacksToday();
        parts.add(attacks == 0 ? "no attacks"
                : plural(attacks, "attack") + String.format(Locale.ROOT, " (%.0f casualties)",
                        model.getCasualtiesToday()));
        parts.add(model.getViolationsToday() == 0 ? "no violations"
                : plural(model.getViolationsToday(), "violation"));
        List<String> talked = new ArrayList<>();
        for (int m = 0; m < mediators.size(); m++) {
            if (talks[m] != Talks.NONE) {
                talked.add(mediators.get(m).getName() + " " + talks[m].name().toLowerCase(Locale.ROOT));
            }
        }
        parts.add(talked.isEmpty() ? "no talks" : "talks: " + String.join(", ", talked));
        return "today: " + String.join("  \u00b7  ", parts);
    }

    /** "ceasefire in force (preliminary, monitored)" or "ceasefire COLLAPSED on day 36 (violations)". */
    static String describe(Ceasefire c) {
        if (c.getInForce()) {
            return "ceasefire in force (" + c.getStrength() + ", "
                    + (c.getMonitoring() ? "monitored" : "not monitored") + ")";
        }
        if (!"breakdown".equals(c.getEnding())) {
            return "ceasefire ended on day " + c.getEndingDay() + " (" + c.getEnding() + ")";
        }
        return "ceasefire COLLAPSED on day " + c.getCollapseDay()
                + ("none".equals(c.getCause()) ? "" : " (" + c.getCause() + ")");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The last day read, or -1 before the first. */
    int day() {
        return day;
    }

    /** Attacks group {@code g} launched today. */
    int attacksBy(int g) {
        return g < attacksByGroup.length ? attacksByGroup[g] : 0;
    }

    /** Militant attacks on state {@code s} today. */
    int attacksOn(int s) {
        return s < attacksOnState.length ? attacksOnState[s] : 0;
    }

    /** Violations state {@code s} committed today. */
    int violationsBy(int s) {
        return s < violationsByState.length ? violationsByState[s] : 0;
    }

    /** Violations state {@code s} committed today against state {@code j}. */
    int violationsBy(int s, int j) {
        return s < violationsPair.length && j < violationsPair.length ? violationsPair[s][j] : 0;
    }

    /** Today's talks of mediator {@code m}. */
    Talks talks(int m) {
        return m < talks.length ? talks[m] : Talks.NONE;
    }

    /** One line: the day and the ceasefire's status. */
    String status() {
        return status;
    }

    /** Whether the ceasefire was in force at the end of the last day read. */
    boolean inForce() {
        return inForce;
    }

    /** One line: today's attacks, violations and talks. */
    String summary() {
        return summary;
    }
}
