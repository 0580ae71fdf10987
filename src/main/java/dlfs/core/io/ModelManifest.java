package dlfs.core.io;

import dlfs.core.network.Architecture;
import dlfs.core.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code manifest.json} of a model file, to and from JSON. Reading checks the structure
 * field by field so a damaged or hand-edited manifest gives a message naming the field.
 *
 * <pre>
 * {
 *   "format": "dlfs-studio-model",
 *   "version": 1,
 *   "architecture": {"type": "MultiLayerNet", "config": {...}},
 *   "params": [{"name": "W1", "shape": [784, 50]}, ...],
 *   "optimizer": {"name": "Adam", "hyper": {...}, "step": 1200, "state": [{"name": "W1/m", "shape": [784, 50]}, ...]},
 *   "metadata": {"dataset": "mnist", "epochs": 20, ...}
 * }
 * </pre>
 * The {@code optimizer} field is left out when no optimizer state was saved.
 */
record ModelManifest(Architecture architecture, List<Entry> params, Optional<Optimizer> optimizer,
                     Map<String, Object> metadata) {

    /** One array: its name and the shape it must have. */
    record Entry(String name, int[] shape) {
    }

    /** The optimizer part; its state arrays are listed like the parameters. */
    record Optimizer(String name, Map<String, Object> hyper, long step, List<Entry> state) {
    }

    // ---------------------------------------------------------------- writing

    static byte[] toJson(ModelFile.Contents contents) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", ModelFile.FORMAT);
        json.put("version", ModelFile.VERSION);
        Map<String, Object> architecture = new LinkedHashMap<>();
        architecture.put("type", contents.architecture().type());
        architecture.put("config", contents.architecture().config());
        json.put("architecture", architecture);
        json.put("params", entries(contents.params()));
        contents.optimizer().ifPresent(o -> {
            Map<String, Object> optimizer = new LinkedHashMap<>();
            optimizer.put("name", o.name());
            optimizer.put("hyper", o.hyper());
            optimizer.put("step", o.step());
            optimizer.put("state", entries(o.state()));
            json.put("optimizer", optimizer);
        });
        json.put("metadata", contents.metadata());
        return Json.write(json).getBytes(StandardCharsets.UTF_8);
    }

    private static List<Object> entries(Map<String, Tensor> arrays) {
        List<Object> list = new ArrayList<>();
        arrays.forEach((name, value) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("shape", value.shape());
            list.add(entry);
        });
        return list;
    }

    // ---------------------------------------------------------------- reading

    /**
     * Parses and checks a manifest. The format name and version are checked first, so a file from
     * a newer version is reported as such rather than as a structure this version does not know.
     */
    static ModelManifest parse(byte[] utf8) throws ModelFileException {
        Object json;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8)).toString();
            json = Json.read(text);
        } catch (CharacterCodingException e) {
            throw new ModelFileException(ModelFile.MANIFEST + " is not valid UTF-8 text", e);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(ModelFile.MANIFEST + ": " + e.getMessage(), e);
        }
        Map<String, Object> root = object(json, "the manifest");
        Object format = root.get("format");
        if (!ModelFile.FORMAT.equals(format)) {
            throw new ModelFileException(ModelFile.MANIFEST + " is not a dlfs-studio model manifest (format "
                    + (format == null ? "missing" : "\"" + format + "\"") + ")");
        }
        long version = integer(root, "version", 1, Long.MAX_VALUE);
        if (version > ModelFile.VERSION) {
            throw new ModelFileException("made by a newer dlfs-studio (model format version " + version
                    + "; this version reads up to " + ModelFile.VERSION + ")");
        }
        Map<String, Object> architecture = object(root.get("architecture"), "architecture");
        Architecture arch = new Architecture(string(architecture, "type"),
                object(architecture.get("config"), "architecture.config"));
        List<Entry> params = entries(root, "params");
        Optional<Optimizer> optimizer = Optional.empty();
        if (root.containsKey("optimizer")) {
            Map<String, Object> o = object(root.get("optimizer"), "optimizer");
            optimizer = Optional.of(new Optimizer(string(o, "name"), object(o.get("hyper"), "optimizer.hyper"),
                    integer(o, "step", 0, Long.MAX_VALUE), entries(o, "state")));
        }
        return new ModelManifest(arch, params, optimizer, object(root.get("metadata"), "metadata"));
    }

    private static List<Entry> entries(Map<String, Object> parent, String field) throws ModelFileException {
        List<Entry> entries = new ArrayList<>();
        for (Object item : list(parent.get(field), field)) {
            Map<String, Object> entry = object(item, field + " entry");
            String name = string(entry, "name");
            try {
                NpzArchive.checkName(name);
            } catch (IllegalArgumentException e) {
                throw new ModelFileException(ModelFile.MANIFEST + ": " + field + ": " + e.getMessage(), e);
            }
            List<Object> dims = list(entry.get("shape"), field + " " + name + " shape");
            int[] shape = new int[dims.size()];
            for (int i = 0; i < shape.length; i++) {
                if (!(dims.get(i) instanceof Long) || (Long) dims.get(i) < 0 || (Long) dims.get(i) > Integer.MAX_VALUE) {
                    throw problem(field + " " + name + ": shape " + dims + " is not a list of dimensions");
                }
                shape[i] = (int) (long) (Long) dims.get(i);
            }
            entries.add(new Entry(name, shape));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) throws ModelFileException {
        if (!(value instanceof Map)) {
            throw problem(what + " must be an object");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String what) throws ModelFileException {
        if (!(value instanceof List)) {
            throw problem(what + " must be a list");
        }
        return (List<Object>) value;
    }

    private static String string(Map<String, Object> parent, String field) throws ModelFileException {
        if (!(parent.get(field) instanceof String)) {
            throw problem("\"" + field + "\" must be a string");
        }
        return (String) parent.get(field);
    }

    private static long integer(Map<String, Object> parent, String field, long min, long max) throws ModelFileException {
        Object value = parent.get(field);
        if (!(value instanceof Long) || (Long) value < min || (Long) value > max) {
            throw problem("\"" + field + "\" must be an integer of at least " + min + ", got " + value);
        }
        return (Long) value;
    }

    private static ModelFileException problem(String message) {
        return new ModelFileException(ModelFile.MANIFEST + ": " + message);
    }
}
