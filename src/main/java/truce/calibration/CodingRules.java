package truce.calibration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import truce.model.Ending;

/**
 * The rules that turn an ETH/PRIO row into a spell, as documented with the data: the spell
 * starts on the effective date; {@code ended} 2 is a breakdown, 1 an expiry and 4 (superseded by
 * a new arrangement) a settlement, competing with one another; 0 (still in force) is censored on
 * the last day the data cover, 31 December 2020; -1 (unclear) and 3 (never took effect) are left
 * out. An unknown day of the month counts as the 15th (a day past the month's end as its last
 * day); a row with an unknown year or month of start, or of end when it ended, is left out. An
 * end before the start counts as day 0.
 */
public final class CodingRules {

    /** The last day the data cover: ceasefires still in force are censored here. */
    public static final LocalDate DATA_END = LocalDate.of(2020, 12, 31);

    /** Day of the month assumed when the day is unknown. */
    static final int UNKNOWN_DAY = 15;

    private CodingRules() {
    }

    /**
     * The spell of a row.
     *
     * @return the spell, or empty if the rules leave the row out
     */
    public static Optional<Observation> spell(CeasefireRow r) {
        Ending ending = switch (r.ended()) {
            case 0 -> Ending.IN_FORCE;
            case 1 -> Ending.EXPIRY;
            case 2 -> Ending.BREAKDOWN;
            case 4 -> Ending.SETTLEMENT;
            default -> null;
        };
        if (ending == null) {
            return Optional.empty();
        }
        Optional<LocalDate> start = date(r.effective());
        Optional<LocalDate> end = ending == Ending.IN_FORCE ? Optional.of(DATA_END) : date(r.end());
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(start.get(), end.get()));
        return Optional.of(new Observation(days, ending));
    }

    private static Optional<LocalDate> date(int[] ymd) {
        if (ymd[0] <= 0 || ymd[1] < 1 || ymd[1] > 12) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.of(ymd[0], ymd[1]);
        int day = ymd[2] <= 0 ? UNKNOWN_DAY : Math.min(ymd[2], month.lengthOfMonth());
        return Optional.of(month.atDay(day));
    }
}
