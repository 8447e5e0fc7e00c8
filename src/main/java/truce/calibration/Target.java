package truce.calibration;

import java.util.List;

/**
 * Observed spells a calibration is fitted to.
 *
 * @param name short name
 * @param source where the spells come from, for reports (the data file and filter, or the CSV)
 * @param spells the spells, at least one
 */
public record Target(String name, String source, List<Observation> spells) {

    public Target {
        spells = List.copyOf(spells);
    }

    /** The curves of the spells. */
    public EndingCurves curves() {
        return EndingCurves.of(spells);
    }
}
