package dlfs.core.search;

import dlfs.core.optimizer.Optimizers;
import dlfs.core.train.TrainerConfig;

/**
 * What a random search tries: how many trials, the log ranges of learning rate and weight decay,
 * the validation share, the optimizer, and how each trial trains ({@code training}: a few epochs,
 * since poor settings show early).
 */
public record SearchSettings(int trials, LogUniformRange learningRates, LogUniformRange weightDecays,
        double validationFraction, String optimizer, TrainerConfig training) {
    /** The companion code's number of trials. */
    public static final int BOOK_TRIALS = 100;

    public SearchSettings {
        if (trials < 1) {
            throw new IllegalArgumentException("a search needs at least one trial, got " + trials);
        }
        if (learningRates == null || weightDecays == null || training == null) {
            throw new IllegalArgumentException("a search needs learning-rate and weight-decay ranges and training settings");
        }
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in (0, 1), got " + validationFraction);
        }
        Optimizers.defaultLearningRate(optimizer);
    }

    /** The book's search: 100 trials, lr 10^U(−6,−2), weight decay 10^U(−8,−4), 20 % validation, SGD. */
    public static SearchSettings book(TrainerConfig training) {
        return new SearchSettings(BOOK_TRIALS, LogUniformRange.BOOK_LEARNING_RATE, LogUniformRange.BOOK_WEIGHT_DECAY,
                ValidationSplit.BOOK_FRACTION, "sgd", training);
    }

    public SearchSettings withTrials(int count) {
        return new SearchSettings(count, learningRates, weightDecays, validationFraction, optimizer, training);
    }

    public SearchSettings withRanges(LogUniformRange learningRateRange, LogUniformRange weightDecayRange) {
        return new SearchSettings(trials, learningRateRange, weightDecayRange, validationFraction, optimizer, training);
    }
}
