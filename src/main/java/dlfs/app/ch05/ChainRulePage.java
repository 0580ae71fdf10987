package dlfs.app.ch05;

import dlfs.app.page.PageContext;
import dlfs.core.graph.ComputationalGraph;
import dlfs.core.graph.ExampleGraphs;
import dlfs.core.graph.Operation;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** 5.2: the chain rule on the graph of z = (x + y)², with x and y on sliders. */
public final class ChainRulePage extends GraphLabPage {
    public static final String ID = "chain-rule";

    private final ChainRuleViewModel model = new ChainRuleViewModel();

    public ChainRulePage(PageContext context) {
        super(context, ID);
    }

    ChainRuleViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(ExampleGraphs.class, ComputationalGraph.class, Operation.class);
    }

    @Override
    protected javafx.scene.Node createView() {
        GraphLab lab = createLab(model.graph(), false);
        GridPane sliders = new GridPane();
        sliders.setHgap(10);
        sliders.setVgap(6);
        addSlider(sliders, 0, "x", model.xProperty());
        addSlider(sliders, 1, "y", model.yProperty());
        Label symbolic = Controls.label(i18n(), "ch05.chain.symbolic");
        symbolic.getStyleClass().add("formula");
        Label numbers = Controls.label(i18n(), model.chainProperty());
        numbers.getStyleClass().addAll("formula", "content-text");
        numbers.setId("chain-numbers");
        VBox chain = new VBox(6, sectionTitle("ch05.chain.title"), symbolic, numbers);
        return page(sliders, chain, lab.view());
    }

    private static void addSlider(GridPane grid, int row, String name, DoubleProperty value) {
        Slider slider = new Slider(-ChainRuleViewModel.LIMIT, ChainRuleViewModel.LIMIT, value.get());
        slider.setMajorTickUnit(1);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(0.1);
        slider.setPrefWidth(320);
        slider.setId("slider-" + name);
        slider.valueProperty().addListener((obs, old, now) -> value.set(Math.round(now.doubleValue() * 10) / 10.0));
        value.addListener((obs, old, now) -> slider.setValue(now.doubleValue()));
        Label reading = Controls.data("");
        reading.textProperty().bind(value.asString(Locale.ROOT, "%.1f"));
        grid.addRow(row, Controls.data(name), slider, reading);
    }

    @Override
    protected void resetState() {
        model.reset();
    }
}
