package dlfs.app.page;

import dlfs.app.i18n.I18n;
import dlfs.app.service.TrainingService;
import java.util.function.Consumer;

/**
 * What every page may use: the language, the one shared training service, and a way to show a
 * core class in the Code tab.
 *
 * @param showSource opens the Code tab on the given core class
 */
public record PageContext(I18n i18n, TrainingService training, Consumer<Class<?>> showSource) {
}
