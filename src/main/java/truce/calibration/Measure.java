package truce.calibration;

import truce.model.Ending;

/**
 * One curve a calibration compares: survival from breakdown, or the cumulative incidence of one
 * ending.
 *
 * @param ending null for survival from breakdown; else the ending whose cumulative incidence
 */
public record Measure(Ending ending) {

    /** Survival from breakdown (cause-specific Kaplan–Meier). */
    public static final Measure SURVIVAL = new Measure(null);

    /** The cumulative incidence of an event ending. */
    public static Measure incidence(Ending e) {
        if (e == null || e == Ending.IN_FORCE) {
            throw new IllegalArgumentException("incidence of an event ending, found " + e);
        }
        return new Measure(e);
    }

    /** The measure's name in files: {@code survival}, {@code incidence_breakdown}, ... */
    public String label() {
        return ending == null ? "survival" : "incidence_" + ending.label();
    }

    /** The measure's value on the curves at a day. */
    public double at(EndingCurves c, double day) {
        return ending == null ? c.survival().survivalAt(day) : c.incidence().incidenceAt(EndingCurves.cause(ending), day);
    }

    /** Its variance (Greenwood for survival; infinitesimal jackknife for incidence). */
    public double varianceAt(EndingCurves c, double day) {
        if (ending == null) {
            double se = c.survival().standardErrorAt(day);
            return se * se;
        }
        double se = c.incidence().standardErrorAt(EndingCurves.cause(ending), day);
        return se * se;
    }

    /** Parses a label: {@code survival} or {@code incidence_<ending>}; null if it names none. */
    public static Measure parse(String text) {
        if (text.equals("survival")) {
            return SURVIVAL;
        }
        if (text.startsWith("incidence_")) {
            String name = text.substring("incidence_".length());
            return EndingCurves.EVENTS.stream().filter(e -> e.label().equals(name)).findFirst()
                    .map(Measure::incidence).orElse(null);
        }
        return null;
    }
}
