package dlfs.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs small Python scripts with NumPy, the real reader our files must satisfy; tests skip without it. */
final class PythonNumpy {
    private static Boolean available;

    private PythonNumpy() {
    }

    /** Skips the calling test when {@code python3 -c "import numpy"} does not work here. */
    static void assumeAvailable() {
        if (available == null) {
            try {
                available = run("import numpy").exitCode == 0;
            } catch (IOException e) {
                available = false;
            }
        }
        assumeTrue(available, "python3 with numpy is not installed");
    }

    record Result(int exitCode, String output) {
    }

    /** Runs {@code python3 -c script args…} and returns its exit code and standard output + error. */
    static Result run(String script, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("python3 did not finish");
            }
            return new Result(process.exitValue(), output.strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Runs a script that must succeed, returning its output. */
    static String check(String script, String... args) throws IOException {
        Result result = run(script, args);
        assertEquals(0, result.exitCode(), "python failed: " + result.output());
        return result.output();
    }
}
