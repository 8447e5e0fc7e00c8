package truce.model;

/**
 * How a breakdown is decided. Under {@link Rule#DECISION} (the default) a state resumes war
 * when holding the ceasefire is worth less than fighting (see {@link Ceasefire}); the same rule
 * applies to every agreement strength. {@link Rule#VIOLATIONS} is the older mechanical rule,
 * kept as an option: at least {@code violations} state-on-state violations within
 * {@code windowDays} days, or any state's escalation at {@code offensiveEscalation}.
 *
 * @param rule decision or violations
 * @param violations K, violations within the window that end the ceasefire (violations rule)
 * @param windowDays W, length of the sliding window (violations rule)
 * @param offensiveEscalation escalation that means a major offensive (violations rule)
 */
public record CollapseRule(
        @Param(unit = "decision|violations", def = "decision",
               doc = "decision: a state resumes war when holding is worth less than fighting;"
                       + " violations: K violations within W days or escalation at the offensive rung")
        Rule rule,
        @Param(unit = "violations", min = 1, max = 1000, def = "3",
               doc = "violations rule: K, state-on-state violations within the window that end the ceasefire")
        int violations,
        @Param(unit = "days", min = 1, max = 3650, def = "14",
               doc = "violations rule: W, length of the sliding window in which violations are counted")
        int windowDays,
        @Param(unit = "level 0-1", min = 0.01, max = 1, def = "0.9",
               doc = "violations rule: escalation of any state that means a major offensive")
        double offensiveEscalation) {

    /** The two breakdown rules. */
    public enum Rule {
        /** A state's choice between holding and fighting (Fearon 1995; Fortna 2003; Walter 2002). */
        DECISION,
        /** K violations within W days, or escalation at the offensive rung. */
        VIOLATIONS
    }
}
