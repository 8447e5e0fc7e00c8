package truce.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTextAsUtf8AndLeavesOnlyTheTarget() throws IOException {
        Path f = dir.resolve("a.txt");
        AtomicFiles.writeText(f, w -> w.write("trust \u2264 1\n"));
        assertEquals("trust \u2264 1\n", Files.readString(f, StandardCharsets.UTF_8));
        assertEquals(List.of("a.txt"), names());
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "old content that is longer than the new one");
        AtomicFiles.writeText(f, w -> w.write("new"));
        assertEquals("new", Files.readString(f));
        assertEquals(List.of("a.txt"), names());
    }

    @Test
    void failingBodyKeepsThePreviousContentAndRemovesTheTemp() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "previous");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeText(f, w -> {
            w.write("half a fi".repeat(10_000));
            w.flush();
            throw new IOException("disk on fire");
        }));
        assertEquals("disk on fire", e.getMessage());
        assertEquals("previous", Files.readString(f));
        assertEquals(List.of("a.txt"), names());
    }

    @Test
    void uncheckedFailureAlsoKeepsThePreviousContent() throws IOException {
        Path f = dir.resolve("a.bin");
        Files.write(f, new byte[] {1, 2, 3});
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.writeStream(f, out -> {
            out.write(new byte[100_000]);
            throw new UncheckedIOException(new IOException("boom"));
        }));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(f));
        assertEquals(List.of("a.bin"), names());
    }

    @Test
    void failingBodyOnANewTargetLeavesNothing() throws IOException {
        Path f = dir.resolve("new.txt");
        assertThrows(IOException.class, () -> AtomicFiles.writeText(f, w -> {
            w.write("partial");
            throw new IOException("stop");
        }));
        assertFalse(Files.exists(f));
        assertEquals(List.of(), names());
    }

    @Test
    void bodyMayCloseItsWriter() throws IOException {
        Path f = dir.resolve("t.csv");
        AtomicFiles.writeText(f, w -> {
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
                p.printRecord("a", "b");
            }
        });
        assertEquals("a,b\r\n", Files.readString(f));
    }

    @Test
    void bodyMayCloseItsStream() throws IOException {
        Path f = dir.resolve("s.bin");
        AtomicFiles.writeStream(f, out -> {
            out.write(7);
            out.close();
        });
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(f));
    }

    @Test
    void writesBytesAndCreatesParentDirectories() throws IOException {
        Path f = dir.resolve("results/sweep-1/blob.bin");
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        AtomicFiles.writeBytes(f, bytes);
        assertArrayEquals(bytes, Files.readAllBytes(f));
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> AtomicFiles.writeText(null, w -> { }));
        assertThrows(NullPointerException.class,
                () -> AtomicFiles.writeText(dir.resolve("x"), null));
        assertThrows(NullPointerException.class,
                () -> AtomicFiles.writeBytes(dir.resolve("x"), null));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted()
                    .collect(Collectors.toList());
        }
    }
}
