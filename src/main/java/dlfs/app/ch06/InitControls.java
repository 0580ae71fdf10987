package dlfs.app.ch06;

import dlfs.app.i18n.I18n;
import dlfs.core.layer.Activation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;

/** The activation and initial-weight choices shared by the weight-init and vanishing-gradient panels. */
final class InitControls {
    /** The book's three activations. */
    static final List<Activation> ACTIVATIONS = List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU);

    private InitControls() {
    }

    static String activationKey(Activation a) {
        return "ch06.activation." + a.toString().toLowerCase(Locale.ROOT);
    }

    /** Activation, initial weights and (for a custom choice only) σ, as captioned controls. */
    static List<HBox> create(I18n i18n, ObjectProperty<Activation> activation, ObjectProperty<InitChoice> init,
                             DoubleProperty customStd, String idPrefix) {
        ComboBox<Activation> activationBox = PanelUi.choice(i18n, ACTIVATIONS, InitControls::activationKey, activation);
        activationBox.setId(idPrefix + "-activation");
        ComboBox<InitChoice> initBox = PanelUi.choice(i18n, List.of(InitChoice.values()), InitChoice::nameKey, init);
        initBox.setId(idPrefix + "-init");
        NumberField custom = NumberField.of(i18n, customStd, NumberField.Rule.between(0, 100)).columns(5);
        HBox customBox = PanelUi.labelled(i18n, "ch06.init.custom-std", custom);
        customBox.visibleProperty().bind(init.isEqualTo(InitChoice.CUSTOM));
        customBox.managedProperty().bind(customBox.visibleProperty());
        return List.of(PanelUi.labelled(i18n, "ch06.init.activation", activationBox),
                PanelUi.labelled(i18n, "ch06.init.weights", initBox), customBox);
    }

    /** The keys of the choices' names. */
    static List<String> textKeys() {
        List<String> keys = new ArrayList<>();
        ACTIVATIONS.forEach(a -> keys.add(activationKey(a)));
        for (InitChoice c : InitChoice.values()) {
            keys.add(c.nameKey());
        }
        return keys;
    }
}
