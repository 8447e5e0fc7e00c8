package truce.batch;

/**
 * A deterministic slice of a sweep's runs: shard {@code index} of {@code count} takes the runs
 * whose number is {@code index} modulo {@code count}, so every shard gets a similar mix of design
 * points (and of cheap and expensive runs), and shards can be merged back into plan order.
 *
 * @param index 0-based index of this shard
 * @param count number of shards, at least 1
 */
public record Shard(int index, int count) {

    /** The whole sweep as one shard. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("expected 0 <= index < count, found " + index + "/" + count);
        }
    }

    /**
     * Parses {@code I/N} as written on the command line, with I counted from 0.
     *
     * @throws IllegalArgumentException if the text is not {@code I/N} with 0 <= I < N
     */
    public static Shard parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected I/N (e.g. 0/4), found '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected I/N with whole numbers (e.g. 0/4), found '" + text + "'");
        }
    }

    /** Number of this shard's runs in a sweep of {@code runs} runs. */
    public long size(long runs) {
        return runs <= index ? 0 : (runs - index + count - 1) / count;
    }

    /** The sweep-wide number of this shard's {@code k}-th run (from 0). */
    public long run(long k) {
        return index + k * count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
