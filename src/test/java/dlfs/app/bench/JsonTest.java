package dlfs.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesNestedMapsListsAndNumbers() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("fps", 59.91234);
        inner.put("series", List.of(List.of(0L, 1.5)));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("cold", 1234);
        root.put("pipeline", "sw \"soft\"");
        root.put("missing", Double.NaN);
        root.put("training", inner);
        root.put("empty", List.of());
        assertEquals("""
                {
                  "cold": 1234,
                  "pipeline": "sw \\"soft\\"",
                  "missing": null,
                  "training": {
                    "fps": 59.9123,
                    "series": [
                      [
                        0,
                        1.5000
                      ]
                    ]
                  },
                  "empty": []
                }
                """, Json.write(root));
    }
}
