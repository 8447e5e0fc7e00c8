package truce.analysis;

/**
 * The survival of the ceasefire at one point of a two-parameter grid, for a
 * survival heatmap.
 *
 * @param x the first parameter's value (horizontal axis); finite
 * @param y the second parameter's value (vertical axis); finite
 * @param survival share of runs in which the ceasefire survived to the horizon, in
 *     [0, 1] (values within 1e-9 outside are clamped)
 * @param n runs at this point, &gt; 0
 */
public record GridCell(double x, double y, double survival, long n) {

    /**
     * @throws IllegalArgumentException if a value is out of range or not finite
     */
    public GridCell {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("x and y must be finite: " + x + ", " + y);
        }
        survival = SurvivalPoint.share("survival", survival);
        if (n <= 0) {
            throw new IllegalArgumentException("n must be > 0: " + n + " at (" + x + ", " + y
                    + ")");
        }
    }
}
