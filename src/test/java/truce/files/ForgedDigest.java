package truce.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Tests' forger: rewrites a results file together with a digest that matches it. */
public final class ForgedDigest {

    private ForgedDigest() {
    }

    /**
     * Writes the digest a killed writer would have left: covering half the complete lines of
     * {@code file} (its last checkpoint came before its last rows), or none if not even the
     * header is complete. The file itself is left as it is.
     */
    public static void checkpoint(Path file) throws IOException {
        byte[] keep = Files.readAllBytes(file);
        String text = new String(keep, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        int complete = text.endsWith("\n") ? lines.size() : lines.size() - 1;
        if (complete >= 1) {
            rewrite(file, lines.subList(0, Math.max(1, complete / 2)));
            Files.write(file, keep);
        }
    }

    /** Writes {@code lines} (each ended by a newline) to {@code file}, and a matching digest. */
    public static void rewrite(Path file, List<String> lines) throws IOException {
        Files.write(file, lines);
        LineDigest d = new LineDigest();
        for (String l : lines) {
            byte[] b = (l + "\n").getBytes(StandardCharsets.UTF_8);
            d.add(b, b.length);
        }
        d.write(file);
    }
}
