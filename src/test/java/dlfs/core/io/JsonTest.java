package dlfs.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {
    @Test
    void roundTripKeepsKeyOrderTypesAndExactDoubles() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("zeta", "first key stays first");
        value.put("alpha", 0.1);
        value.put("tiny", 4.9e-324);
        value.put("negative", -1.25e-7);
        value.put("count", 784L);
        value.put("flag", true);
        value.put("nothing", null);
        value.put("shape", List.of(784L, 50L));
        value.put("nested", Map.of("text", "quote \" backslash \\ tab \t newline \n ctrl \u0001 ü 日本"));
        value.put("empty", List.of());
        value.put("emptyObject", Map.of());
        Object back = Json.read(Json.write(value));
        assertEquals(value, back);
        assertEquals(List.copyOf(value.keySet()), List.copyOf(((Map<?, ?>) back).keySet()));
    }

    @Test
    void integersReadBackAsLongsAndPrimitiveArraysAsLists() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("int", 3);
        value.put("shape", new int[] {2, 3});
        value.put("rates", new double[] {0.5, 1e-3});
        value.put("big", new long[] {1L << 60});
        Map<?, ?> back = (Map<?, ?>) Json.read(Json.write(value));
        assertEquals(3L, back.get("int"));
        assertEquals(List.of(2L, 3L), back.get("shape"));
        assertEquals(List.of(0.5, 1e-3), back.get("rates"));
        assertEquals(List.of(1L << 60), back.get("big"));
        assertEquals(2.0, Json.read("2.0"));
        assertEquals(1e300, Json.read("1E+300"));
        assertEquals(-0.0, Json.read("-0.0"));
        assertEquals(1e19, Json.read("10000000000000000000"), "beyond long: a double");
    }

    @Test
    void writesIndentedTextWithShapesOnOneLine() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "W1");
        value.put("shape", List.of(784, 50));
        value.put("params", List.of(Map.of("a", 1)));
        assertEquals("{\n  \"name\": \"W1\",\n  \"shape\": [784, 50],\n  \"params\": [\n    {\n      \"a\": 1\n    }\n  ]\n}\n",
                Json.write(value));
    }

    @Test
    void readsEscapesAndWhiteSpace() {
        assertEquals("a\"b\\c/d\b\f\n\r\tü\u00e9", Json.read(" \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00fc\\u00E9\" "));
        assertEquals(Arrays.asList(true, false, null), Json.read("[true,false,null]"));
    }

    @Test
    void writerRefusesWhatJsonCannotHoldNamingWhere() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("accuracy", Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Json.write(Map.of("metadata", metadata)));
        assertTrue(e.getMessage().contains("NaN") && e.getMessage().contains("metadata.accuracy"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(Double.POSITIVE_INFINITY)));
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of(1, "non-string key")));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "'{\"a\": 1,}'          | expected a string key at line 1, column 9",
        "'[1, 2'                | expected ',' or ']' at the end (line 1, column 6)",
        "'{\"a\" 1}'            | expected ':' at line 1, column 6",
        "'{\"a\": 1, \"a\": 2}' | duplicate key \"a\" at line 1, column 10",
        "'[01]'                 | expected ',' or ']' at line 1, column 3",
        "'[1.]'                 | expected a digit after '.'",
        "'[1e]'                 | expected a digit in the exponent",
        "'-'                    | expected a digit",
        "'1e999'                | out of range",
        "'[NaN]'                | unexpected character 'N'",
        "'tru'                  | unexpected word",
        "'\"abc'                | unterminated string",
        "'\"\\x\"'              | unknown escape \\x",
        "'\"\\u12\"'            | four hex digits",
        "'{} {}'                | unexpected text after the value at line 1, column 4",
        "''                     | unexpected end of text",
        "'{\n  \"a\": [1,\n  2,,]}' | unexpected character ',', expected a value at line 3, column 5",
    })
    void readerRefusesBadTextSayingWhere(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.read(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void readerRefusesRawControlCharactersAndDeepNesting() {
        assertThrows(IllegalArgumentException.class, () -> Json.read("\"a\nb\""));
        String deep = "[".repeat(Json.MAX_DEPTH + 2) + "]".repeat(Json.MAX_DEPTH + 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.read(deep));
        assertTrue(e.getMessage().contains("nesting"), e.getMessage());
        String fine = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertTrue(Json.read(fine) instanceof List);
        assertNull(Json.read("null"));
    }
}
