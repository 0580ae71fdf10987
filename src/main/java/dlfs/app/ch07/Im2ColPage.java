package dlfs.app.ch07;

import static dlfs.app.ch07.PanelControls.caption;
import static dlfs.app.ch07.PanelControls.captioned;
import static dlfs.app.ch07.PanelControls.data;
import static dlfs.app.ch07.PanelControls.flow;
import static dlfs.app.ch07.PanelControls.heading;
import static dlfs.app.ch07.PanelControls.labelled;
import static dlfs.app.ch07.PanelControls.note;
import static dlfs.app.ch07.PanelControls.spinner;
import static dlfs.app.ch07.PanelControls.validation;

import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.NumberGridView;
import dlfs.app.widgets.NumberGridView.Mark;
import dlfs.core.conv.ConvGeometry;
import dlfs.core.conv.Im2Col;
import dlfs.core.layer.Convolution;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * 7.4 im2col and col2im: follow one window position through every stage of the Convolution layer:
 * its row of the unfolded matrix, the filters as columns, the product, the reshape to
 * (N, OH, OW, FN) and the transpose to (N, FN, OH, OW). col2im's overlap counts show the memory cost.
 */
public final class Im2ColPage extends AbstractPage {
    public static final String ID = "im2col";
    private static final String ARROW = "→";
    private static final String TIMES = "×";

    private final Im2ColViewModel model = new Im2ColViewModel();
    private HBox inputs;
    private NumberGridView columns;
    private NumberGridView filterColumns;
    private NumberGridView product;
    private NumberGridView reshaped;
    private HBox maps;
    private NumberGridView overlap;
    private final ReadOnlyObjectWrapper<Message> columnsCaption = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> filterCaption = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> productCaption = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> reshapeCaption = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> mapsCaption = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> memory = new ReadOnlyObjectWrapper<>();
    private PositionControls positionControls;

    public Im2ColPage(PageContext context) {
        super(context, Chapter.CH07, ID);
    }

    public Im2ColViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Im2Col.class, ConvGeometry.class, Convolution.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(columns);
    }

    @Override
    public void reset() {
        if (positionControls != null) {
            positionControls.stop();
        }
        model.resetToBook();
    }

    @Override
    protected Node createView() {
        inputs = new HBox(6);
        columns = new NumberGridView();
        filterColumns = new NumberGridView();
        product = new NumberGridView();
        reshaped = new NumberGridView();
        maps = new HBox(8);
        overlap = new NumberGridView();
        columns.setId("im2col-columns");
        product.setId("im2col-product");
        overlap.setId("im2col-overlap");
        overlap.heatMapProperty().set(true);

        Node settings = flow(
                labelled(i18n(), "ch07.stepper.channels", bound(spinner(1, 3, 1), model.channelsProperty())),
                labelled(i18n(), "ch07.im2col.size", bound(spinner(3, 5, 4), model.sizeProperty())),
                labelled(i18n(), "ch07.stepper.filter", bound(spinner(2, 3, 3), model.filterSizeProperty())),
                labelled(i18n(), "ch07.im2col.filters", bound(spinner(1, 3, 2), model.filtersProperty())),
                labelled(i18n(), "ch07.stepper.pad", bound(spinner(0, 1, 0), model.padProperty())),
                labelled(i18n(), "ch07.stepper.stride", bound(spinner(1, 2, 1), model.strideProperty())),
                PanelControls.button(i18n(), "ch07.stepper.book", this::reset));

        positionControls = new PositionControls(i18n(), model.positionProperty(), model.positionsProperty(),
                Duration.millis(700), "im2col-position");

        model.resultProperty().addListener(obs -> show());
        model.positionProperty().addListener(obs -> show());
        show();

        return PanelControls.page(
                note(i18n(), "ch07.im2col.intro"),
                settings,
                validation(i18n(), model.problemProperty()),
                positionControls.node(),
                heading(i18n(), "ch07.im2col.stage1"),
                flow(captioned(caption(i18n(), "ch07.im2col.input"), inputs), PanelControls.operator(ARROW),
                        captioned(PanelControls.message(i18n(), columnsCaption), columns)),
                heading(i18n(), "ch07.im2col.stage2"),
                flow(PanelControls.message(i18n(), columnsCaption), PanelControls.operator(TIMES),
                        captioned(PanelControls.message(i18n(), filterCaption), filterColumns), PanelControls.operator(ARROW),
                        captioned(PanelControls.message(i18n(), productCaption), product)),
                heading(i18n(), "ch07.im2col.stage3"),
                note(i18n(), "ch07.im2col.reshapeNote"),
                flow(captioned(PanelControls.message(i18n(), reshapeCaption), reshaped), PanelControls.operator(ARROW),
                        captioned(PanelControls.message(i18n(), mapsCaption), maps)),
                heading(i18n(), "ch07.im2col.col2im"),
                note(i18n(), "ch07.im2col.col2imNote"),
                flow(captioned(caption(i18n(), "ch07.im2col.overlap"), overlap)),
                PanelControls.message(i18n(), memory),
                heading(i18n(), "ch07.im2col.bookShapes"),
                bookShapes());
    }

    private static Spinner<Integer> bound(Spinner<Integer> spinner, IntegerProperty property) {
        spinner.valueProperty().addListener((obs, old, now) -> property.set(now));
        property.addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        return spinner;
    }

    private Node bookShapes() {
        GridPane table = new GridPane();
        table.setHgap(16);
        table.setVgap(4);
        table.addRow(0, PanelControls.text(i18n(), "ch07.im2col.shapeInput"), PanelControls.text(i18n(), "ch07.im2col.shapeFilter"),
                PanelControls.text(i18n(), "ch07.im2col.shapeColumns"));
        int row = 1;
        for (Im2ColViewModel.ShapeExample example : Im2ColViewModel.bookExamples()) {
            Label shape = data(Tensor.shapeString(example.columnShape()));
            shape.setId("im2col-book-" + row);
            table.addRow(row++, data(Tensor.shapeString(example.inputShape())),
                    data(example.filterSize() + "×" + example.filterSize() + ", S " + example.stride()), shape);
        }
        Tensor filters = Tensor.zeros(10, 3, 5, 5);
        Label reshape = data(Tensor.shapeString(filters.shape()) + ": " + filters.size() + " → reshape(10, −1) → "
                + Tensor.shapeString(filters.reshape(10, -1).shape()));
        reshape.setId("im2col-reshape-example");
        return new VBox(8, table, reshape);
    }

    private void show() {
        Im2ColViewModel.Result result = model.getResult();
        if (result == null) {
            inputs.getChildren().clear();
            maps.getChildren().clear();
            for (NumberGridView view : List.of(columns, filterColumns, product, reshaped, overlap)) {
                view.setValues(new double[0], 0, 0);
            }
            return;
        }
        ConvGeometry g = result.geometry();
        int p = Math.max(0, Math.min(model.positionProperty().get(), g.positions() - 1));
        int oy = p / g.outW();
        int ox = p % g.outW();
        int fn = result.filters();
        while (inputs.getChildren().size() != g.channels()) {
            if (inputs.getChildren().size() < g.channels()) {
                inputs.getChildren().add(new NumberGridView());
            } else {
                inputs.getChildren().remove(inputs.getChildren().size() - 1);
            }
        }
        for (int c = 0; c < g.channels(); c++) {
            NumberGridView view = (NumberGridView) inputs.getChildren().get(c);
            PaddedInputs.show(view, result.input().data(), c, g);
            view.setMarks(List.of(new Mark(oy * g.stride(), ox * g.stride(), g.filterH(), g.filterW(), 0, true)));
        }
        columns.setValues(result.columns().data(), result.columns().rows(), result.columns().cols());
        columns.setMarks(List.of(new Mark(p, 0, 1, g.windowSize(), 0, true)));
        filterColumns.setValues(result.filterColumns().data(), g.windowSize(), fn);
        List<Mark> filterMarks = new ArrayList<>();
        for (int k = 0; k < fn; k++) {
            filterMarks.add(new Mark(0, k, g.windowSize(), 1, k + 1, false));
        }
        filterColumns.setMarks(filterMarks);
        product.setValues(result.product().data(), g.positions(), fn);
        product.setMarks(List.of(new Mark(p, 0, 1, fn, 0, true)));
        reshaped.setValues(result.product().data(), g.outH(), g.outW() * fn);
        List<Mark> groups = new ArrayList<>();
        for (int q = 0; q < g.positions(); q++) {
            groups.add(new Mark(q / g.outW(), (q % g.outW()) * fn, 1, fn, 0, q == p));
        }
        reshaped.setMarks(groups);
        maps.getChildren().clear();
        for (int k = 0; k < fn; k++) {
            NumberGridView map = new NumberGridView();
            double[] values = new double[g.positions()];
            System.arraycopy(result.output().data(), k * g.positions(), values, 0, g.positions());
            map.setValues(values, g.outH(), g.outW());
            map.setMarks(List.of(new Mark(0, 0, g.outH(), g.outW(), k + 1, false), Mark.cell(oy, ox, 0, true)));
            maps.getChildren().add(map);
        }
        overlap.setValues(result.overlap().data(), g.height(), g.width());
        columnsCaption.set(Message.of("ch07.im2col.columnsCaption", Tensor.shapeString(result.columns().shape())));
        filterCaption.set(Message.of("ch07.im2col.filterCaption", Tensor.shapeString(result.filterColumns().shape())));
        productCaption.set(Message.of("ch07.im2col.productCaption", Tensor.shapeString(result.product().shape())));
        reshapeCaption.set(Message.of("ch07.im2col.reshapeCaption", Tensor.shapeString(1, g.outH(), g.outW(), fn)));
        mapsCaption.set(Message.of("ch07.im2col.mapsCaption", Tensor.shapeString(result.output().shape())));
        memory.set(Message.of("ch07.im2col.memory", result.columns().size(), result.input().size(),
                String.format(Locale.ROOT, "%.2f", (double) result.columns().size() / result.input().size())));
    }
}
