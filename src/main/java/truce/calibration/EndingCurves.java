package truce.calibration;

import java.util.List;
import java.util.Map;
import truce.model.Ending;
import truce.stats.AalenJohansen;
import truce.stats.CompetingSpell;
import truce.stats.CumulativeIncidence;
import truce.stats.SurvivalCurve;

/**
 * The curves of a group of spells: survival from breakdown (cause-specific Kaplan–Meier, the other
 * endings censoring, with Greenwood variances) and the cumulative incidence of each ending
 * (Aalen–Johansen, the endings competing, with infinitesimal-jackknife variances). Observed data
 * and simulated runs are summarised by this one class, so both sides are measured the same way.
 *
 * @param n number of spells
 * @param survival survival from breakdown
 * @param incidence cumulative incidence of each event ending (causes numbered as in {@link #EVENTS})
 */
public record EndingCurves(int n, SurvivalCurve survival, CumulativeIncidence incidence) {

    /** The endings that are events, in the order of their cause numbers 1, 2, 3. */
    public static final List<Ending> EVENTS = List.of(Ending.BREAKDOWN, Ending.SETTLEMENT, Ending.EXPIRY);

    /** The curves of at least one spell. */
    public static EndingCurves of(List<Observation> spells) {
        if (spells.isEmpty()) {
            throw new IllegalArgumentException("no spells");
        }
        CumulativeIncidence ci = AalenJohansen.estimate(spells.stream()
                .map(o -> new CompetingSpell(o.days(), cause(o.ending()))).toList(), EVENTS.size());
        return new EndingCurves(spells.size(), ci.causeSpecificKaplanMeier(cause(Ending.BREAKDOWN)), ci);
    }

    /** The cause number of an ending: 0 for in force (censored), else 1 + its place in {@link #EVENTS}. */
    public static int cause(Ending e) {
        return e == Ending.IN_FORCE ? 0 : EVENTS.indexOf(e) + 1;
    }

    /** Number of spells with each ending. */
    public static Map<Ending, Long> counts(List<Observation> spells) {
        Map<Ending, Long> out = new java.util.EnumMap<>(Ending.class);
        for (Ending e : Ending.values()) {
            out.put(e, spells.stream().filter(o -> o.ending() == e).count());
        }
        return out;
    }
}
