package dlfs.app.ch06;

import dlfs.core.init.WeightInit;
import java.util.Locale;

/** The initial weights offered by the chapter's panels: the book's fixed scales, Xavier, He, all zero, or a typed σ. */
enum InitChoice {
    STD_1, STD_0_01, XAVIER, HE, ZERO, CUSTOM;

    /** The core's init; {@code customStd} is used by {@link #CUSTOM} only. */
    WeightInit create(double customStd) {
        switch (this) {
            case STD_1: return WeightInit.fixed(1);
            case STD_0_01: return WeightInit.fixed(0.01);
            case XAVIER: return WeightInit.xavier();
            case HE: return WeightInit.he();
            case ZERO: return WeightInit.zero();
            default: return WeightInit.fixed(customStd);
        }
    }

    String nameKey() {
        return "ch06.init." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
