package truce.calibration;

import java.util.Set;

/**
 * Which ceasefires of the ETH/PRIO data a target takes. Each criterion left null (or empty) takes
 * every ceasefire.
 *
 * @param classes agreement classes to keep (1 cessation, 2 preliminary, 3 definitive)
 * @param fixed true: fixed-term only; false: open-ended only (rows with unknown term are dropped
 *     by either); null: both
 * @param mediated true or false to keep only (un)mediated ceasefires; null: both
 * @param implementation true or false to keep only those with (without) an implementation
 *     mechanism; null: both
 * @param regions UCDP regions to keep (1 Europe, 2 Middle East, 3 Asia, 4 Africa, 5 Americas)
 * @param fromYear first year of the effective date kept
 * @param toYear last year of the effective date kept
 */
public record CeasefireFilter(Set<Integer> classes, Boolean fixed, Boolean mediated, Boolean implementation,
                              Set<Integer> regions, int fromYear, int toYear) {

    /** Every ceasefire. */
    public static final CeasefireFilter ALL = new CeasefireFilter(Set.of(), null, null, null, Set.of(),
            Integer.MIN_VALUE, Integer.MAX_VALUE);

    public CeasefireFilter {
        classes = Set.copyOf(classes);
        regions = Set.copyOf(regions);
    }

    /** Whether the filter keeps a row. */
    public boolean test(CeasefireRow r) {
        return (classes.isEmpty() || classes.contains(r.strength()))
                && flag(fixed, r.fixed()) && flag(mediated, r.mediated()) && flag(implementation, r.implementation())
                && (regions.isEmpty() || regions.contains(r.region()))
                && r.effective()[0] >= fromYear && r.effective()[0] <= toYear;
    }

    private static boolean flag(Boolean wanted, int code) {
        return wanted == null || (wanted ? code == 1 : code == 0);
    }
}
