package dlfs.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole or nothing: a failed write leaves the previous file and no temporary file behind. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void bothWaysReplaceTheFileWhole() throws IOException {
        Path file = dir.resolve("a.csv");
        AtomicFile.write(file, out -> out.write("one".getBytes()));
        assertEquals("one", Files.readString(file));
        AtomicFile.writeVia(file, temp -> Files.writeString(temp, "two"));
        assertEquals("two", Files.readString(file));
        assertEquals(List.of("a.csv"), names());
    }

    @Test
    void aWriterThatFailsHalfWayLeavesThePreviousFile() throws IOException {
        Path file = dir.resolve("plot.png");
        Files.writeString(file, "previous");
        IOException full = assertThrows(IOException.class, () -> AtomicFile.writeVia(file, temp -> {
            Files.writeString(temp, "half");
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", full.getMessage());
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("the writer broke");
        }));
        assertEquals("previous", Files.readString(file));
        assertEquals(List.of("plot.png"), names(), "no temporary file left");
    }

    @Test
    void aFolderThatCannotBeWrittenFailsCleanly() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThrows(IOException.class, () -> AtomicFile.writeVia(blocker.resolve("x.svg"), t -> Files.writeString(t, "s")));
        Path busy = Files.createDirectories(dir.resolve("busy.csv").resolve("inside"));
        assertThrows(IOException.class, () -> AtomicFile.write(dir.resolve("busy.csv"), out -> out.write(1)));
        assertEquals(List.of("busy.csv", "not-a-folder"), names());
        assertEquals(true, Files.isDirectory(busy));
    }
}
