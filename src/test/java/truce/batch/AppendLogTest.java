package truce.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.files.LineDigest;

/** The append-only results file and its digest, at the moments a kill can interrupt them. */
class AppendLogTest {

    private static final List<String> HEADER = List.of("run", "survived");

    @TempDir
    Path tmp;

    @Test
    void creatingAFileAgainRemovesItsEarlierDigestBeforeTouchingTheFile() throws IOException {
        Path runs = tmp.resolve("runs.csv");
        try (AppendLog log = AppendLog.create(runs, HEADER)) {
            log.add(List.of("0", "TRUE"));
        }
        Path digest = LineDigest.fileFor(runs);
        assertTrue(Files.exists(digest));
        // the file cannot be opened (a folder in its place), so create stops where a kill could have:
        // after dealing with the digest and before any byte of the new file is written
        Files.delete(runs);
        Files.createDirectory(runs);
        assertThrows(IOException.class, () -> AppendLog.create(runs, HEADER));
        assertFalse(Files.exists(digest), "an old digest left beside a file cut to nothing calls it changed");
    }

    @Test
    void aFileWithOnlyItsHeaderIsContinuedNotCreatedAgain() throws IOException {
        Path runs = tmp.resolve("runs.csv");
        AppendLog.create(runs, HEADER).close();
        AppendLog.Recovered r = AppendLog.recover(runs, HEADER, i -> i);
        assertEquals(0, r.records());
        try (AppendLog log = AppendLog.append(runs, r.digest())) {
            log.add(List.of("0", "TRUE"));
        }
        assertEquals(1, AppendLog.recover(runs, HEADER, i -> i).records());
        assertEquals("run,survived\n0,TRUE\n", Files.readString(runs));
    }
}
