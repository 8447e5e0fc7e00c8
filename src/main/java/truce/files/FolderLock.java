package truce.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * One writer per results folder: an operating-system lock ({@link FileChannel#tryLock}, an
 * {@code fcntl} lock on Linux) on the file {@value #FILE} in the folder, held for as long as a
 * command writes there. A second process that asks for the same folder is refused at once with
 * the holder's pid, host and start time, which the holder writes into the lock file as text.
 * The operating system drops the lock when its process dies, however it dies, so a crashed
 * holder never blocks the folder; the lock file itself stays and is harmless.
 *
 * <p>Within one JVM the lock is re-entrant (counted), so a command can hold it around library
 * calls that take it too. Set the environment variable {@code TRUCE_LOCK=off} only on a file
 * system that cannot lock at all (e.g. Lustre mounted with {@code noflock}).
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file's name in a locked folder. */
    public static final String FILE = ".truce.lock";

    /** Held locks of this JVM by folder, with how many times each is held. */
    private static final Map<Path, FolderLock> HELD = new HashMap<>();

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;
    private int holds = 1;
    /** The ledger of files written here (see {@link OutputFolder}), loaded when locked. */
    private java.util.TreeSet<String> written;

    private FolderLock(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dir} (created if missing) for this process.
     *
     * @param dir the results folder
     * @param what what this process does there, e.g. {@code truce sweep}; written for a refused
     *     second process to read
     * @return the lock; close it to release
     * @throws FolderInUseException if another process holds the folder
     * @throws IOException if the folder or its lock file cannot be made, or the file system
     *     cannot lock
     */
    public static FolderLock acquire(Path dir, String what) throws IOException {
        Path key = dir.toAbsolutePath().normalize();
        synchronized (HELD) {
            FolderLock held = HELD.get(key);
            if (held != null) {
                held.holds++;
                return held;
            }
            Files.createDirectories(key);
            if ("off".equals(System.getenv("TRUCE_LOCK"))) {
                FolderLock none = new FolderLock(key, null, null);
                none.written = OutputFolder.ledger(key);
                HELD.put(key, none);
                return none;
            }
            Path file = key.resolve(FILE);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM through another channel: cannot happen through acquire
            } catch (IOException e) {
                ch.close();
                throw new IOException("cannot lock " + file + " (" + e.getMessage() + "): the file system does not"
                        + " support locks; see the README's SLURM section", e);
            }
            if (lock == null) {
                String holder = holder(ch);
                ch.close();
                throw new FolderInUseException(key + " is in use by another Truce process ("
                        + (holder.isEmpty() ? "holder not yet recorded" : holder)
                        + "): wait for it to finish, or choose another --out folder");
            }
            byte[] text = ("pid " + ProcessHandle.current().pid() + " on host " + host() + ", since "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", " + what + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(text), 0);
            FolderLock acquired = new FolderLock(key, ch, lock);
            acquired.written = OutputFolder.ledger(key);
            HELD.put(key, acquired);
            return acquired;
        }
    }

    /**
     * Lists {@code file} in the ledger of the locked folder that holds it, before it is written,
     * so that a later {@code --force} may remove it. Files outside every locked folder, and
     * Truce's own bookkeeping, are not listed.
     *
     * @throws IOException if the ledger cannot be written
     */
    public static void noteWrite(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        String base = abs.getFileName().toString();
        if (base.equals(FILE) || base.equals(OutputFolder.LEDGER)) {
            return;
        }
        synchronized (HELD) {
            FolderLock owner = null; // the innermost locked folder: a sweep folder inside a calibration's
            for (FolderLock held : HELD.values()) {
                if (abs.startsWith(held.dir) && !abs.equals(held.dir)
                        && (owner == null || held.dir.getNameCount() > owner.dir.getNameCount())) {
                    owner = held;
                }
            }
            if (owner != null) {
                String name = owner.dir.relativize(abs).toString().replace('\\', '/');
                if (owner.written.add(name)) {
                    String text = String.join("\n", owner.written) + "\n";
                    AtomicFiles.writeText(owner.dir.resolve(OutputFolder.LEDGER), w -> w.write(text));
                }
            }
        }
    }

    /** Empties the ledger of a locked folder whose listed files were all deleted. */
    static void forget(Path dir) throws IOException {
        synchronized (HELD) {
            FolderLock held = HELD.get(dir);
            if (held != null) {
                held.written.clear();
            }
            Files.deleteIfExists(dir.resolve(OutputFolder.LEDGER));
        }
    }

    /** Releases one hold; the last releases the lock. */
    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (--holds > 0) {
                return;
            }
            HELD.remove(dir);
            if (channel != null) {
                channel.close(); // releases the lock
            }
        }
    }

    /**
     * What the holder wrote in the lock file (one line), or empty if it has not written it within
     * a second (it writes right after locking, so a tie is waited out briefly).
     */
    private static String holder(FileChannel ch) throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            ByteBuffer buf = ByteBuffer.allocate(512);
            ch.read(buf, 0);
            String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
            if (text.endsWith("\n")) {
                return text.strip().lines().findFirst().orElse("");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "";
    }

    /** This machine's name, without a network lookup (which can hang on a cluster node). */
    private static String host() {
        try {
            Path proc = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(proc)) {
                return Files.readString(proc).strip();
            }
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
