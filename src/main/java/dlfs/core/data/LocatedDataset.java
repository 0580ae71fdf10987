package dlfs.core.data;

/** A data set and the place it was found; loading is deferred until asked for. */
public record LocatedDataset(DatasetId id, DatasetLocation location) {
    public TrainTest load() {
        return Datasets.load(id, location);
    }

    public DatasetInfo info() {
        return Datasets.info(id, location);
    }
}
