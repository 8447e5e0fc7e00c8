package truce.calibration;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How an observed (or simulated) ceasefire's spell ended. Breakdown, settlement and expiry are
 * competing endings; {@link #CENSORED} means it was still in force when observation stopped.
 *
 * <p>ETH/PRIO's "superseded by a new arrangement" (ended 4) counts as settlement: the ceasefire
 * ended because the parties replaced it by agreement, which is what the model's settlement
 * stands for.
 */
public enum Ending {
    /** The ceasefire broke down (ETH/PRIO ended 2). */
    BREAKDOWN,
    /** Replaced by a settlement or a new arrangement (ETH/PRIO ended 4). */
    SETTLEMENT,
    /** A fixed-term ceasefire ran out (ETH/PRIO ended 1). */
    EXPIRY,
    /** Still in force when observation stopped (right-censored). */
    CENSORED;

    /** The ending's name in files: {@code breakdown}, {@code settlement}, {@code expiry}, {@code censored}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The endings that are events (all but censored). */
    public static final java.util.List<Ending> EVENTS = java.util.List.of(BREAKDOWN, SETTLEMENT, EXPIRY);

    /**
     * The ending named by a label.
     *
     * @return the ending, or null if the text names none
     */
    public static Ending parse(String text) {
        for (Ending e : values()) {
            if (e.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        return null;
    }

    /** The labels, for messages: {@code breakdown, settlement, expiry, censored}. */
    public static String labels() {
        return Arrays.stream(values()).map(Ending::label).collect(Collectors.joining(", "));
    }
}
