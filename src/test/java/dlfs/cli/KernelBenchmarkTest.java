package dlfs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.parallel.Parallel;
import dlfs.core.tensor.MatMul;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bench --kernels}: one line per building block, with times, and rates for the products. */
class KernelBenchmarkTest {
    @Test
    void printsATimeForEveryBlockAndARateForEveryProduct() {
        MatMul.Kernel kernel = MatMul.kernel();
        int threads = Parallel.threads();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new KernelBenchmark(new PrintStream(bytes, true, StandardCharsets.UTF_8), 0.005).run();
        List<String> lines = Arrays.asList(bytes.toString(StandardCharsets.UTF_8).strip().split("\\R"));

        assertTrue(lines.get(0).startsWith("kernel " + kernel.name()), lines.get(0));
        List<String> products = lines.stream().filter(l -> l.matches("(vector|plain) [NT][NT] .*")).toList();
        assertTrue(products.size() >= 10, String.join("\n", lines));
        for (String line : products) {
            assertTrue(line.matches(".* x +\\d+( +\\d+\\.\\d+){4}"), "two times and two rates: " + line);
        }
        for (String block : List.of("Conv1 forward", "Conv1 backward dW, db", "Conv3 backward dW, db, dx",
                "Pool1 forward", "Pool1 backward", "Relu1 forward", "Relu1 backward")) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(block) && l.matches(".*\\d+\\.\\d{3}.*")), block);
        }
        assertEquals(kernel, MatMul.kernel(), "the selected kernel is back in place");
        assertEquals(threads, Parallel.threads(), "the thread setting is back in place");
    }

    @Test
    void benchRejectsANonPositiveMeasuringTime() {
        assertEquals(DlfsCli.EXIT_ERROR, DlfsCli.run("bench", "--kernels", "--seconds", "0"));
    }
}
