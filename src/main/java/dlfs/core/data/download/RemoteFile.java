package dlfs.core.data.download;

import dlfs.core.data.IdxKind;
import java.util.List;

/**
 * One file to fetch from a mirror and how to tell it arrived intact.
 *
 * @param name     the file name, on the mirror and on disk
 * @param count    images or labels the file must hold
 * @param accepted digests the file may have; when empty only the IDX structure and count are checked
 */
public record RemoteFile(String name, IdxKind kind, int count, List<Checksum> accepted) {
    public RemoteFile {
        accepted = List.copyOf(accepted);
    }
}
