package dlfs.app.ch06;

import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.ColoredScatterView;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.SmallMultiplesView;
import dlfs.core.search.DatasetRole;
import dlfs.core.search.HyperparameterSearch;
import dlfs.core.search.LogUniformRange;
import dlfs.core.search.TrialResult;
import dlfs.core.search.ValidationSplit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * 6.5: random search of the learning rate and the weight decay with a validation split: the sampled
 * trials in the (log lr, log weight decay) plane coloured by validation accuracy, the best ones
 * listed like the book's Best-5, and the curves of the best 20 (Fig 6-24).
 */
public final class HyperparameterSearchPage extends AbstractPage {
    public static final String ID = "hyperparameter-search";
    /** The book's grid of best curves: 20 panels, 5 columns. */
    private static final int BEST_SHOWN = 20;
    private static final int BEST_LISTED = 5;

    private final HyperparameterSearchViewModel model = new HyperparameterSearchViewModel();
    private ColoredScatterView scatter;
    private SmallMultiplesView best;
    private Label bestList;
    private Label bookList;

    public HyperparameterSearchPage(PageContext context) {
        super(context, Chapter.CH06, ID);
    }

    HyperparameterSearchViewModel model() {
        return model;
    }

    static String roleKey(DatasetRole role) {
        return role == DatasetRole.TEST ? "ch06.search.on-test" : "ch06.search.on-validation";
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(HyperparameterSearch.class, LogUniformRange.class, ValidationSplit.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(scatter);
    }

    @Override
    public void reset() {
        model.cancel();
        model.bookSettings();
    }

    @Override
    protected Node createView() {
        var i18n = i18n();
        HBox lr = range("ch06.search.lr-range", model.lrFromProperty(), model.lrToProperty());
        HBox wd = range("ch06.search.wd-range", model.wdFromProperty(), model.wdToProperty());
        NumberField trials = NumberField.of(i18n, model.trialsProperty(), NumberField.Rule.whole(1, 1000)).columns(4);
        NumberField epochs = NumberField.of(i18n, model.epochsProperty(), NumberField.Rule.whole(1, 500)).columns(4);
        NumberField images = NumberField.of(i18n, model.imagesProperty(), NumberField.Rule.whole(50, 60_000)).columns(6);
        ComboBox<DatasetRole> role = PanelUi.choice(i18n, List.of(DatasetRole.TRAINING, DatasetRole.TEST),
                HyperparameterSearchPage::roleKey, model.scoredOnProperty());
        role.setId("search-role");
        Label warning = PanelUi.message(i18n, model.warningProperty(), PanelUi.WARNING_STYLE);
        warning.setId("search-warning");
        Button start = PanelUi.button(i18n, "ch06.race.start", () -> model.start(context().training()));
        start.setId("search-start");
        start.disableProperty().bind(model.runningProperty());
        Button stop = PanelUi.button(i18n, "ch06.race.stop", model::cancel);
        stop.disableProperty().bind(model.runningProperty().not());
        Label progress = PanelUi.message(i18n, model.progressProperty(), "");
        progress.getStyleClass().add("content-text");
        Button narrow = PanelUi.button(i18n, "ch06.search.narrow", () -> model.narrowToBest(BEST_LISTED));
        narrow.disableProperty().bind(model.runningProperty().or(Bindings.createBooleanBinding(
                () -> model.resultsProperty().get().isEmpty(), model.resultsProperty())));

        scatter = new ColoredScatterView();
        scatter.xLabelProperty().bind(i18n.binding("ch06.search.lr-axis"));
        scatter.yLabelProperty().bind(i18n.binding("ch06.search.wd-axis"));
        scatter.scaleLabelProperty().bind(i18n.binding("ch06.search.scale"));
        best = new SmallMultiplesView();
        best.setPrefHeight(420);
        bestList = new Label();
        bestList.getStyleClass().add("content-text");
        bestList.setId("search-best");
        bestList.setWrapText(true);
        bookList = new Label();
        bookList.getStyleClass().add("content-text");
        bookList.setStyle("-fx-text-fill: -dlfs-muted;");
        model.resultsProperty().addListener(obs -> show());
        for (var p : List.of(model.lrFromProperty(), model.lrToProperty(), model.wdFromProperty(), model.wdToProperty())) {
            p.addListener(obs -> show());
        }
        i18n.bundleProperty().addListener(obs -> show());
        show();

        return PanelUi.page(
                PanelUi.hint(i18n, "ch06.search.setup"),
                lr, wd,
                PanelUi.flow(PanelUi.labelled(i18n, "ch06.search.trials", trials),
                        PanelUi.labelled(i18n, "ch06.bn.epochs", epochs),
                        PanelUi.labelled(i18n, "ch06.search.images", images)),
                PanelUi.flow(PanelUi.labelled(i18n, "ch06.search.scored-on", role),
                        PanelUi.button(i18n, "ch06.race.book-settings", model::bookSettings)),
                warning,
                PanelUi.flow(start, stop, progress),
                scatter,
                PanelUi.flow(narrow, PanelUi.hint(i18n, "ch06.search.narrow-hint")),
                PanelUi.heading(i18n, "ch06.search.best-heading"),
                bestList,
                PanelUi.hint(i18n, "ch06.search.book-best"),
                bookList,
                best);
    }

    /** "caption 10^[from] … 10^[to]" with two exponent fields. */
    private HBox range(String captionKey, DoubleProperty from, DoubleProperty to) {
        var i18n = i18n();
        NumberField low = NumberField.of(i18n, from, NumberField.Rule.between(-12, 3)).columns(4);
        NumberField high = NumberField.of(i18n, to, NumberField.Rule.between(-12, 3)).columns(4);
        return PanelUi.row(PanelUi.label(i18n, captionKey), PanelUi.labelled(i18n, "ch06.search.power", low),
                PanelUi.labelled(i18n, "ch06.search.to-power", high));
    }

    private void show() {
        var i18n = i18n();
        List<TrialResult> results = model.resultsProperty().get();
        // While a range is typed crossed (the warning says so), the plot shows it the right way round.
        double lrFrom = model.lrFromProperty().get();
        double lrTo = model.lrToProperty().get();
        double wdFrom = model.wdFromProperty().get();
        double wdTo = model.wdToProperty().get();
        scatter.setWindow(Math.min(lrFrom, lrTo) - 0.2, Math.max(lrFrom, lrTo) + 0.2,
                Math.min(wdFrom, wdTo) - 0.2, Math.max(wdFrom, wdTo) + 0.2);
        double low = results.stream().mapToDouble(TrialResult::validationAccuracy).filter(Double::isFinite).min().orElse(0);
        double high = results.stream().mapToDouble(TrialResult::validationAccuracy).filter(Double::isFinite).max().orElse(1);
        scatter.setValueRange(Math.min(low, high - 0.05), Math.max(high, low + 0.05));
        scatter.setPoints(results.stream().map(r -> new ColoredScatterView.Point(Math.log10(r.learningRate()),
                Math.log10(r.weightDecay()), r.validationAccuracy())).toList());
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < Math.min(BEST_LISTED, results.size()); k++) {
            TrialResult r = results.get(k);
            lines.add(i18n.text("ch06.search.best-line", k + 1, Numbers.format(r.validationAccuracy(), 2),
                    Numbers.format(r.learningRate(), 3), Numbers.format(r.weightDecay(), 3)));
        }
        bestList.setText(lines.isEmpty() ? i18n.text("ch06.search.none-yet") : String.join("\n", lines));
        List<String> book = new ArrayList<>();
        for (int k = 0; k < HyperparameterSearchViewModel.BOOK_BEST.length; k++) {
            double[] row = HyperparameterSearchViewModel.BOOK_BEST[k];
            book.add(i18n.text("ch06.search.best-line", k + 1, Numbers.format(row[0]), Numbers.format(row[1]),
                    Numbers.format(row[2])));
        }
        bookList.setText(String.join("\n", book));
        List<SmallMultiplesView.Panel> panels = new ArrayList<>();
        int epochs = 1;
        for (int k = 0; k < Math.min(BEST_SHOWN, results.size()); k++) {
            TrialResult r = results.get(k);
            panels.add(new SmallMultiplesView.Panel(i18n.text("ch06.search.best-title", k + 1),
                    List.of(r.validationAccuracies(), r.trainAccuracies()), r.diverged() ? i18n.text("ch06.search.diverged")
                    : Numbers.format(r.validationAccuracy(), 2)));
            epochs = Math.max(epochs, r.validationAccuracies().length - 1);
        }
        best.setPanels(List.of(i18n.text("ch06.search.validation"), i18n.text("ch06.search.training")), panels, 5,
                epochs, 0, 1);
    }
}
