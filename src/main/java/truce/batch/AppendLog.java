package truce.batch;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import truce.files.AtomicFiles;
import truce.files.CsvRows;
import truce.files.FolderLock;
import truce.files.LineDigest;

/**
 * An append-only CSV file of numbered records, written in order: the crash-safe form of
 * {@code runs.csv}. A record is complete once its line ends with a newline. Its digest
 * ({@link LineDigest}, {@code runs.csv.digest}) is kept as lines are written and stored
 * atomically at every flush, after the lines it covers have reached the disk; on resume,
 * {@link #recover} checks the file against it and cuts it back to the last checkpoint, so a
 * killed writer loses at most the rows written since (which a resume runs again, with the same
 * results) and a changed file is refused, naming where it first differs.
 */
public final class AppendLog implements Closeable {

    /** Unix line ends, so that a complete record is exactly a line ending in {@code \n}. */
    public static final CSVFormat FORMAT = CsvRows.FORMAT;

    /** How often buffered rows are flushed to the file, in nanoseconds. */
    private static final long FLUSH_INTERVAL = 1_000_000_000L;

    private final Path file;
    private final FileChannel channel;
    private final OutputStream out;
    private final LineDigest digest;
    private final StringBuilder line = new StringBuilder(256);
    private final CSVPrinter printer;
    private long lastFlush = System.nanoTime();

    private AppendLog(Path file, FileChannel channel, LineDigest digest) throws IOException {
        this.file = file;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        this.digest = digest;
        this.printer = new CSVPrinter(line, FORMAT);
    }

    /**
     * Creates the file with its header, replacing any existing one and its digest.
     *
     * @throws IOException if the file cannot be written
     */
    public static AppendLog create(Path file, List<String> header) throws IOException {
        FolderLock.noteWrite(file);
        // an earlier digest must not outlive the file it covers: killed after the truncation below
        // and before the first checkpoint, the file is then one without a digest and at most a
        // header, which recover() removes, instead of one its old digest calls changed
        Files.deleteIfExists(LineDigest.fileFor(file));
        AppendLog log = new AppendLog(file, FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), new LineDigest());
        log.add(header);
        log.flush();
        return log;
    }

    /** Opens a recovered file (see {@link #recover}) to append to, continuing its digest. */
    public static AppendLog append(Path file, LineDigest digest) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
        ch.position(digest.bytes());
        return new AppendLog(file, ch, digest);
    }

    /** Appends one record; flushes at most once a second (and on close). */
    public void add(List<String> record) throws IOException {
        line.setLength(0);
        printer.printRecord(record);
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw AtomicFiles.named(e, file);
        }
        digest.add(bytes, bytes.length);
        long now = System.nanoTime();
        if (now - lastFlush >= FLUSH_INTERVAL) {
            flush();
            lastFlush = now;
        }
    }

    /** Writes the buffered lines, forces them to disk, then stores the digest that covers them. */
    private void flush() throws IOException {
        try {
            out.flush();
            channel.force(false);
        } catch (IOException e) {
            throw AtomicFiles.named(e, file);
        }
        digest.write(file);
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            channel.close();
        }
    }

    /**
     * A recovered file: its complete, verified records and the digest to continue from.
     *
     * @param records records kept (after the header); 0 means start the file anew
     * @param digest the digest of what was kept, or null if the file was deleted
     */
    public record Recovered(long records, LineDigest digest) {
    }

    /**
     * Makes an interrupted file whole again: checks it against its digest, cuts it back to the
     * last checkpoint (dropping the lines written after it, and any torn line), then checks that
     * the header is {@code header} and that the i-th record's first column is
     * {@code expectedId(i)}.
     *
     * @param file the file; must exist
     * @param header the expected header
     * @param expectedId the id the i-th record (from 0) must carry in its first column
     * @return the records kept and their digest; no records if the writer was killed before its
     *     first checkpoint, in which case the file is deleted, to be created anew
     * @throws IOException if the file cannot be read or truncated
     * @throws IllegalStateException if the file does not match its digest, has none, or its
     *     header or a record does not match, naming the line
     */
    public static Recovered recover(Path file, List<String> header, LongUnaryOperator expectedId) throws IOException {
        Path digestFile = LineDigest.fileFor(file);
        if (!Files.exists(digestFile)) {
            if (completeLines(file) > 1) {
                throw new IllegalStateException(file + " has no " + digestFile.getFileName() + " to check it against"
                        + " (written by an older Truce, or the digest was removed)");
            }
            Files.delete(file); // killed before its first checkpoint: nothing to keep
            return new Recovered(0, null);
        }
        LineDigest.Verified v;
        try {
            v = LineDigest.verify(file);
        } catch (LineDigest.MismatchException e) {
            throw new IllegalStateException(e.getMessage());
        }
        if (v.extraBytes() > 0) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(v.digest().bytes()); // written after the last checkpoint: run again
            }
        }
        return new Recovered(verify(file, header, expectedId), v.digest());
    }

    /**
     * Checks a file without changing it: the header is {@code header}, every line is complete,
     * and the i-th record's first column is {@code expectedId(i)}.
     *
     * @return the number of records
     * @throws IOException if the file cannot be read
     * @throws IllegalStateException if the header, a record or a torn last line does not match,
     *     naming the line
     */
    public static long verify(Path file, List<String> header, LongUnaryOperator expectedId) throws IOException {
        if (completeLength(file) != Files.size(file)) {
            throw new IllegalStateException(file + ": its last line is torn (the sweep was interrupted)");
        }
        long records = 0;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(r)) {
            boolean first = true;
            for (CSVRecord rec : parser) {
                if (first) {
                    if (!rec.toList().equals(header)) {
                        throw new HeaderMismatch(file + ":1: its header does not match this sweep's columns ("
                                + firstDifference(rec.toList(), header) + "; another sweep's file?)");
                    }
                    first = false;
                    continue;
                }
                long want = expectedId.applyAsLong(records);
                if (rec.size() != header.size() || !rec.get(0).equals(Long.toString(want))) {
                    throw new IllegalStateException(file + ":" + (records + 2) + ": expected the record of run "
                            + want + " with " + header.size() + " columns, found '" + RowValues.shorten(rec.get(0), 20)
                            + "' with " + rec.size());
                }
                records++;
            }
            if (first) {
                throw new IllegalStateException(file + ": has no header line");
            }
        }
        return records;
    }

    /** A file whose header is not the one expected (another sweep's file, or a changed header). */
    public static final class HeaderMismatch extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        HeaderMismatch(String message) {
            super(message);
        }
    }

    /** Where a header first differs from the expected one, in words. */
    private static String firstDifference(List<String> found, List<String> expected) {
        for (int i = 0; i < Math.min(found.size(), expected.size()); i++) {
            if (!found.get(i).equals(expected.get(i))) {
                return "column " + (i + 1) + " is '" + RowValues.shorten(found.get(i), 80) + "', expected '"
                        + RowValues.shorten(expected.get(i), 80) + "'";
            }
        }
        return found.size() + " columns, expected " + expected.size();
    }

    /** Complete lines in the file, counting at most two. */
    private static int completeLines(Path file) throws IOException {
        int lines = 0;
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            for (int b = in.read(); b >= 0 && lines < 2; b = in.read()) {
                lines += b == '\n' ? 1 : 0;
            }
        }
        return lines;
    }

    /** Length of the file up to and including its last newline. */
    private static long completeLength(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(8192);
            long end = size;
            while (end > 0) {
                long start = Math.max(0, end - buf.capacity());
                buf.clear().limit((int) (end - start));
                ch.read(buf, start);
                for (int i = (int) (end - start) - 1; i >= 0; i--) {
                    if (buf.get(i) == '\n') {
                        return start + i + 1;
                    }
                }
                end = start;
            }
            return 0;
        }
    }
}
