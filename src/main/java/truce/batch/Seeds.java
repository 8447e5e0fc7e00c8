package truce.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Derived seeds (the README, "Sweeps"): a run's seed is a SplitMix64 mix of the master seed, the
 * hash of its design point's canonical parameter values and its replicate index. It never
 * depends on a counter, so it does not change with thread count, shard layout, run order or
 * the other points of the sweep.
 *
 * @see <a href="https://doi.org/10.1145/2714064.2660195">Steele, Lea &amp; Flood (2014), Fast
 *     splittable pseudorandom number generators (SplitMix64)</a>
 */
public final class Seeds {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private Seeds() {
    }

    /** SplitMix64's output function (Stafford's Mix13 variant). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * The seed of one run.
     *
     * @param masterSeed the sweep's master seed
     * @param pointHash hash of the design point's canonical parameter values ({@link #hash})
     * @param replicate replicate index, from 0
     * @return the run's seed
     */
    public static long run(long masterSeed, long pointHash, long replicate) {
        long s = mix64(masterSeed + GOLDEN_GAMMA);
        s = mix64(s ^ (pointHash + 2 * GOLDEN_GAMMA));
        return mix64(s ^ (replicate + 3 * GOLDEN_GAMMA));
    }

    /** A 64-bit hash of text: the first 8 bytes of its SHA-256, big-endian. */
    public static long hash(String canonical) {
        byte[] d = sha256(canonical);
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (d[i] & 0xff);
        }
        return h;
    }

    /** SHA-256 of text as lower-case hex. */
    public static String sha256Hex(String text) {
        return hex(sha256(text));
    }

    /**
     * SHA-256 of the concatenation of texts as lower-case hex, the same as
     * {@code sha256Hex(String.join("", texts))} without holding their concatenation.
     */
    public static String sha256Hex(Iterable<String> texts) {
        MessageDigest digest = sha256();
        for (String t : texts) {
            digest.update(t.getBytes(StandardCharsets.UTF_8));
        }
        return hex(digest.digest());
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(64);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }

    private static byte[] sha256(String text) {
        return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
