package dlfs.app.ch05;

import dlfs.app.page.PageContext;
import dlfs.app.widgets.MatrixView;
import dlfs.core.graph.ExampleGraphs;
import dlfs.core.layer.Affine;
import dlfs.core.layer.SoftmaxWithLoss;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** 5.6 and Appendix A: batch Affine shapes, the bias-sum example, and the Softmax-with-Loss graph node by node. */
public final class AffineSoftmaxPage extends GraphLabPage {
    public static final String ID = "affine-softmax";

    private final AffineSoftmaxViewModel model = new AffineSoftmaxViewModel();
    private TextField doutField;

    public AffineSoftmaxPage(PageContext context) {
        super(context, ID);
    }

    AffineSoftmaxViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Affine.class, SoftmaxWithLoss.class, ExampleGraphs.class);
    }

    @Override
    protected javafx.scene.Node createView() {
        TabPane tabs = new TabPane(tab("ch05.affine.tab", page(shapesSection(), biasSection())),
                tab("ch05.softmax.tab", page(softmaxSection())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("affine-softmax-tabs");
        return tabs;
    }

    private Tab tab(String key, javafx.scene.Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(i18n().binding(key));
        tab.setContent(content);
        return tab;
    }

    private VBox shapesSection() {
        GridPane table = new GridPane();
        table.setHgap(18);
        table.setVgap(3);
        table.getStyleClass().add("ch05-box");
        Runnable show = () -> {
            table.getChildren().clear();
            int row = 0;
            for (AffineSoftmaxViewModel.ShapeRow r : model.shapesProperty().get()) {
                table.addRow(row++, Controls.data(r.quantity()), Controls.data(r.shapes()));
            }
        };
        model.shapesProperty().addListener(obs -> show.run());
        show.run();
        FlowPane sizes = new FlowPane(10, 6, Controls.label(i18n(), "ch05.affine.batch"), spinner(model.batchProperty(), "affine-batch"),
                Controls.label(i18n(), "ch05.affine.inputSize"), spinner(model.inputSizeProperty(), "affine-input"),
                Controls.label(i18n(), "ch05.affine.outputSize"), spinner(model.outputSizeProperty(), "affine-output"));
        return new VBox(8, sectionTitle("ch05.affine.shapesTitle"), Controls.label(i18n(), "ch05.affine.shapesLead"), sizes,
                table);
    }

    private static Spinner<Integer> spinner(IntegerProperty value, String id) {
        Spinner<Integer> spinner = Controls.spinner(1, 6, value.get());
        spinner.setId(id);
        spinner.valueProperty().addListener((obs, old, now) -> value.set(now));
        value.addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        return spinner;
    }

    private VBox biasSection() {
        doutField = Controls.field(AffineSoftmaxViewModel.DEFAULT_DOUT, 14);
        doutField.setId("affine-dout");
        GraphLab.commitOnEnterOrFocusLoss(doutField, () -> model.applyBiasExample(doutField.getText()));
        Label error = Controls.error();
        error.textProperty().bind(i18n().binding(model.biasErrorProperty()));
        MatrixView xw = new MatrixView();
        MatrixView b = new MatrixView();
        MatrixView y = new MatrixView();
        MatrixView dy = new MatrixView();
        MatrixView db = new MatrixView();
        MatrixView dw = new MatrixView();
        MatrixView dx = new MatrixView();
        y.setId("affine-y");
        db.setId("affine-db");
        Runnable show = () -> {
            AffineSoftmaxViewModel.BiasExample e = model.biasProperty().get();
            xw.show(e.xw());
            b.show(e.b());
            y.show(e.y());
            dy.show(e.dy());
            db.show(e.db());
            dw.show(e.dw());
            dx.show(e.dx());
        };
        model.biasProperty().addListener(obs -> show.run());
        show.run();
        FlowPane forward = new FlowPane(18, 8, captioned("X · W", xw), captioned("B", b), captioned("Y = X · W + B", y));
        FlowPane backward = new FlowPane(18, 8, captioned("∂L/∂Y", dy), captioned("∂L/∂B = Σ₀ ∂L/∂Y", db),
                captioned("∂L/∂W = Xᵀ · ∂L/∂Y", dw), captioned("∂L/∂X = ∂L/∂Y · Wᵀ", dx));
        return new VBox(8, sectionTitle("ch05.affine.biasTitle"), Controls.label(i18n(), "ch05.affine.biasLead"), forward,
                Controls.row(8, Controls.label(i18n(), "ch05.affine.dout"), doutField, error), backward);
    }

    private static VBox captioned(String caption, javafx.scene.Node content) {
        return new VBox(4, Controls.data(caption), content);
    }

    private VBox softmaxSection() {
        GraphLab lab = createLab(model.softmaxGraph(), false);
        Spinner<Integer> classes = Controls.spinner(2, AffineSoftmaxViewModel.MAX_CLASSES, model.classesProperty().get());
        classes.setId("softmax-classes");
        classes.valueProperty().addListener((obs, old, now) -> {
            stopPlaying();
            model.classesProperty().set(now);
        });
        model.classesProperty().addListener((obs, old, now) -> classes.getValueFactory().setValue(now.intValue()));
        Spinner<Integer> label = Controls.spinner(1, AffineSoftmaxViewModel.MAX_CLASSES, model.labelProperty().get());
        label.setId("softmax-label");
        label.valueProperty().addListener((obs, old, now) -> {
            if (now > model.classesProperty().get()) {
                label.getValueFactory().setValue(model.classesProperty().get());
            } else {
                model.labelProperty().set(now);
            }
        });
        model.labelProperty().addListener((obs, old, now) -> label.getValueFactory().setValue(now.intValue()));
        Button book = Controls.button(i18n(), "ch05.softmax.bookExample", () -> {
            stopPlaying();
            model.loadBookExample();
        });
        book.setId("softmax-book-example");
        FlowPane settings = new FlowPane(10, 6, Controls.label(i18n(), "ch05.softmax.classes"), classes,
                Controls.label(i18n(), "ch05.softmax.label"), label, book);

        GridPane check = new GridPane();
        check.setHgap(16);
        check.setVgap(3);
        check.getStyleClass().add("ch05-box");
        Runnable show = () -> showLossCheck(check, model.lossCheckProperty().get());
        model.lossCheckProperty().addListener(obs -> show.run());
        show.run();
        return new VBox(8, sectionTitle("ch05.softmax.title"), Controls.label(i18n(), "ch05.softmax.lead"), settings,
                lab.view(), Controls.heading(i18n(), "ch05.softmax.checkTitle"), check);
    }

    private void showLossCheck(GridPane grid, AffineSoftmaxViewModel.LossCheck c) {
        grid.getChildren().clear();
        String[] headers = {"k", "y_k", "t_k", "ch05.softmax.layerColumn", "ch05.softmax.graphColumn"};
        for (int col = 0; col < headers.length; col++) {
            Label header = col < 3 ? Controls.data(headers[col]) : Controls.label(i18n(), headers[col]);
            header.getStyleClass().add("ch05-table-header");
            grid.add(header, col, 0);
        }
        for (int k = 0; k < c.y().length; k++) {
            Label layer = Controls.data(Controls.full(c.layer()[k]));
            layer.setId("softmax-layer-" + (k + 1));
            Label graph = Controls.data(Double.isNaN(c.graph()[k]) ? "—" : Controls.full(c.graph()[k]));
            graph.setId("softmax-graph-" + (k + 1));
            grid.addRow(k + 1, Controls.data(Integer.toString(k + 1)), Controls.data(Controls.full(c.y()[k])),
                    Controls.data(Controls.full(c.t()[k])), layer, graph);
        }
    }

    @Override
    protected void resetState() {
        if (doutField != null) {
            doutField.setText(AffineSoftmaxViewModel.DEFAULT_DOUT);
        }
        model.reset();
    }
}
