package truce.model;

/**
 * Why a ceasefire broke down, or {@link #NONE} if it did not: a state decided to resume war
 * ({@link #DECISION}), or, under the violations rule, too many violations within the window
 * ({@link #VIOLATIONS}) or escalation at the offensive rung ({@link #OFFENSIVE}).
 */
public enum CollapseCause {
    NONE, VIOLATIONS, OFFENSIVE, DECISION
}
