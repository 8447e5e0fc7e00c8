package truce.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sweep files (by default over {@code scenarios/baseline-2025.yaml}) for tests that make their own designs. */
final class SweepFiles {

    private SweepFiles() {
    }

    /**
     * Writes a sweep of one replicate a point.
     *
     * @param file where
     * @param masterSeed its master seed
     * @param design the lines under {@code design:}, each indented by two spaces
     * @return {@code file}
     */
    static Path write(Path file, long masterSeed, String design) throws IOException {
        return write(file, Path.of("scenarios/baseline-2025.yaml"), masterSeed, design);
    }

    /** Same, over {@code scenario}. */
    static Path write(Path file, Path scenario, long masterSeed, String design) throws IOException {
        return Files.writeString(file, """
                name: %s
                scenario: %s
                replicates: 1
                masterSeed: %d
                design:
                """.formatted(file.getFileName().toString().replaceFirst("\\.yaml$", ""),
                scenario.toAbsolutePath(), masterSeed) + design);
    }
}
