package truce.model;

/**
 * The phases of a day, in the order {@link TruceModel} runs them as one MASON {@code Sequence}:
 * the model builds its day from this list, so each phase it runs has its description here, and the
 * generated ODD protocol ({@code truce odd}, {@code docs/ODD.md}) takes its process overview and
 * submodels from it.
 */
public enum DayPhase {
    NEW_DAY("New day", "The day's counters are reset.", "", ""),
    EVENTS("Scheduled events", "The scenario's events of the day happen (those not switched off with "
            + "enabled: false): exogenous attacks, talks rounds, strikes, changes of demand, monitoring missions, "
            + "coercion short of force.",
            "coercion by i against j (a treaty put in abeyance, a border closure): x_ji ← min(1, x_ji + value), a "
                    + "one-off grievance shock (Richardson 1960), not a violation.", "ScheduledEvents"),
    MILITANTS("Militant groups attack", "Each group attacks a Poisson number of times at a rate cut by its host's "
            + "restraint and raised around milestones of the peace process; casualties are heavy-tailed whole "
            + "numbers; the victim blames the group's sponsor (its host unless another state is named) with a "
            + "probability rising with casualties.",
            "rate = attackRate·(1 − control·will)·(1 + spoilerBoost·momentum)·(1 − spoilerRestraintPerRung·rung); "
                    + "casualties ~ Pareto(casualtyScale, casualtyTail); P(blame) = (1 − (1 − attribution)^(c/casualtyScale))"
                    + "·(1 − attributionCut if monitored), each casualtyScale of casualties an independent clue; the "
                    + "host's control·will cuts the rate, the sponsor takes the blame (Byman 2005); a blamed attack "
                    + "updates trust T and believed control B by Bayes: "
                    + "T' = T(1 − Br)/(1 − TBr), B' = B(1 − Tr)/(1 − TBr), r = attackSignal. "
                    + "Stedman 1997; Kydd & Walter 2002.", "MilitantGroup"),
    PERCEIVE("States perceive", "Each state perceives yesterday's violations (with noise and misattribution), "
            + "accepts contrition for accidents, updates trust and its escalation toward each counterpart.",
            "T ← T + trustGain·(1 − T) on a quiet day, T ← T·(1 − trustLoss)^s after a violation of severity s "
                    + "(Kydd & Walter 2002); x_ij ← x_ij + a·s_ij − m·x_ij + g·P_ij + u·gap_ij, clamped to [0, 1] "
                    + "(Richardson 1960), with a, m, g, u = reactivity, restraint, grievance, unmetDemand. Spillover "
                    + "between a state's fronts (ceasefires per dyad): x_sb and P_sb rise by collapseEscalation and "
                    + "collapsePressure the day after a ceasefire of s breaks down, x_sb by violationEscalation·σ the day "
                    + "after a violation on another front, and m·(1 − warRestraintCut) while s is at war on another front "
                    + "(Bara & Clayton 2022; Buhaug & Gleditsch 2008; Spence 2012). Contact (ceasefires per dyad): "
                    + "states i and j are in contact, c_ij = 1, only if a ceasefire joins them (in force, yet to start "
                    + "or ended), else c_ij = 0; perception noise is × c_ij, trust rises on quiet days only in contact, "
                    + "and toward a state not in contact x_ij ← x_ij − m·x_ij + g·P_ij: only blamed attacks move it "
                    + "(politically relevant dyads: Maoz & Russett 1993; Lemke & Reed 2001).",
            "StateAgent#perceive"),
    STATES("States act", "States crack down on their militants, carry out scripted strikes, retaliate, "
            + "violate unprovoked or by accident; each violation is perceived by its victim the next day.",
            "P(reply) = (1 − forgiveness)(1 − T)(1 − resolve)(1 − D), severity s·(1 + overreaction·x) "
                    + "(Axelrod 1984; Wu & Axelrod 1995); unprovoked violation with probability "
                    + "opportunism·max(0, 2f̂ − 1) + aggression·x·(1 − T)·(1 − D); crackdown with probability "
                    + "crackdown·x, a costly signal: T' = Tρ/(Tρ + 1 − T), ρ = crackdownSignal (Kydd & Walter 2002); "
                    + "commitment gap = max(0, demand·(1 − narrowingPerRung·rung) − min(concession, control, B)) "
                    + "(Fearon 1995; Walter 2002). Retaliation, unprovoked and accidental violations of i against j "
                    + "are × c_ij: states not in contact (no ceasefire joins them) never violate against each other.",
            "StateAgent#step"),
    MEDIATORS("Mediators act", "Mediators lose leverage and, on each ceasefire they serve, convene talks on their "
            + "schedule or when escalation between its parties reaches their trigger, at most one round a day per "
            + "ceasefire; talks touch only that ceasefire's parties. Direct channels (a hotline) then convene "
            + "talks on their one ceasefire the same way, guaranteeing and monitoring nothing.",
            "L ← L·(1 − leverageDecay); P(success) = L·(1 − w + w·mean T)·(1 − max gap), w = trustWeight; success "
                    + "adds successTrust, removes deescalation of escalation, sets momentum to 1, renews leverage and "
                    + "adds guarantee·L to the cost of defection D; failure costs failureTrust × stakes "
                    + "(Beardsley 2006, 2008; Walter 2002).", "Mediator"),
    PEACE_PROCESS("Peace process", "The momentum of each ceasefire's peace process fades.", "momentum ← momentum·(1 − momentumDecay).",
            "PeaceProcess"),
    CEASEFIRE("Ceasefires end or hold", "Each ceasefire in force decides whether it ends today: breakdown (one of its "
            + "parties prefers fighting another, or the violations rule fires on the violations between its parties) or "
            + "expiry of a fixed term counted from its start day; settlement is decided at talks. A scenario without a "
            + "ceasefires section has one ceasefire among all its states; a regional one has one per dyad, each with "
            + "its own agreement, collapse rule and start day, and a pair with none acting between them behaves as "
            + "under an agreement of no effect.",
            "Endings compete (ETH/PRIO ceasefire data; Fortna 2004); the cumulative incidence of each is reported. "
                    + "Ceasefires per dyad: Bara & Clayton 2022. While a party is at war on another front, war costs it "
                    + "secondWarCost more: x ≥ warCost + secondWarCost + D + trustValue·T.",
            "Ceasefire"),
    RECORD("Record", "The day is recorded, when a trajectory is wanted (one run, the GUI), or shown to an observer (a sweep's averaged trajectories).", "", "DayRecorder");

    private final String title;
    private final String what;
    private final String submodel;
    private final String implementedBy;

    DayPhase(String title, String what, String submodel, String implementedBy) {
        this.title = title;
        this.what = what;
        this.submodel = submodel;
        this.implementedBy = implementedBy;
    }

    /** @return a short title */
    public String title() {
        return title;
    }

    /** @return what happens in the phase, in a sentence or two */
    public String what() {
        return what;
    }

    /** @return its equations and sources, or empty for bookkeeping */
    public String submodel() {
        return submodel;
    }

    /** @return the class (and method) that implements it, or empty */
    public String implementedBy() {
        return implementedBy;
    }
}
