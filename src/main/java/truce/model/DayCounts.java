package truce.model;

/** What happened today; reset at the start of each day. Totals over the run are kept too. */
final class DayCounts {
    int attacks;
    int massCasualtyAttacks;
    double casualties;
    int violations;
    /** Total severity of the violations. */
    double severity;
    int talksHeld;
    int talksSucceeded;

    void reset() {
        attacks = 0;
        massCasualtyAttacks = 0;
        casualties = 0;
        violations = 0;
        severity = 0;
        talksHeld = 0;
        talksSucceeded = 0;
    }

    void addTo(DayCounts total) {
        total.attacks += attacks;
        total.massCasualtyAttacks += massCasualtyAttacks;
        total.casualties += casualties;
        total.violations += violations;
        total.severity += severity;
        total.talksHeld += talksHeld;
        total.talksSucceeded += talksSucceeded;
    }
}
