package truce.model;

import java.util.List;

/**
 * The state of one run at the end of one day, for trajectories and charts.
 *
 * @param day the day
 * @param trust each state's mean trust in its counterparts, in declaration order
 * @param escalation each state's escalation, in declaration order
 * @param attacks militant attacks that day
 * @param casualties casualties of those attacks
 * @param violations state-on-state violations that day
 * @param talksHeld talks rounds held that day
 * @param talksSucceeded talks rounds that succeeded that day
 * @param monitoring whether a monitoring mission was in place
 * @param inForce whether the ceasefire was still in force at the end of the day
 * @param attackCasualties the casualties of each of that day's attacks, in the order they came
 *     (empty when not recorded: then only the day's sum is known)
 */
public record DayRecord(int day, List<Double> trust, List<Double> escalation, int attacks,
                        double casualties, int violations, int talksHeld, int talksSucceeded,
                        boolean monitoring, boolean inForce, List<Double> attackCasualties) {

    public DayRecord {
        trust = List.copyOf(trust);
        escalation = List.copyOf(escalation);
        attackCasualties = List.copyOf(attackCasualties);
    }

    /** A day whose attacks are known only by their number and total casualties. */
    public DayRecord(int day, List<Double> trust, List<Double> escalation, int attacks, double casualties,
                     int violations, int talksHeld, int talksSucceeded, boolean monitoring, boolean inForce) {
        this(day, trust, escalation, attacks, casualties, violations, talksHeld, talksSucceeded, monitoring, inForce,
                List.of());
    }
}
