package truce.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Output safety: Truce never overwrites or deletes a file it did not write. Every file it writes
 * into a results folder (while holding the folder's {@link FolderLock}) is first listed in the
 * folder's ledger, {@value #LEDGER}; {@link #claim} then refuses a folder that holds anything else
 * (at its top level or in {@code charts/}), and {@code --force} removes only listed files,
 * including charts of an earlier sweep that this one would not redraw. Subfolders other than
 * {@code charts/} (shards, SLURM scripts and logs, reproduced runs) are neither checked nor
 * touched. The file-system root, the home folder, the empty path, a file, and a symbolic link to
 * nothing are refused as results folders.
 */
public final class OutputFolder {

    /** The ledger's name in a results folder. */
    public static final String LEDGER = ".truce-files";
    /** The one subfolder Truce writes files into and checks. */
    private static final String CHARTS = "charts";

    private OutputFolder() {
    }

    /**
     * Checks that {@code dir} can be a results folder at all, before anything is written.
     *
     * @throws OutputFolderException naming the path and why not
     */
    public static void check(Path dir) {
        if (dir.toString().isEmpty()) {
            throw new OutputFolderException("the results folder is the empty path: give a folder name");
        }
        Path abs = dir.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new OutputFolderException(dir + " is the root of the file system: choose a folder for the results");
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isEmpty() && abs.equals(Path.of(home).toAbsolutePath().normalize())) {
            throw new OutputFolderException(dir + " is your home folder: choose a folder for the results");
        }
        if (Files.isSymbolicLink(abs) && !Files.exists(abs)) {
            String target;
            try {
                target = Files.readSymbolicLink(abs).toString();
            } catch (IOException e) {
                target = "?";
            }
            throw new OutputFolderException(dir + " is a symbolic link to " + target + ", which does not exist");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new OutputFolderException(dir + " is a file, not a folder");
        }
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new OutputFolderException("cannot make " + dir + ": " + p + " is a file, not a folder");
            }
        }
    }

    /**
     * Makes {@code dir} ready for this process to write: refuses it if it holds files Truce did
     * not write; with {@code force}, deletes the files Truce did write. Call with the folder's
     * lock held.
     *
     * @throws OutputFolderException naming a file Truce did not write
     * @throws IOException if the folder cannot be read or a file cannot be deleted
     */
    public static void claim(Path dir, boolean force) throws IOException {
        check(dir);
        Path abs = dir.toAbsolutePath().normalize();
        TreeSet<String> written = ledger(abs);
        List<String> foreign = new ArrayList<>();
        for (String name : present(abs)) {
            if (!written.contains(name) && !isOwn(name)) {
                foreign.add(name);
            }
        }
        if (!foreign.isEmpty()) {
            throw new OutputFolderException(dir + " holds " + (foreign.size() == 1 ? "a file" : foreign.size() + " files")
                    + " Truce did not write (" + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
                    + (foreign.size() > 3 ? ", ..." : "") + "), which it will not overwrite or delete"
                    + (force ? " even with --force" : "") + ": choose an empty or new folder"
                    + (Files.exists(abs.resolve(LEDGER)) ? "" : "; it has no " + LEDGER + ", the hidden list of the files"
                            + " Truce wrote there: if it is a copy of a folder Truce wrote, copy that folder whole, hidden"
                            + " files too (e.g. cp -a SRC/. DEST), or use the original"));
        }
        if (force) {
            for (String name : written) {
                Files.deleteIfExists(abs.resolve(name));
            }
            FolderLock.forget(abs);
        }
    }

    /** The files Truce listed as written in {@code dir}. */
    static TreeSet<String> ledger(Path dir) throws IOException {
        Path file = dir.resolve(LEDGER);
        TreeSet<String> names = new TreeSet<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    names.add(line);
                }
            }
        }
        return names;
    }

    /** Files at the top of {@code dir} and in its {@code charts/}, as relative names with {@code /}. */
    private static List<String> present(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (Stream<Path> top = Files.list(dir)) {
            for (Path p : top.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.equals(CHARTS) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> charts = Files.list(p)) {
                        charts.sorted().forEach(c -> names.add(CHARTS + "/" + c.getFileName()));
                    }
                } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The lock, the ledger and temporary files of {@link AtomicFiles}: Truce's own bookkeeping. */
    private static boolean isOwn(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return base.equals(FolderLock.FILE) || base.equals(LEDGER) || (base.startsWith(".") && base.endsWith(".tmp"));
    }
}
