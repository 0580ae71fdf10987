package dlfs.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The training core must stay usable without a GUI: no JavaFX (and no app/cli) import in dlfs.core. */
class CoreIsPlainJavaTest {
    @Test
    void coreSourcesImportNoJavaFxAndNoAppCode() throws IOException {
        Path core = Path.of("src/main/java/dlfs/core");
        assertTrue(Files.isDirectory(core), "run from the project root");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(core)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(CoreIsPlainJavaTest::importsForbidden)
                    .map(Path::toString)
                    .collect(Collectors.toList());
        }
        assertTrue(offenders.isEmpty(), "core files importing javafx/dlfs.app/dlfs.cli: " + offenders);
    }

    private static boolean importsForbidden(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim)
                    .anyMatch(l -> l.matches("import\\s+(static\\s+)?(javafx|org\\.jfree\\.chart\\.fx|dlfs\\.app|dlfs\\.cli)\\b.*")
                            || l.contains("javafx."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
