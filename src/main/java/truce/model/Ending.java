package truce.model;

/**
 * How a ceasefire's spell ended (the ETH/PRIO ceasefire data's competing endings; Fortna 2004).
 * Endings compete: the first one to happen ends the spell, and the others can no longer happen.
 */
public enum Ending {
    /** A party resumed war (or the collapse rule fired). */
    BREAKDOWN,
    /** Superseded by a stronger agreement as the peace process matured. */
    SETTLEMENT,
    /** A fixed-term ceasefire reached its term and was not renewed. */
    EXPIRY,
    /** Still in force at the horizon (censored). */
    IN_FORCE;

    /** The lower-case name used in files and reports, e.g. {@code in_force}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The ending with this {@link #label()}, or null if there is none. */
    public static Ending fromLabel(String label) {
        for (Ending e : values()) {
            if (e.label().equals(label)) {
                return e;
            }
        }
        return null;
    }
}
