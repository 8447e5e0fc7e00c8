package truce.calibration;

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
        if (e == null || e == Ending.CENSORED) {
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
        return ending == null ? c.survival().survivalAt(day) : c.incidence().get(ending).at(day);
    }

    /** Its variance (Greenwood; delta method for incidence). */
    public double varianceAt(EndingCurves c, double day) {
        if (ending == null) {
            double se = c.survival().standardErrorAt(day);
            return se * se;
        }
        return c.incidence().get(ending).varianceAt(day);
    }

    /** Parses a label: {@code survival} or {@code incidence_<ending>}; null if it names none. */
    public static Measure parse(String text) {
        if (text.equals("survival")) {
            return SURVIVAL;
        }
        if (text.startsWith("incidence_")) {
            Ending e = Ending.parse(text.substring("incidence_".length()));
            return e == null || e == Ending.CENSORED ? null : incidence(e);
        }
        return null;
    }
}
