package truce.model;

/**
 * How events on one front reach a state's other fronts (Bara &amp; Clayton 2022: a state's
 * ceasefires with several opponents are interdependent; Buhaug &amp; Gleditsch 2008 and
 * Metternich, Minhas &amp; Ward 2017: armed conflict spreads to neighbouring dyads beyond what
 * their own attributes explain; Spence 2012: linked rivalries, in which a dispute in one raises
 * conflict in the other). A front of state s is a ceasefire s is party to; its other fronts are its
 * other ceasefires, each with one counterpart b. Every parameter defaults to 0 (no spillover), and
 * spillover acts only in scenarios with ceasefires per dyad (a single ceasefire among all the
 * states has no other front).
 *
 * <ul>
 *   <li><b>Collapse shock</b>: when a ceasefire of s breaks down, s's escalation toward each
 *       counterpart b on its other fronts rises the next day by {@code collapseEscalation}, and its
 *       pressure toward b by {@code collapsePressure} casualty-equivalents (fading by
 *       {@code pressureDecay} and feeding escalation through {@code grievance}):
 *       {@code x_sb += collapseEscalation}, {@code P_sb += collapsePressure}.</li>
 *   <li><b>Violation spillover</b>: a violation of severity σ between s and a counterpart on one
 *       front raises s's escalation toward its counterparts on its other fronts the next day:
 *       {@code x_sb += violationEscalation x σ}.</li>
 *   <li><b>Attention and forces drawn away</b>: while s is at war on one front (a ceasefire of s
 *       broke down), its restraint toward its other fronts is cut, so escalation there fades more
 *       slowly: {@code m_sb = restraint_s x (1 - warRestraintCut)}.</li>
 *   <li><b>Cost of a second war</b>: while s is at war on one front, war on another costs it more,
 *       its forces being divided (a two-front war): the decision rule becomes
 *       {@code x_sb >= warCost_s + secondWarCost + D + trustValue_s x T_sb}. It works against the
 *       three above: a state at war in the west holds on in the east.</li>
 * </ul>
 *
 * @param collapseEscalation escalation toward the other fronts' counterparts when a ceasefire breaks down
 * @param collapsePressure pressure toward them when a ceasefire breaks down
 * @param violationEscalation escalation toward them per unit of severity of a violation on one front
 * @param warRestraintCut share of restraint toward them lost while at war on one front
 * @param secondWarCost cost of war on another front added while at war on one
 */
public record Spillover(
        @Param(unit = "level 0-1", min = 0, max = 1, def = "0",
               doc = "escalation a state gains toward its counterparts on its other fronts when one of its ceasefires"
                       + " breaks down (0 = none; Bara & Clayton 2022; Buhaug & Gleditsch 2008)")
        double collapseEscalation,
        @Param(unit = "casualties", min = 0, max = 1000, def = "0",
               doc = "pressure (casualty-equivalents, fading by pressureDecay, times grievance) a state gains toward"
                       + " its counterparts on its other fronts when one of its ceasefires breaks down (0 = none;"
                       + " Metternich, Minhas & Ward 2017)")
        double collapsePressure,
        @Param(unit = "level 0-1 per severity", min = 0, max = 1, def = "0",
               doc = "escalation a state gains toward its counterparts on its other fronts per unit of severity of a"
                       + " violation between it and a counterpart on one front (0 = none; Spence 2012: linked rivalries)")
        double violationEscalation,
        @Param(unit = "fraction", min = 0, max = 1, def = "0",
               doc = "share of a state's restraint toward its other fronts lost while it is at war on one front:"
                       + " attention and forces drawn away (0 = none; Bara & Clayton 2022)")
        double warRestraintCut,
        @Param(unit = "level 0-1", min = 0, max = 1, def = "0",
               doc = "cost of war on another front added to warCost while a state is at war on one: a two-front war"
                       + " divides its forces (0 = none)")
        double secondWarCost) {

    /** Whether any spillover is on. */
    public boolean any() {
        return collapseEscalation > 0 || collapsePressure > 0 || violationEscalation > 0 || warRestraintCut > 0
                || secondWarCost > 0;
    }
}
