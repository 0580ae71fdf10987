package dlfs.app.ch05;

import dlfs.app.page.PageContext;
import dlfs.app.widgets.MatrixView;
import dlfs.core.graph.ExampleGraphs;
import dlfs.core.graph.Operation;
import dlfs.core.layer.Relu;
import dlfs.core.layer.Sigmoid;
import java.util.List;
import java.util.function.IntFunction;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** 5.5: the ReLU mask on a matrix, and the sigmoid's four nodes collapsing into one. */
public final class ActivationLayersPage extends GraphLabPage {
    public static final String ID = "activation-layers";

    private final ActivationLayersViewModel model = new ActivationLayersViewModel();
    private TextField xField;
    private TextField doutField;

    public ActivationLayersPage(PageContext context) {
        super(context, ID);
    }

    ActivationLayersViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Relu.class, Sigmoid.class, ExampleGraphs.class, Operation.class);
    }

    @Override
    protected javafx.scene.Node createView() {
        return page(reluSection(), sigmoidSection());
    }

    private VBox reluSection() {
        xField = Controls.field(ActivationLayersViewModel.DEFAULT_X, 18);
        xField.setId("relu-x");
        doutField = Controls.field(ActivationLayersViewModel.DEFAULT_DOUT, 18);
        doutField.setId("relu-dout");
        Runnable apply = () -> model.applyRelu(xField.getText(), doutField.getText());
        GraphLab.commitOnEnterOrFocusLoss(xField, apply);
        GraphLab.commitOnEnterOrFocusLoss(doutField, apply);
        Label error = Controls.error();
        error.textProperty().bind(i18n().binding(model.reluErrorProperty()));
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, Controls.label(i18n(), "ch05.relu.x"), xField);
        fields.addRow(1, Controls.label(i18n(), "ch05.relu.dout"), doutField);

        MatrixView x = new MatrixView();
        MatrixView mask = new MatrixView();
        MatrixView y = new MatrixView();
        MatrixView dout = new MatrixView();
        MatrixView dx = new MatrixView();
        x.setId("relu-x-matrix");
        mask.setId("relu-mask");
        y.setId("relu-y");
        dx.setId("relu-dx");
        mask.setFormat(v -> v != 0 ? "True" : "False");
        FlowPane matrices = new FlowPane(18, 10, captioned("ch05.relu.xCaption", x), captioned("ch05.relu.maskCaption", mask),
                captioned("ch05.relu.yCaption", y), captioned("ch05.relu.doutCaption", dout),
                captioned("ch05.relu.dxCaption", dx));
        Runnable show = () -> {
            ActivationLayersViewModel.ReluResult r = model.reluProperty().get();
            IntFunction<String> tint = i -> r.mask()[i] ? "matrix-cell-off" : "matrix-cell-on";
            x.show(r.x(), tint);
            mask.show(dlfs.core.tensor.Tensor.wrap(maskValues(r.mask()), r.x().shape()), tint);
            y.show(r.y(), tint);
            dout.show(r.dout());
            dx.show(r.dx(), tint);
        };
        model.reluProperty().addListener(obs -> show.run());
        show.run();
        return new VBox(8, sectionTitle("ch05.relu.title"), Controls.label(i18n(), "ch05.relu.lead"), fields, error,
                matrices);
    }

    private static double[] maskValues(boolean[] mask) {
        double[] values = new double[mask.length];
        for (int i = 0; i < mask.length; i++) {
            values[i] = mask[i] ? 1 : 0;
        }
        return values;
    }

    private VBox captioned(String key, javafx.scene.Node content) {
        return new VBox(4, Controls.label(i18n(), key), content);
    }

    private VBox sigmoidSection() {
        GraphLab lab = createLab(model.sigmoidGraph(), true);
        ToggleGroup form = new ToggleGroup();
        ToggleButton expanded = new ToggleButton();
        expanded.textProperty().bind(i18n().binding("ch05.sigmoid.expanded"));
        ToggleButton grouped = new ToggleButton();
        grouped.textProperty().bind(i18n().binding("ch05.sigmoid.grouped"));
        grouped.setId("sigmoid-grouped");
        expanded.setId("sigmoid-expanded");
        expanded.setToggleGroup(form);
        grouped.setToggleGroup(form);
        expanded.setSelected(true);
        form.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            stopPlaying();
            model.groupedProperty().set(now == grouped);
        });
        model.groupedProperty().addListener((obs, old, now) -> (now ? grouped : expanded).setSelected(true));

        Slider x = new Slider(-6, 6, model.sigmoidXProperty().get());
        x.setShowTickLabels(true);
        x.setShowTickMarks(true);
        x.setMajorTickUnit(2);
        x.setPrefWidth(300);
        x.setId("sigmoid-x");
        x.valueProperty().addListener((obs, old, now) ->
                model.sigmoidXProperty().set(Math.round(now.doubleValue() * 10) / 10.0));
        model.sigmoidXProperty().addListener((obs, old, now) -> x.setValue(now.doubleValue()));

        GridPane compare = new GridPane();
        compare.setHgap(12);
        compare.setVgap(3);
        compare.getStyleClass().add("ch05-box");
        Label expandedValue = Controls.data("");
        Label groupedValue = Controls.data("");
        Label layerValue = Controls.data("");
        expandedValue.setId("sigmoid-expanded-gradient");
        groupedValue.setId("sigmoid-grouped-gradient");
        layerValue.setId("sigmoid-layer-gradient");
        compare.addRow(0, Controls.label(i18n(), "ch05.sigmoid.viaExpanded"), expandedValue);
        compare.addRow(1, Controls.label(i18n(), "ch05.sigmoid.viaGrouped"), groupedValue);
        compare.addRow(2, Controls.label(i18n(), "ch05.sigmoid.viaLayer"), layerValue);
        Runnable showComparison = () -> {
            ActivationLayersViewModel.SigmoidComparison c = model.comparisonProperty().get();
            expandedValue.setText(Controls.full(c.expanded()));
            groupedValue.setText(Controls.full(c.grouped()));
            layerValue.setText(Controls.full(c.layer()));
        };
        model.comparisonProperty().addListener(obs -> showComparison.run());
        showComparison.run();
        Label derivation = Controls.label(i18n(), "ch05.sigmoid.derivation");
        derivation.getStyleClass().add("formula");

        expanded.setMinWidth(Region.USE_PREF_SIZE);
        grouped.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(8, sectionTitle("ch05.sigmoid.title"), Controls.label(i18n(), "ch05.sigmoid.lead"),
                new FlowPane(10, 6, expanded, grouped, Controls.row(6, Controls.data("x"), x)), lab.view(), derivation,
                compare);
    }

    @Override
    protected void resetState() {
        if (xField != null) {
            xField.setText(ActivationLayersViewModel.DEFAULT_X);
            doutField.setText(ActivationLayersViewModel.DEFAULT_DOUT);
        }
        model.reset();
    }
}
