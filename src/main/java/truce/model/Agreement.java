package truce.model;

/**
 * The ceasefire agreement and what it does to behaviour (Fortna 2003, 2004; Clayton &amp;
 * Sticher 2021; Walter 2002). A stronger agreement (each rung above a bare cessation) raises
 * the cost of defecting, clarifies incidents (fewer accidents and misperceptions), narrows the
 * issues in dispute (lower effective demands) and restrains spoilers (demobilisation). An
 * implementation mechanism (a joint commission) settles some incidents before they are answered;
 * third-party enforcement raises the cost of defecting; a fixed term ends the ceasefire unless
 * both parties renew it. Monitoring is its own mechanism: verification cuts wrongful blame for
 * militant attacks and misperceived violations.
 *
 * @param strength cessation, preliminary or definitive
 * @param monitoring whether a monitoring mission is in place from the start
 * @param attributionCut share of blame for militant attacks that monitoring prevents
 * @param noiseCut share of misperceived violations that monitoring prevents
 * @param defectionCostPerRung cost of defecting added by each rung of strength
 * @param clarityPerRung share of accidents and misperceptions removed by each rung
 * @param narrowingPerRung share of every demand removed by each rung (issues narrowed)
 * @param spoilerRestraintPerRung share of militant attacks removed by each rung
 * @param implementation whether an implementation mechanism was agreed
 * @param implementationResolve share of perceived violations it settles before they are answered
 * @param enforcement whether a third party enforces the agreement
 * @param enforcementCost cost of defecting added by enforcement
 * @param term fixed term in days (0 = open-ended)
 * @param renewalTrust trust each party needs to renew a fixed-term ceasefire
 */
public record Agreement(
        @Param(unit = "cessation|preliminary|definitive", def = "cessation",
               doc = "strength of the agreement: its rung (0, 1, 2) scales the per-rung effects below")
        Strength strength,
        @Param(unit = "boolean", def = "false",
               doc = "whether a monitoring mission is in place from the start")
        boolean monitoring,
        @Param(unit = "fraction", min = 0, max = 1, def = "0.5",
               doc = "monitoring: share of blame for militant attacks it prevents (verification; Fortna 2004)")
        double attributionCut,
        @Param(unit = "fraction", min = 0, max = 1, def = "0.5",
               doc = "monitoring: share of misperceived violations it prevents (verification; Fortna 2004)")
        double noiseCut,
        @Param(unit = "level 0-1 per rung", min = 0, max = 1, def = "0.05",
               doc = "cost of defecting added per rung of strength (Fortna 2003: agreements raise the cost of"
                       + " defection)")
        double defectionCostPerRung,
        @Param(unit = "fraction per rung", min = 0, max = 0.5, def = "0.2",
               doc = "share of accidental and misperceived violations removed per rung (clear lines, buffer"
                       + " zones; Fortna 2003)")
        double clarityPerRung,
        @Param(unit = "fraction per rung", min = 0, max = 0.5, def = "0.1",
               doc = "share of every state's demand removed per rung: issues settled in the text (Clayton &"
                       + " Sticher 2021)")
        double narrowingPerRung,
        @Param(unit = "fraction per rung", min = 0, max = 0.5, def = "0.1",
               doc = "share of militant attacks removed per rung: demobilisation and restraint of spoilers"
                       + " (Fortna 2004)")
        double spoilerRestraintPerRung,
        @Param(unit = "boolean", def = "false",
               doc = "whether an implementation mechanism (joint commission) was agreed (ETH/PRIO; Fortna 2003)")
        boolean implementation,
        @Param(unit = "fraction", min = 0, max = 1, def = "0.5",
               doc = "implementation mechanism: share of perceived violations it settles before they are answered")
        double implementationResolve,
        @Param(unit = "boolean", def = "false",
               doc = "whether a third party enforces the agreement (Walter 2002)")
        boolean enforcement,
        @Param(unit = "level 0-1", min = 0, max = 1, def = "0.1",
               doc = "enforcement: cost of defecting it adds (Walter 2002: third-party guarantees)")
        double enforcementCost,
        @Param(unit = "days", min = 0, max = 36500, def = "0",
               doc = "fixed term after which the ceasefire expires unless renewed (0 = open-ended)")
        int term,
        @Param(unit = "trust", min = 0, max = 1, def = "0.5",
               doc = "trust every party must hold in the others to renew a fixed-term ceasefire")
        double renewalTrust) {
}
