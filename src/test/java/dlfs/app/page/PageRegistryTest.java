package dlfs.app.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.glossary.GlossaryPage;
import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.service.TrainingService;
import dlfs.app.shell.SourceCode;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageRegistryTest {
    private final List<Page> pages = PageRegistry.createPages(
            new PageContext(new I18n(Language.ENGLISH), new TrainingService(Runnable::run), t -> { }));

    @Test
    void pageKeysAreUnique() {
        Set<String> keys = new HashSet<>();
        pages.forEach(p -> assertTrue(keys.add(p.key()), "duplicate page key " + p.key()));
    }

    @Test
    void pagesAreGroupedByChapterInCourseOrder() {
        for (int i = 1; i < pages.size(); i++) {
            assertTrue(pages.get(i - 1).chapter().ordinal() <= pages.get(i).chapter().ordinal(),
                    pages.get(i).key() + " is out of chapter order");
        }
    }

    @Test
    void everyChapterAndThePlaygroundOpenWithAnOverview() {
        Set<Chapter> opened = EnumSet.noneOf(Chapter.class);
        Chapter previous = null;
        for (Page page : pages) {
            if (page.chapter() != previous) {
                if (page.chapter() != Chapter.REFERENCE) {
                    assertEquals(ChapterOverviewPage.ID, page.id(), "first page of " + page.chapter());
                }
                opened.add(page.chapter());
                previous = page.chapter();
            }
        }
        assertEquals(EnumSet.allOf(Chapter.class), opened);
        assertTrue(pages.stream().anyMatch(p -> p.key().equals(GlossaryPage.KEY)));
    }

    @Test
    void everySourceClassIsPackagedForTheCodeTab() {
        for (Page page : pages) {
            for (Class<?> type : page.sourceClasses()) {
                assertTrue(type.getName().startsWith("dlfs.core."), type + " is not a core class");
                List<String> lines = SourceCode.lines(type).orElseThrow(
                        () -> new AssertionError("no packaged source for " + type.getName()));
                assertTrue(lines.stream().anyMatch(l -> l.contains(type.getSimpleName())));
            }
        }
    }
}
