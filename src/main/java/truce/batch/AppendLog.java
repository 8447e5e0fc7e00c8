package truce.batch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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

/**
 * An append-only CSV file of numbered records, written in order: the crash-safe form of
 * {@code runs.csv}. A record is complete once its line ends with a newline; on resume,
 * {@link #recover} drops a torn last line and checks the complete rows, so a killed writer
 * loses at most the rows it had not flushed, and never leaves a duplicated or partial one.
 */
public final class AppendLog implements Closeable {

    /** Unix line ends, so that a complete record is exactly a line ending in {@code \n}. */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    /** How often buffered rows are flushed to the file, in nanoseconds. */
    private static final long FLUSH_INTERVAL = 1_000_000_000L;

    private final CSVPrinter printer;
    private long lastFlush = System.nanoTime();

    private AppendLog(BufferedWriter writer) {
        try {
            this.printer = new CSVPrinter(writer, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the file with its header, replacing any existing one.
     *
     * @throws IOException if the file cannot be written
     */
    public static AppendLog create(Path file, List<String> header) throws IOException {
        AppendLog log = new AppendLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
        log.printer.printRecord(header);
        log.printer.flush();
        return log;
    }

    /** Opens a recovered file (see {@link #recover}) to append to. */
    public static AppendLog append(Path file) throws IOException {
        return new AppendLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    }

    /** Appends one record; flushes at most once a second (and on close). */
    public void add(List<String> record) throws IOException {
        printer.printRecord(record);
        long now = System.nanoTime();
        if (now - lastFlush >= FLUSH_INTERVAL) {
            printer.flush();
            lastFlush = now;
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    /**
     * Makes an interrupted file whole again: cuts a torn last line, then checks that the header
     * is {@code header} and that the i-th record's first column is {@code expectedId(i)}.
     *
     * @param file the file; must exist
     * @param header the expected header
     * @param expectedId the id the i-th record (from 0) must carry in its first column
     * @return the number of complete records kept; 0 if not even the header was complete, in
     *     which case the file is deleted, to be created anew
     * @throws IOException if the file cannot be read or truncated
     * @throws IllegalStateException if the header or a record does not match, naming the line
     */
    public static long recover(Path file, List<String> header, LongUnaryOperator expectedId) throws IOException {
        long complete = completeLength(file);
        if (complete == 0) {
            Files.delete(file); // killed before its header was whole: nothing to keep
            return 0;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (ch.size() > complete) {
                ch.truncate(complete);
            }
        }
        return verify(file, header, expectedId);
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
                        throw new IllegalStateException(file + ": its header does not match this sweep's columns");
                    }
                    first = false;
                    continue;
                }
                long want = expectedId.applyAsLong(records);
                if (rec.size() != header.size() || !rec.get(0).equals(Long.toString(want))) {
                    throw new IllegalStateException(file + ":" + (records + 2) + ": expected the record of run "
                            + want + " with " + header.size() + " columns, found '" + abbreviate(rec.get(0))
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

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }
}
