package truce.chart;

/**
 * A curve with a band, sampled on days, for {@link BandChart}.
 *
 * @param label legend label
 * @param days the days, ascending
 * @param value the curve at each day (NaN for none: the band alone is drawn)
 * @param lower the band's lower edge at each day
 * @param upper the band's upper edge at each day
 * @param predicted whether it is a model prediction (dashed line, lighter band) rather than data
 */
public record Band(String label, double[] days, double[] value, double[] lower, double[] upper,
                   boolean predicted) {

    public Band {
        if (value.length != days.length || lower.length != days.length || upper.length != days.length) {
            throw new IllegalArgumentException("days, value, lower and upper must have one entry per day");
        }
    }
}
