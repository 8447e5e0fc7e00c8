package truce.model;

/** Why a ceasefire ended, or {@link #NONE} if it survived to the horizon. */
public enum CollapseCause {
    NONE, VIOLATIONS, OFFENSIVE
}
