package truce.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The digest of an append-only file of lines, kept while it is written and stored beside it as
 * {@code <file>.digest}: the number of lines and bytes it covers, the SHA-256 of that whole
 * prefix, and the SHA-256 of every block of {@value #BLOCK_LINES} lines, so that a check can name
 * where a changed file first differs. The writer calls {@link #add} for every complete line and
 * {@link #write} at every flush (atomically, so the stored digest always describes a prefix that
 * was really written); {@link #verify} recomputes it from the file.
 *
 * <p>Not thread-safe; one writer.
 */
public final class LineDigest {

    /** Lines per block: a mismatch is located to within this many lines. */
    public static final int BLOCK_LINES = 1024;

    private static final String MAGIC = "truce line digest 1";
    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest whole = sha256();
    private MessageDigest block = sha256();
    private final List<String> blocks = new ArrayList<>();
    private long lines;
    private long bytes;

    /** The digest of an empty file. */
    public LineDigest() {
    }

    /** Where the digest of {@code file} is stored. */
    public static Path fileFor(Path file) {
        return file.resolveSibling(file.getFileName() + ".digest");
    }

    /** Adds one complete line, its {@code \n} included. */
    public void add(byte[] line, int length) {
        update(line, 0, length);
        endLine();
    }

    private void update(byte[] b, int off, int len) {
        whole.update(b, off, len);
        block.update(b, off, len);
        bytes += len;
    }

    private void endLine() {
        if (++lines % BLOCK_LINES == 0) {
            blocks.add(HEX.formatHex(block.digest()));
        }
    }

    /** Lines covered. */
    public long lines() {
        return lines;
    }

    /** Bytes covered. */
    public long bytes() {
        return bytes;
    }

    /** Stores the digest of the lines added so far as {@code <file>.digest}, atomically. */
    public void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder(MAGIC).append('\n')
                .append("file ").append(file.getFileName()).append('\n')
                .append("lines ").append(lines).append('\n')
                .append("bytes ").append(bytes).append('\n')
                .append("block-lines ").append(BLOCK_LINES).append('\n')
                .append("sha256 ").append(HEX.formatHex(copy(whole).digest())).append('\n');
        for (String b : blocks) {
            sb.append("block ").append(b).append('\n');
        }
        if (lines % BLOCK_LINES != 0) {
            sb.append("last ").append(HEX.formatHex(copy(block).digest())).append('\n');
        }
        String text = sb.toString();
        AtomicFiles.writeText(fileFor(file), w -> w.write(text));
    }

    /**
     * What {@link #verify} found: the file's digest up to what the stored digest covers, ready to
     * be extended, and how many bytes of complete lines the file holds beyond that.
     *
     * @param digest the recomputed digest of the covered prefix
     * @param extraBytes bytes after the covered prefix (lines written after the last checkpoint,
     *     or a torn line); 0 if the file ends where the digest does
     */
    public record Verified(LineDigest digest, long extraBytes) {
    }

    /**
     * Recomputes the digest of {@code file}'s prefix that its stored digest covers and compares.
     *
     * @return the recomputed digest, and what lies beyond it
     * @throws NoSuchFileException if the stored digest does not exist
     * @throws MismatchException naming the first lines that differ, or the digest file's line
     *     that cannot be read
     * @throws IOException if a file cannot be read
     */
    public static Verified verify(Path file) throws IOException {
        Path digestFile = fileFor(file);
        List<String> text = Files.readAllLines(digestFile, StandardCharsets.UTF_8);
        Stored stored = Stored.parse(digestFile, text);
        LineDigest d = new LineDigest();
        long size = Files.size(file);
        long limit = Math.min(size, stored.bytes);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            long read = 0;
            while (read < limit) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, limit - read));
                if (n < 0) {
                    break;
                }
                read += n;
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        d.update(buf, start, i + 1 - start);
                        d.endLine();
                        start = i + 1;
                        int full = d.blocks.size();
                        if (d.lines % BLOCK_LINES == 0 && (full > stored.blocks.size()
                                || !d.blocks.get(full - 1).equals(stored.blocks.get(full - 1)))) {
                            throw mismatch(file, d, stored);
                        }
                    }
                }
                d.update(buf, start, n - start);
            }
        }
        if (size < stored.bytes) {
            long from = d.blocks.size() * (long) BLOCK_LINES + 1;
            throw new MismatchException(file + ": lines " + from + "-" + stored.lines + " do not match "
                    + digestFile.getFileName() + ": the file is " + (stored.bytes - size) + " bytes shorter than the "
                    + stored.lines + " lines it covers (lines were removed, cut or changed after Truce wrote them)");
        }
        String last = d.lines % BLOCK_LINES == 0 ? null : HEX.formatHex(copy(d.block).digest());
        if (!java.util.Objects.equals(last, stored.last) || d.lines != stored.lines
                || !HEX.formatHex(copy(d.whole).digest()).equals(stored.sha256)) {
            long from = d.blocks.size() * (long) BLOCK_LINES + 1;
            throw new MismatchException(file + ": lines " + from + "-" + stored.lines + " do not match "
                    + digestFile.getFileName() + " (the file was changed after Truce wrote it)");
        }
        return new Verified(d, size - d.bytes);
    }

    private static MismatchException mismatch(Path file, LineDigest d, Stored stored) {
        for (int i = 0; i < d.blocks.size(); i++) {
            if (i >= stored.blocks.size() || !d.blocks.get(i).equals(stored.blocks.get(i))) {
                long from = (long) i * BLOCK_LINES + 1;
                return new MismatchException(file + ": lines " + from + "-" + (from + BLOCK_LINES - 1)
                        + " do not match " + fileFor(file).getFileName() + " (the file was changed after Truce wrote it;"
                        + " the first changed line is among these)");
            }
        }
        return new MismatchException(file + ": does not match " + fileFor(file).getFileName());
    }

    /** A file that does not match its digest, or a digest that cannot be read. */
    public static final class MismatchException extends IOException {
        private static final long serialVersionUID = 1L;

        public MismatchException(String message) {
            super(message);
        }
    }

    /** A digest as stored. */
    private record Stored(long lines, long bytes, String sha256, List<String> blocks, String last) {

        static Stored parse(Path digestFile, List<String> text) throws MismatchException {
            long lines = -1;
            long bytes = -1;
            String sha = null;
            String last = null;
            List<String> blocks = new ArrayList<>();
            if (text.isEmpty() || !text.get(0).equals(MAGIC)) {
                throw new MismatchException(digestFile + ":1: expected '" + MAGIC + "', found '"
                        + (text.isEmpty() ? "" : abbreviate(text.get(0))) + "'");
            }
            for (int i = 1; i < text.size(); i++) {
                String[] kv = text.get(i).split(" ", 2);
                try {
                    switch (kv[0]) {
                        case "file" -> { }
                        case "lines" -> lines = Long.parseLong(kv[1]);
                        case "bytes" -> bytes = Long.parseLong(kv[1]);
                        case "block-lines" -> {
                            if (Integer.parseInt(kv[1]) != BLOCK_LINES) {
                                throw new NumberFormatException();
                            }
                        }
                        case "sha256" -> sha = hex(kv[1]);
                        case "block" -> blocks.add(hex(kv[1]));
                        case "last" -> last = hex(kv[1]);
                        default -> throw new NumberFormatException();
                    }
                } catch (RuntimeException e) {
                    throw new MismatchException(digestFile + ":" + (i + 1) + ": cannot read '"
                            + abbreviate(text.get(i)) + "'");
                }
            }
            if (lines < 0 || bytes < 0 || sha == null || blocks.size() != lines / BLOCK_LINES
                    || (last == null) != (lines % BLOCK_LINES == 0)) {
                throw new MismatchException(digestFile + ": incomplete (expected lines, bytes, sha256 and "
                        + (lines < 0 ? "its blocks" : lines / BLOCK_LINES + " blocks") + ")");
            }
            return new Stored(lines, bytes, sha, blocks, last);
        }

        private static String hex(String s) {
            if (s.length() != 64) {
                throw new IllegalArgumentException(s);
            }
            HEX.parseHex(s);
            return s;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static MessageDigest copy(MessageDigest d) {
        try {
            return (MessageDigest) d.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 cannot be cloned here", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this Java", e);
        }
    }
}
