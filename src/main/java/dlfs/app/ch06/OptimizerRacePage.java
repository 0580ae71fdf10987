package dlfs.app.ch06;

import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.Exportable;
import dlfs.core.metrics.CurveSmoothing;
import dlfs.core.network.MultiLayerNet;
import dlfs.core.optimizer.Optimizer;
import dlfs.core.train.LockstepTraining;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;

/**
 * 6.1.8: every optimizer trains the book's 5-layer ReLU network on MNIST at once (Fig 6-9), with
 * the smoothed loss curves overlaid and the test accuracy of each at the end.
 */
public final class OptimizerRacePage extends AbstractPage {
    public static final String ID = "optimizer-race";

    private final OptimizerRaceViewModel model = new OptimizerRaceViewModel();
    private LossRaceView race;

    public OptimizerRacePage(PageContext context) {
        super(context, Chapter.CH06, ID);
    }

    OptimizerRaceViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(LockstepTraining.class, Optimizer.class, MultiLayerNet.class, CurveSmoothing.class);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        keys.addAll(OptimizerKind.textKeys());
        return keys;
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(race).map(LossRaceView::chart);
    }

    @Override
    public void reset() {
        model.run().cancel();
        model.bookSettings();
    }

    @Override
    protected Node createView() {
        var i18n = i18n();
        NumberField iterations = NumberField.of(i18n, model.iterationsProperty(), NumberField.Rule.whole(1, 100_000));
        iterations.setId("race-iterations");
        NumberField batch = NumberField.of(i18n, model.batchSizeProperty(), NumberField.Rule.whole(1, 1000));
        GridPane optimizers = new GridPane();
        optimizers.setHgap(10);
        optimizers.setVgap(4);
        for (OptimizerSettings s : model.settings()) {
            optimizers.addRow(s.kind().ordinal(), PanelUi.optimizerCheckBox(i18n, s), PanelUi.optimizerFields(i18n, s, "race"));
        }
        Button book = PanelUi.button(i18n, "ch06.race.book-settings", model::bookSettings);
        race = new LossRaceView(i18n, model.run(), "race", "ch06.result.optimizer");
        return PanelUi.page(
                PanelUi.hint(i18n, "ch06.race.setup"),
                PanelUi.flow(PanelUi.labelled(i18n, "ch06.race.iterations", iterations),
                        PanelUi.labelled(i18n, "ch06.race.batch", batch), book),
                optimizers,
                PanelUi.flow(PanelUi.runControls(i18n, model.run(), () -> model.start(context().training()), "race")
                        .toArray(Node[]::new)),
                race);
    }
}
