package dlfs.core.tensor;

/**
 * Run in a child JVM by {@link KernelsTest}: prints which kernel {@link MatMul} picked on its own
 * and the result of one product, so the test can start Java with and without the vector module.
 */
public final class KernelSelectionProbe {
    private KernelSelectionProbe() {
    }

    public static void main(String[] args) {
        Tensor a = Tensor.matrix(new double[] {1, 2}, new double[] {3, 4});
        Tensor b = Tensor.matrix(new double[] {5, 6}, new double[] {7, 8});
        System.out.println(MatMul.kernel().name() + " " + java.util.Arrays.toString(a.dot(b).data()));
        System.out.println(Kernels.best().reason());
    }
}
