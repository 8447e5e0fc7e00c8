package truce.model;

/**
 * When the ceasefire is over (Richardson 1960's escalation ladder, made operational): it
 * collapses when at least {@code violations} state-on-state violations (by any state, plus
 * the agreement's tolerance) fall within {@code windowDays} days, or when any state's
 * escalation reaches {@code offensiveEscalation}, the "major offensive" rung.
 *
 * @param violations K, violations within the window that end a bare cessation
 * @param windowDays W, length of the sliding window
 * @param offensiveEscalation escalation level that means a major offensive
 * @param tolerancePerRung extra violations tolerated per rung of agreement strength
 */
public record CollapseRule(
        @Param(unit = "violations", min = 1, max = 1000, def = "3",
               doc = "K: state-on-state violations within the window that end a bare cessation")
        int violations,
        @Param(unit = "days", min = 1, max = 3650, def = "14",
               doc = "W: length of the sliding window in which violations are counted")
        int windowDays,
        @Param(unit = "level 0-1", min = 0.01, max = 1, def = "0.9",
               doc = "escalation of any state that means a major offensive and ends the ceasefire")
        double offensiveEscalation,
        @Param(unit = "violations", min = 0, max = 100, def = "1",
               doc = "extra violations tolerated per rung of agreement strength above a cessation")
        int tolerancePerRung) {
}
