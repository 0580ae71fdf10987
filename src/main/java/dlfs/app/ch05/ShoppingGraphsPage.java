package dlfs.app.ch05;

import dlfs.app.page.PageContext;
import dlfs.core.graph.ComputationalGraph;
import dlfs.core.graph.Node;
import dlfs.core.graph.Operation;
import dlfs.core.graph.ShoppingLayers;
import dlfs.core.layer.AddLayer;
import dlfs.core.layer.MulLayer;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * 5.1–5.4: the shopping graphs (2 apples with tax → 220; apples and oranges → 715) and the single
 * add and multiply nodes, stepped forward and backward node by node, and the same computation by
 * the book's programs on MulLayer / AddLayer objects.
 */
public final class ShoppingGraphsPage extends GraphLabPage {
    public static final String ID = "shopping-graphs";

    private final ShoppingGraphsViewModel model = new ShoppingGraphsViewModel();

    public ShoppingGraphsPage(PageContext context) {
        super(context, ID);
    }

    ShoppingGraphsViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(ShoppingLayers.class, MulLayer.class, AddLayer.class, ComputationalGraph.class,
                Operation.class, Node.class);
    }

    @Override
    protected javafx.scene.Node createView() {
        GraphLab lab = createLab(model.graph(), true);
        ToggleGroup presets = new ToggleGroup();
        FlowPane presetBar = new FlowPane(14, 6);
        for (ShoppingGraphsViewModel.Preset preset : ShoppingGraphsViewModel.Preset.values()) {
            RadioButton choice = new RadioButton();
            choice.setWrapText(true);
            choice.textProperty().bind(i18n().binding(preset.textKey()));
            choice.setToggleGroup(presets);
            choice.setUserData(preset);
            choice.setId("preset-" + preset.name().toLowerCase(Locale.ROOT));
            choice.setSelected(preset == model.presetProperty().get());
            presetBar.getChildren().add(choice);
        }
        model.presetProperty().addListener((obs, old, now) -> presets.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(presets::selectToggle));
        presets.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                stopPlaying();
                model.presetProperty().set((ShoppingGraphsViewModel.Preset) now.getUserData());
            }
        });

        GridPane calls = new GridPane();
        calls.setHgap(16);
        calls.setVgap(3);
        Label agreement = Controls.label(i18n(), model.agreementProperty());
        agreement.setId("shopping-agreement");
        VBox layers = new VBox(6, sectionTitle("ch05.shopping.layersTitle"), Controls.label(i18n(), "ch05.shopping.layersLead"),
                calls, agreement);
        layers.getStyleClass().add("ch05-box");
        layers.managedProperty().bind(layers.visibleProperty());
        model.programProperty().addListener((obs, old, program) -> showProgram(calls, layers, program));
        showProgram(calls, layers, model.programProperty().get());

        return page(presetBar, lab.view(), layers);
    }

    private void showProgram(GridPane calls, VBox box, ShoppingGraphsViewModel.Program program) {
        box.setVisible(program != null);
        calls.getChildren().clear();
        if (program == null) {
            return;
        }
        int row = 0;
        calls.add(Controls.heading(i18n(), "ch05.shopping.forwardCalls"), 0, row++, 2, 1);
        row = addCalls(calls, program.forward(), row);
        calls.add(Controls.heading(i18n(), "ch05.shopping.backwardCalls"), 0, row++, 2, 1);
        addCalls(calls, program.backward(), row);
    }

    private static int addCalls(GridPane grid, List<ShoppingGraphsViewModel.Call> calls, int row) {
        int r = row;
        for (ShoppingGraphsViewModel.Call call : calls) {
            Label code = Controls.data(call.code());
            code.getStyleClass().add("ch05-code");
            Label result = Controls.data("→ " + call.result());
            result.getStyleClass().add("ch05-code");
            grid.addRow(r++, code, result);
        }
        return r;
    }

    @Override
    protected void resetState() {
        model.reset();
    }
}
