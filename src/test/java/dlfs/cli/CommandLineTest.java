package dlfs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on the bundled mini MNIST: what a user types, what they see. */
class CommandLineTest {
    @TempDir
    Path temp;

    private record Result(int status, String out, String err) {
    }

    private static synchronized Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = DlfsCli.run(args);
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void trainSavesAModelThatEvalReadsBack() throws Exception {
        Path model = temp.resolve("two-layer.npz");
        Result train = run("train", "--model", "two-layer", "--dataset", "mnist-mini", "--epochs", "8",
                "--eval-samples", "500", "--save", model.toString());
        assertEquals(0, train.status(), train.err());
        assertTrue(train.out().contains("epoch 8 train_acc="), train.out());
        assertTrue(Files.size(model) > 0);

        Result eval = run("eval", "--model", model.toString(), "--dataset", "mnist-mini");
        assertEquals(0, eval.status(), eval.err());
        double accuracy = Double.parseDouble(eval.out().replaceAll("(?s).*accuracy (\\d\\.\\d+).*", "$1"));
        assertTrue(accuracy > 0.6, "eight epochs of the book's two-layer net learn something: " + accuracy);
        assertTrue(eval.out().contains("true\\pred"), "confusion matrix printed");
    }

    @Test
    void gradcheckOfTheTwoLayerNetPassesLikeTheBook() {
        Result r = run("gradcheck", "--model", "two-layer", "--dataset", "mnist-mini", "--max-entries", "300");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("W1:") && r.out().contains("b2:") && r.out().contains("ok:"), r.out());
    }

    @Test
    void gradcheckOfTheSimpleConvNetPasses() {
        Result r = run("gradcheck", "--model", "simple-convnet", "--dataset", "mnist-mini", "--max-entries", "40");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("W1:") && r.out().contains("b3:") && r.out().contains("ok:"), r.out());
    }

    @Test
    void benchEndsWithTheReferenceLineFormat() {
        Result r = run("bench", "--workload", "mlp", "--dataset", "mnist-mini", "--iters", "5", "--warmup", "0");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().strip().split("\\R");
        assertTrue(lines[lines.length - 1].matches("mlp ms_per_iter=\\d+\\.\\d{3} test_acc=\\d\\.\\d{4}"), lines[lines.length - 1]);
    }

    @Test
    void badInputGivesOneLineErrorsAndNoStackTrace() {
        String[][] cases = {
            {"train", "--model", "no-such-net", "--dataset", "mnist-mini"},
            {"train", "--model", "two-layer", "--epochs", "0", "--dataset", "mnist-mini"},
            {"train", "--model", "two-layer", "--batch", "100000", "--dataset", "mnist-mini"},
            {"train", "--model", "two-layer", "--lr", "-1", "--dataset", "mnist-mini"},
            {"train", "--model", "two-layer", "--data", temp.toString()},
            {"eval", "--model", temp.resolve("missing.npz").toString(), "--dataset", "mnist-mini"},
            {"bench", "--workload", "mlp", "--iters", "-3", "--dataset", "mnist-mini"},
            {"train", "--model", "two-layer", "--dataset", "imagenet"},
        };
        for (String[] args : cases) {
            Result r = run(args);
            assertEquals(DlfsCli.EXIT_ERROR, r.status(), String.join(" ", args));
            String err = r.err().strip();
            assertTrue(err.startsWith("error: ") || err.contains("\nerror: "), String.join(" ", args) + " → " + err);
            assertTrue(!err.contains("\tat "), "no stack trace: " + err);
        }
    }

    @Test
    void evalRefusesAModelFileThatIsNotOne() throws Exception {
        Path junk = temp.resolve("junk.npz");
        Files.write(junk, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Result r = run("eval", "--model", junk.toString(), "--dataset", "mnist-mini");
        assertEquals(DlfsCli.EXIT_ERROR, r.status());
        assertTrue(r.err().contains("junk.npz"), r.err());
    }
}
