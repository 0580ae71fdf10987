package dlfs.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.init.WeightInit;
import dlfs.core.layer.Param;
import dlfs.core.random.Rng;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConvNetworksTest {
    @Test
    void rebuildsTheSameNetworkFromItsArchitecture() {
        SimpleConvNet original = new SimpleConvNet(new int[] {1, 12, 12}, 6, 3, 1, 1, 20, 4,
                WeightInit.he(), new Rng(1));
        ConvNetwork copy = ConvNetworks.fromArchitecture(original.architecture(), new Rng(1));
        assertInstanceOf(SimpleConvNet.class, copy);
        assertEquals(original.architecture(), copy.architecture());
        assertSameParams(original, copy);

        DeepConvNet deep = new DeepConvNet(new int[] {1, 12, 12}, new int[] {2, 2, 3, 3, 4, 4}, 6, 3, 0.25,
                WeightInit.xavier(), new Rng(2));
        ConvNetwork deepCopy = ConvNetworks.fromArchitecture(deep.architecture(), new Rng(2));
        assertInstanceOf(DeepConvNet.class, deepCopy);
        assertEquals(deep.architecture(), deepCopy.architecture());
        assertSameParams(deep, deepCopy);
    }

    @Test
    void missingSettingsTakeTheBooksValues() {
        ConvNetwork simple = ConvNetworks.fromArchitecture(new Architecture("SimpleConvNet", Map.of()), new Rng(3));
        assertEquals(433_890, simple.parameterCount());
        assertEquals(new SimpleConvNet(new Rng(3)).architecture(), simple.architecture());
        ConvNetwork deep = ConvNetworks.fromArchitecture(new Architecture("DeepConvNet", Map.of()), new Rng(3));
        assertEquals(123_552, deep.parameterCount());
        assertEquals(new DeepConvNet(new Rng(3)).architecture(), deep.architecture());
    }

    @Test
    void numbersMayArriveAsAnyNumberTypeOrText() {
        Architecture a = new Architecture("SimpleConvNet", Map.of("inputDim", List.of(1L, 10.0, "10"),
                "filterNum", 4.0, "hiddenSize", "8", "weightInit", "0.1"));
        ConvNetwork net = ConvNetworks.fromArchitecture(a, new Rng(4));
        assertArrayEquals(new int[] {1, 10, 10}, net.inputDim());
        assertArrayEquals(new int[] {4, 1, 5, 5}, net.convolutions().get(0).weight().value().shape());
        assertEquals(8, ((SimpleConvNet) net).param("b2").value().size());
    }

    @Test
    void badDescriptionsAreRejectedWithTheirReason() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ConvNetworks.fromArchitecture(
                new Architecture("SimpleConvNet", Map.of("fiterNum", 30)), new Rng(5)));
        assertTrue(unknown.getMessage().contains("fiterNum"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConvNetworks.fromArchitecture(
                new Architecture("SimpleConvNet", Map.of("filterNum", 2.5)), new Rng(5)));
        assertThrows(IllegalArgumentException.class, () -> ConvNetworks.fromArchitecture(
                new Architecture("DeepConvNet", Map.of("channels", 16)), new Rng(5)));
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> ConvNetworks.fromArchitecture(
                new Architecture("TwoLayerNet", Map.of()), new Rng(5)));
        assertTrue(type.getMessage().contains("TwoLayerNet"), type.getMessage());
        assertFalse(ConvNetworks.supports(new Architecture("TwoLayerNet", Map.of())));
        assertTrue(ConvNetworks.supports(new Architecture("DeepConvNet", Map.of())));
    }

    private static void assertSameParams(Network a, Network b) {
        assertEquals(a.params().size(), b.params().size());
        for (int i = 0; i < a.params().size(); i++) {
            Param p = a.params().get(i);
            Param q = b.params().get(i);
            assertEquals(p.name(), q.name());
            assertArrayEquals(p.value().data(), q.value().data(), 0, p.name());
        }
    }
}
