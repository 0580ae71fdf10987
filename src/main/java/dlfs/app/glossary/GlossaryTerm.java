package dlfs.app.glossary;

/**
 * One entry of the glossary.
 *
 * @param chapter the book chapter(s) where the term belongs, e.g. {@code 3} or {@code 5–6}
 */
public record GlossaryTerm(String japanese, String english, String chapter) {
}
