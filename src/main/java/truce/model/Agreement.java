package truce.model;

/**
 * The ceasefire agreement itself (Fortna 2003, 2004; Clayton &amp; Sticher 2021): its strength
 * and whether a monitoring mission watches it. Monitoring cuts misattribution of militant
 * attacks and false perceptions of violations.
 *
 * @param strength cessation, preliminary or definitive
 * @param monitoring whether a monitoring mission is in place from day 0
 * @param attributionCut share of wrongful attribution that monitoring removes
 * @param noiseCut share of perception noise that monitoring removes
 */
public record Agreement(
        @Param(unit = "cessation|preliminary|definitive", def = "cessation",
               doc = "strength of the agreement; each rung above a cessation adds tolerance")
        Strength strength,
        @Param(unit = "boolean", def = "false",
               doc = "whether a monitoring mission is in place from day 0")
        boolean monitoring,
        @Param(unit = "fraction", min = 0, max = 1, def = "0.5",
               doc = "share of attributions of militant attacks to a state that monitoring prevents")
        double attributionCut,
        @Param(unit = "fraction", min = 0, max = 1, def = "0.5",
               doc = "share of perception noise that monitoring removes")
        double noiseCut) {
}
