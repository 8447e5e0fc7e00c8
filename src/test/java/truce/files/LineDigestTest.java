package truce.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineDigestTest {

    @TempDir
    Path dir;

    /** 3,000 lines: two full blocks of 1,024 and a partial one. */
    private Path file() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            lines.add(i + ",row " + i);
        }
        Path f = dir.resolve("runs.csv");
        ForgedDigest.rewrite(f, lines);
        return f;
    }

    @Test
    void aFileMatchesTheDigestWrittenWithIt() throws IOException {
        Path f = file();
        LineDigest.Verified v = LineDigest.verify(f);
        assertEquals(3000, v.digest().lines());
        assertEquals(Files.size(f), v.digest().bytes());
        assertEquals(0, v.extraBytes());
    }

    @Test
    void aChangedByteIsLocatedToItsBlock() throws IOException {
        Path f = file();
        byte[] b = Files.readAllBytes(f);
        String text = new String(b, java.nio.charset.StandardCharsets.UTF_8).replace("2500,row 2500", "2500,row 2501");
        Files.writeString(f, text);
        LineDigest.MismatchException e = assertThrows(LineDigest.MismatchException.class, () -> LineDigest.verify(f));
        assertTrue(e.getMessage().contains("lines 2049-3000 do not match runs.csv.digest"), e.getMessage());
        Files.writeString(f, new String(b, java.nio.charset.StandardCharsets.UTF_8).replace("1500,row", "1500,rox"));
        e = assertThrows(LineDigest.MismatchException.class, () -> LineDigest.verify(f));
        assertTrue(e.getMessage().contains("lines 1025-2048 do not match"), e.getMessage());
    }

    @Test
    void linesBeyondTheDigestAreReportedNotTrusted() throws IOException {
        Path f = file();
        long size = Files.size(f);
        Files.writeString(f, "3000,forged\n3001,tor", java.nio.file.StandardOpenOption.APPEND);
        LineDigest.Verified v = LineDigest.verify(f);
        assertEquals(size, v.digest().bytes());
        assertEquals(20, v.extraBytes());
    }

    @Test
    void aCutFileAndAMissingOrBrokenDigestAreRefused() throws IOException {
        Path f = file();
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length - 5));
        LineDigest.MismatchException e = assertThrows(LineDigest.MismatchException.class, () -> LineDigest.verify(f));
        assertTrue(e.getMessage().contains("lines 2049-3000") && e.getMessage().contains("5 bytes shorter"), e.getMessage());
        Path digest = LineDigest.fileFor(f);
        Files.writeString(digest, Files.readString(digest).replace("bytes ", "bytes x"));
        e = assertThrows(LineDigest.MismatchException.class, () -> LineDigest.verify(f));
        assertTrue(e.getMessage().startsWith(digest + ":4: cannot read 'bytes x"), e.getMessage());
        Files.delete(digest);
        assertThrows(NoSuchFileException.class, () -> LineDigest.verify(f));
    }
}
