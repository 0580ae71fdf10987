package dlfs.app.page;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The first page of a chapter: what the chapter builds, its panels in book order, its key formulas
 * and the core classes it runs (each a link to its source). Besides the usual page keys it reads
 * {@code page.<key>.lead} and {@code page.<key>.sections}.
 */
public class ChapterOverviewPage extends AbstractPage {
    public static final String ID = "overview";

    private final List<Class<?>> sourceClasses;

    protected ChapterOverviewPage(PageContext context, Chapter chapter, List<Class<?>> sourceClasses) {
        super(context, chapter, ID);
        this.sourceClasses = List.copyOf(sourceClasses);
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return sourceClasses;
    }

    /** Under its chapter in the navigator the overview is simply "Overview". */
    @Override
    public String navigatorTitleKey() {
        return "overview.navigatorTitle";
    }

    public String leadKey() {
        return "page." + key() + ".lead";
    }

    public String sectionsKey() {
        return "page." + key() + ".sections";
    }

    @Override
    public List<String> textKeys() {
        return List.of(titleKey(), navigatorTitleKey(), explanationKey(), formulasKey(), leadKey(), sectionsKey());
    }

    @Override
    protected Node createView() {
        VBox content = new VBox(10);
        content.getStyleClass().add("overview");
        content.setPadding(new Insets(16, 24, 24, 24));
        content.getChildren().addAll(
                styled(label(leadKey()), "overview-lead"),
                heading("overview.sections"), styled(label(sectionsKey()), "overview-sections"),
                heading("overview.formulas"), styled(label(formulasKey()), "formula"));
        if (!sourceClasses.isEmpty()) {
            FlowPane links = new FlowPane(8, 4);
            for (Class<?> type : sourceClasses) {
                Hyperlink link = new Hyperlink(type.getSimpleName());
                link.getStyleClass().add("content-text");
                link.setOnAction(e -> context().showSource().accept(type));
                links.getChildren().add(link);
            }
            content.getChildren().addAll(heading("overview.classes"), label("overview.classes.hint"), links);
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n().binding(key));
        label.setWrapText(true);
        return label;
    }

    private Label heading(String key) {
        return styled(label(key), "overview-heading");
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
