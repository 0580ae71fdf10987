package dlfs.core.data.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextProgressBarTest {
    @Test
    void drawsTheShareDoneAndRedrawsOnlyOnChange() {
        StringWriter text = new StringWriter();
        TextProgressBar bar = new TextProgressBar(new PrintWriter(text));
        bar.started("f.gz", 2 * 1024 * 1024, 0);
        bar.advanced(0);
        bar.advanced(1024 * 1024);
        bar.finished();
        String half = "f.gz [###############...............]  50%   1.0/2.0 MiB";
        assertEquals("\rf.gz [..............................]   0%   0.0/2.0 MiB\r" + half + System.lineSeparator(),
                text.toString());
    }

    @Test
    void withoutATotalShowsTheAmountOnly() {
        StringWriter text = new StringWriter();
        TextProgressBar bar = new TextProgressBar(new PrintWriter(text));
        bar.started("f.gz", -1, 3 * 1024 * 1024);
        assertEquals("\rf.gz 3.0 MiB", text.toString());
    }
}
