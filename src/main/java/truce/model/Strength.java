package truce.model;

/**
 * How far a ceasefire agreement goes (Fortna 2003, 2004; Clayton &amp; Sticher 2021): a bare
 * cessation of hostilities, a preliminary agreement, or a definitive one. Its rung (0, 1, 2)
 * scales what the agreement does to behaviour (see {@link Agreement}).
 */
public enum Strength {
    CESSATION, PRELIMINARY, DEFINITIVE;

    /** Rungs above a bare cessation: 0, 1 or 2. */
    public int rung() {
        return ordinal();
    }
}
