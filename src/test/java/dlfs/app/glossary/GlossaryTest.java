package dlfs.app.glossary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GlossaryTest {
    private final List<GlossaryTerm> terms = Glossary.load();

    @Test
    void holdsTheSpecTermsOnceEach() {
        assertTrue(terms.size() >= 250, "terms: " + terms.size());
        Set<String> japanese = new HashSet<>();
        terms.forEach(t -> assertTrue(japanese.add(t.japanese()), "duplicate " + t.japanese()));
        assertTrue(terms.contains(new GlossaryTerm("誤差逆伝播法", "backpropagation", "4")));
    }

    @Test
    void filterMatchesEitherLanguage() {
        assertTrue(matchesAny("勾配", "gradient"));
        assertTrue(matchesAny("pool", "プーリング層 (Pooling レイヤ)"));
        assertFalse(terms.stream().anyMatch(t -> Glossary.matches(t, "no such term at all")));
    }

    @Test
    void fullWidthLettersMatchHalfWidth() {
        assertTrue(matchesAny("ＲｅＬＵ", "ReLU関数"));
        assertTrue(terms.stream().allMatch(t -> Glossary.matches(t, "  ")), "blank filter keeps everything");
    }

    private boolean matchesAny(String query, String expectedField) {
        return terms.stream().filter(t -> Glossary.matches(t, query))
                .anyMatch(t -> t.japanese().equals(expectedField) || t.english().equals(expectedField));
    }
}
