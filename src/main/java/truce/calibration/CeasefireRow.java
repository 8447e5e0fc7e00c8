package truce.calibration;

/**
 * One ceasefire of the ETH/PRIO Civil Conflict Ceasefire data, cut to what a survival analysis
 * and its filters need (codes as in {@code data/ceasefires/README.md}).
 *
 * @param line line of the row in its file, for messages
 * @param id the ceasefire id
 * @param region 1 Europe, 2 Middle East, 3 Asia, 4 Africa, 5 Americas
 * @param strength 1 cessation of hostilities, 2 preliminary, 3 definitive (the {@code class} column)
 * @param fixed 1 declared for a fixed term, 0 open-ended, -1 unknown
 * @param mediated 1 if a third party helped negotiate it
 * @param implementation 1 if an implementation mechanism was agreed
 * @param effective date in effect as year, month, day (month or day -1 or 0 when unknown)
 * @param ended 0 in force, 1 expired, 2 broke down, 3 never took effect, 4 superseded, -1 unclear
 * @param end end date as year, month, day (-1 or 0 when unknown)
 */
public record CeasefireRow(long line, String id, int region, int strength, int fixed, int mediated,
                           int implementation, int[] effective, int ended, int[] end) {
}
