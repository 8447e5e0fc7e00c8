package truce.calibration;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import truce.stats.KaplanMeier;
import truce.stats.Spell;
import truce.stats.SurvivalCurve;

/**
 * The curves of a group of spells: survival from breakdown (cause-specific Kaplan–Meier, other
 * endings censoring) and the cumulative incidence of each ending (Aalen–Johansen, the endings
 * competing). Observed data and simulated runs are summarised by this one class, so both sides
 * are measured the same way.
 *
 * @param n number of spells
 * @param survival survival from breakdown, with Greenwood variances
 * @param incidence cumulative incidence of each event ending
 */
public record EndingCurves(int n, SurvivalCurve survival, Map<Ending, IncidenceCurve> incidence) {

    /** The curves of at least one spell. */
    public static EndingCurves of(List<Observation> spells) {
        if (spells.isEmpty()) {
            throw new IllegalArgumentException("no spells");
        }
        SurvivalCurve km = KaplanMeier.estimate(spells.stream()
                .map(o -> new Spell(o.days(), o.ending() == Ending.BREAKDOWN)).toList());
        Map<Ending, IncidenceCurve> cif = new EnumMap<>(Ending.class);
        for (Ending e : Ending.EVENTS) {
            cif.put(e, AalenJohansen.estimate(spells, e));
        }
        return new EndingCurves(spells.size(), km, Map.copyOf(cif));
    }

    /** Number of spells with each ending. */
    public static Map<Ending, Long> counts(List<Observation> spells) {
        Map<Ending, Long> out = new EnumMap<>(Ending.class);
        for (Ending e : Ending.values()) {
            out.put(e, spells.stream().filter(o -> o.ending() == e).count());
        }
        return out;
    }
}
