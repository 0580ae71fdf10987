package dlfs.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class KernelsTest {
    @Test
    void withoutTheModuleThePlainKernelIsChosenAndTheReasonSaysHowToGetTheFastOne() {
        Kernels.Choice choice = Kernels.choose(null, false);
        assertEquals("plain", choice.kernel().name());
        assertTrue(choice.reason().contains("--add-modules jdk.incubator.vector"), choice.reason());
        Kernels.Choice forced = Kernels.choose("vector", false);
        assertEquals("plain", forced.kernel().name(), "forcing cannot conjure the module");
    }

    @Test
    void thePropertyForcesEitherKernelAndUnknownValuesFallBackToPlain() {
        assertEquals("plain", Kernels.choose("plain", true).kernel().name());
        assertEquals("plain", Kernels.choose(" PLAIN ", true).kernel().name());
        Kernels.Choice unknown = Kernels.choose("fast", true);
        assertEquals("plain", unknown.kernel().name());
        assertTrue(unknown.reason().contains("unknown -Ddlfs.kernel=fast"), unknown.reason());
        assumeTrue(Kernels.vectorModulePresent());
        assertEquals("vector", Kernels.choose("vector", true).kernel().name());
    }

    @Test
    void withTheModuleTheVectorKernelPassesItsSelfCheckAndIsInstalled() {
        assumeTrue(Kernels.vectorModulePresent());
        Kernels.Choice choice = Kernels.choose(null, true);
        assertEquals("vector", choice.kernel().name());
        assertTrue(choice.reason().contains("self-check against the plain kernel passed"), choice.reason());
        assumeTrue(System.getProperty(Kernels.PROPERTY) == null);
        assertEquals("vector", Kernels.best().kernel().name());
        MatMul.Kernel saved = MatMul.kernel();
        try {
            MatMul.setKernel(new MatMul.PlainKernel());
            Kernels.installBest();
            assertEquals("vector", MatMul.kernel().name());
        } finally {
            MatMul.setKernel(saved);
        }
    }

    @Test
    void theSelfCheckCatchesAWrongOrFailingKernel() {
        MatMul.Kernel plain = new MatMul.PlainKernel();
        assertNull(Kernels.selfCheck(plain, plain));
        MatMul.Kernel slightlyWrong = new MatMul.Kernel() {
            @Override
            public void multiplyRows(boolean transA, boolean transB, int m, int n, int k, double[] a, double[] b,
                                     double[] c, boolean accumulate, int rowFrom, int rowTo) {
                plain.multiplyRows(transA, transB, m, n, k, a, b, c, accumulate, rowFrom, rowTo);
                if (k > 256) {
                    c[0] *= 1 + 1e-9;
                }
            }

            @Override
            public String name() {
                return "wrong";
            }
        };
        String failure = Kernels.selfCheck(slightlyWrong, plain);
        assertNotNull(failure);
        assertTrue(failure.contains("3x17x300"), failure);
        MatMul.Kernel throwing = new MatMul.Kernel() {
            @Override
            public void multiplyRows(boolean transA, boolean transB, int m, int n, int k, double[] a, double[] b,
                                     double[] c, boolean accumulate, int rowFrom, int rowTo) {
                throw new UnsupportedOperationException("no SIMD here");
            }

            @Override
            public String name() {
                return "throwing";
            }
        };
        assertTrue(Kernels.selfCheck(throwing, plain).contains("no SIMD here"));
    }

    @Test
    void theSelfCheckOnlyUsesProductsBigEnoughForTheVectorLoops() {
        MatMul.Kernel plain = new MatMul.PlainKernel();
        List<Long> sizes = new ArrayList<>();
        MatMul.Kernel recording = new MatMul.Kernel() {
            @Override
            public void multiplyRows(boolean transA, boolean transB, int m, int n, int k, double[] a, double[] b,
                                     double[] c, boolean accumulate, int rowFrom, int rowTo) {
                sizes.add((long) (rowTo - rowFrom) * n * k);
                plain.multiplyRows(transA, transB, m, n, k, a, b, c, accumulate, rowFrom, rowTo);
            }

            @Override
            public String name() {
                return "recording";
            }
        };
        assertNull(Kernels.selfCheck(recording, plain));
        assertEquals(24, sizes.size(), "3 shapes x 8 flag combinations");
        assertTrue(sizes.stream().allMatch(size -> size >= VectorKernel.SMALL_PRODUCT), sizes.toString());
    }

    /**
     * The real thing: a fresh JVM started without the module must run on the plain kernel (so no
     * always-loaded class may touch the vector kernel), and with it on the vector kernel.
     */
    @Test
    void aJvmWithoutTheModuleRunsOnThePlainKernelAndOneWithItOnTheVectorKernel() throws Exception {
        assertEquals("plain [19.0, 22.0, 43.0, 50.0]", probe().get(0));
        assertEquals("vector [19.0, 22.0, 43.0, 50.0]", probe("--add-modules", "jdk.incubator.vector").get(0));
        assertEquals("plain [19.0, 22.0, 43.0, 50.0]",
                probe("--add-modules", "jdk.incubator.vector", "-Ddlfs.kernel=plain").get(0));
    }

    private static List<String> probe(String... jvmOptions) throws IOException, InterruptedException, URISyntaxException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, location(MatMul.class), location(KernelSelectionProbe.class),
                location(DMatrixRMaj.class)));
        command.add(KernelSelectionProbe.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "probe JVM finished");
        assertEquals(0, process.exitValue(), output);
        List<String> lines = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (!line.startsWith("WARNING: Using incubator modules")) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
