package dlfs.app.page;

/** The groups of the navigator, in course order: the book's chapters 2–8, the playground, reference pages. */
public enum Chapter {
    CH02("ch02"), CH03("ch03"), CH04("ch04"), CH05("ch05"), CH06("ch06"), CH07("ch07"), CH08("ch08"),
    PLAYGROUND("playground"),
    REFERENCE("reference");

    private final String id;

    Chapter(String id) {
        this.id = id;
    }

    /** Used in page keys and snapshot file names, e.g. {@code ch02}. */
    public String id() {
        return id;
    }

    /** Bundle key of the navigator title, e.g. "第2章 パーセプトロン". */
    public String titleKey() {
        return "chapter." + id + ".title";
    }
}
