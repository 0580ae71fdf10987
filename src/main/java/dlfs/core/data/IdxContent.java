package dlfs.core.data;

/** A validated IDX file: its header and exactly {@code header.dataLength()} data bytes. */
public record IdxContent(IdxHeader header, byte[] data) {
}
