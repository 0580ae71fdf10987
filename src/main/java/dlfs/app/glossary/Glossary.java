package dlfs.app.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Japanese ⇄ English terms of the course, read from {@code dlfs/app/glossary.tsv}
 * (tab-separated: Japanese, English, chapter; lines starting with # are comments).
 */
public final class Glossary {
    static final String RESOURCE = "/dlfs/app/glossary.tsv";

    private Glossary() {
    }

    public static List<GlossaryTerm> load() {
        InputStream in = Glossary.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("glossary resource missing: " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<GlossaryTerm> terms = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected 3 tab-separated fields");
                }
                terms.add(new GlossaryTerm(fields[0], fields[1], fields[2]));
            }
            return List.copyOf(terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a term matches a search text in either language: case-insensitive, and full-width
     * letters match half-width ones (ＲｅＬＵ finds ReLU).
     */
    public static boolean matches(GlossaryTerm term, String query) {
        String needle = normalize(query);
        return needle.isEmpty() || normalize(term.japanese()).contains(needle)
                || normalize(term.english()).contains(needle);
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim();
    }
}
