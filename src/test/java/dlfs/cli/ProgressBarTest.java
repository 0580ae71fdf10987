package dlfs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void logOutputGetsPlainLinesWithoutCarriageReturns() {
        ProgressBar bar = new ProgressBar(out, "train", 1000, false);
        for (int i = 1; i <= 1000; i++) {
            bar.update(i, "loss 0.5");
        }
        bar.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"), text);
        assertEquals(1, text.lines().count(), "only the final line within 15 s: " + text);
        assertTrue(text.startsWith("train [" + "#".repeat(30) + "] 100% 1000/1000 loss 0.5"), text);
    }

    @Test
    void terminalOutputRedrawsOneLine() {
        ProgressBar bar = new ProgressBar(out, "train", 10, true);
        bar.update(1, "");
        bar.update(10, "");
        bar.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(2, text.chars().filter(c -> c == '\r').count(), text);
        assertTrue(text.endsWith(System.lineSeparator()), text);
    }
}
