package truce.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes whole files atomically: the content goes to a hidden temporary file in the
 * target's directory, is forced to disk, and is then moved over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}. A reader therefore sees either the previous
 * file or the complete new one, never a partial file; if writing fails, the target is
 * left as it was and the temporary file is removed.
 *
 * <p>Temporary files are named {@code .<target name>.<pid>-<n>.tmp}. One left behind by
 * a killed process is harmless and may be deleted.
 *
 * <p>Thread-safe. Concurrent writers of the <em>same</em> target do not corrupt it; the
 * last move wins.
 */
public final class AtomicFiles {

    /** Writes text to a {@link Writer} that the caller need not (but may) close. */
    @FunctionalInterface
    public interface TextBody {
        /**
         * Writes the file's content.
         *
         * @param out the destination, UTF-8 encoded, buffered; never {@code null}
         * @throws IOException to abandon the write (the target stays unchanged)
         */
        void write(Writer out) throws IOException;
    }

    /** Writes bytes to an {@link OutputStream} that the caller need not (but may) close. */
    @FunctionalInterface
    public interface StreamBody {
        /**
         * Writes the file's content.
         *
         * @param out the destination, buffered; never {@code null}
         * @throws IOException to abandon the write (the target stays unchanged)
         */
        void write(OutputStream out) throws IOException;
    }

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final long PID = ProcessHandle.current().pid();

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with the UTF-8 text written by {@code body}. Creates the
     * parent directories if missing.
     *
     * @param target the file to write; not {@code null}
     * @param body writes the content; not {@code null}. If it throws, the target keeps its
     *     previous content (or stays absent)
     * @throws IOException if {@code body} throws it, or the file cannot be written or
     *     moved (including when the file system cannot move atomically)
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void writeText(Path target, TextBody body) throws IOException {
        Objects.requireNonNull(body, "body");
        writeStream(target, out -> {
            // buffered: CSV printers write a cell a piece at a time, and each write to the encoder costs
            Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.write(new NonClosingWriter(writer));
            writer.flush();
        });
    }

    /**
     * Replaces {@code target} with {@code bytes}. Creates the parent directories if missing.
     *
     * @param target the file to write; not {@code null}
     * @param bytes the whole content; not {@code null}
     * @throws IOException if the file cannot be written or moved
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        writeStream(target, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} with the bytes written by {@code body}. Creates the parent
     * directories if missing.
     *
     * @param target the file to write; not {@code null}
     * @param body writes the content; not {@code null}. If it throws, the target keeps its
     *     previous content (or stays absent)
     * @throws IOException if {@code body} throws it, or the file cannot be written or
     *     moved (including when the file system cannot move atomically)
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void writeStream(Path target, StreamBody body) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null) {
            throw new IOException("not a file path: " + target);
        }
        FolderLock.noteWrite(file);
        Files.createDirectories(dir);
        Path tmp = createTemp(dir, file.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(
                        new NonClosingStream(Channels.newOutputStream(channel), file), 1 << 16);
                try {
                    body.write(out);
                    out.flush();
                } catch (IOException e) {
                    throw namingAFile(e); // an encoder (ImageIO's PNG writer) may wrap the error that names it
                }
                try {
                    channel.force(true);
                } catch (IOException e) {
                    throw named(e, file);
                }
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Creates a fresh, empty temporary file (default permissions, unlike createTempFile). */
    private static Path createTemp(Path dir, String name) throws IOException {
        while (true) {
            Path tmp = dir.resolve("." + name + "." + PID + "-" + COUNTER.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException stale) {
                // left by an earlier process with the same pid: take the next number
            }
        }
    }

    /**
     * The error that names a file, if {@code e} wraps one (ImageIO's "I/O error writing PNG file!"
     * wraps the write error that names the PNG); otherwise {@code e} itself.
     */
    private static IOException namingAFile(IOException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.FileSystemException named) {
                return named;
            }
        }
        return e;
    }

    /**
     * A write error that names the file it was writing (a full disk otherwise says only "No space
     * left on device"); an error that already names a file is returned as it is.
     *
     * @param e the error; not null
     * @param file the file being written; not null
     */
    public static IOException named(IOException e, Path file) {
        if (e instanceof java.nio.file.FileSystemException) {
            return e;
        }
        java.nio.file.FileSystemException named = new java.nio.file.FileSystemException(file.toString(), null,
                e.getMessage());
        named.initCause(e);
        return named;
    }

    /** Lets a body close its stream without closing the channel we still have to force. */
    private static final class NonClosingStream extends FilterOutputStream {
        private final Path file;

        NonClosingStream(OutputStream out, Path file) {
            super(out);
            this.file = file;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw named(e, file);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Lets a body close its writer (e.g. a CSVPrinter in try-with-resources). */
    private static final class NonClosingWriter extends FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
