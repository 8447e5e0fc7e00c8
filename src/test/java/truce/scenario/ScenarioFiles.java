package truce.scenario;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The test scenarios under {@code src/test/resources/scenarios/}. */
public final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /**
     * The file {@code scenarios/<name>} on the test classpath.
     *
     * @param name e.g. {@code bad/unknown-key.yaml}
     * @throws IllegalArgumentException if there is no such file
     */
    public static Path path(String name) {
        URL url = ScenarioFiles.class.getResource("/scenarios/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test scenario " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
