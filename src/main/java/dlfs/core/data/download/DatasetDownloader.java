package dlfs.core.data.download;

import dlfs.core.data.DatasetException;
import dlfs.core.data.IdxContent;
import dlfs.core.data.IdxReader;
import dlfs.core.data.IdxWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches data files from a list of mirrors.
 *
 * <p>Each file is written to {@code <name>.part} in the target folder and renamed into place only
 * after it passed its checks (digest, IDX structure, count), so a half or wrong file never sits
 * under the real name. A broken transfer is resumed with an HTTP {@code Range} request where the
 * server supports it, retried a few times, and then the next mirror is tried. A file that fails
 * its checks is deleted and the next mirror tried.
 */
public final class DatasetDownloader {
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final List<URI> mirrors;
    private final DownloadProgress progress;
    private final int attemptsPerMirror;

    /**
     * @param mirrors           base URLs, each ending with "/"; file names are resolved below them
     * @param attemptsPerMirror transfers tried on one mirror (resuming where the last one broke) before moving on
     */
    public DatasetDownloader(HttpClient client, List<URI> mirrors, DownloadProgress progress, int attemptsPerMirror) {
        if (mirrors.isEmpty()) {
            throw new IllegalArgumentException("no mirror configured: pass --mirror URL or set " + Mirrors.ENV);
        }
        if (attemptsPerMirror < 1) {
            throw new IllegalArgumentException("attempts per mirror must be at least 1, got " + attemptsPerMirror);
        }
        this.client = client;
        this.mirrors = List.copyOf(mirrors);
        this.progress = progress;
        this.attemptsPerMirror = attemptsPerMirror;
    }

    /** A client that follows redirects and gives up connecting after 15 seconds. */
    public static HttpClient defaultClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(15)).build();
    }

    /** Fetches every file into {@code dir}; files already there and intact are kept. */
    public List<Path> downloadAll(List<RemoteFile> files, Path dir) {
        List<Path> done = new ArrayList<>();
        for (RemoteFile file : files) {
            done.add(download(file, dir));
        }
        return done;
    }

    /** Fetches one file into {@code dir} and returns its path; throws when no mirror delivered it intact. */
    public Path download(RemoteFile file, Path dir) {
        Path target = dir.resolve(file.name());
        if (Files.isRegularFile(target) && problem(target, file) == null) {
            progress.note(file.name() + ": already present and intact");
            return target;
        }
        Path part = dir.resolve(file.name() + ".part");
        List<String> failures = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (URI mirror : mirrors) {
                URI uri = mirror.resolve(file.name());
                if (fetchFromMirror(file.name(), uri, part, failures)) {
                    String problem = problem(part, file);
                    if (problem == null) {
                        IdxWriter.moveIntoPlace(part, target);
                        return target;
                    }
                    Files.deleteIfExists(part);
                    failures.add(uri + ": " + problem);
                    progress.note(file.name() + ": rejected from " + uri + ": " + problem);
                }
            }
        } catch (IOException e) {
            throw DatasetException.of(file.name(), "cannot be written to " + dir + " (" + e.getMessage() + ")");
        }
        throw DatasetException.of(file.name(), "no mirror delivered it: " + String.join("; ", failures));
    }

    /** Tries one mirror until a transfer completes; false (with the reasons in {@code failures}) if none did. */
    private boolean fetchFromMirror(String name, URI uri, Path part, List<String> failures) throws IOException {
        for (int attempt = 1; attempt <= attemptsPerMirror; attempt++) {
            try {
                transfer(name, uri, part);
                return true;
            } catch (RefusedException e) {
                failures.add(uri + ": " + e.getMessage());
                progress.note(name + ": " + uri + " refused: " + e.getMessage());
                return false;
            } catch (IOException e) {
                failures.add(uri + ": " + e.getMessage());
                progress.note(name + ": transfer from " + uri + " broke (" + e.getMessage()
                        + "), attempt " + attempt + " of " + attemptsPerMirror);
            }
        }
        return false;
    }

    /**
     * One HTTP transfer into {@code part}, continuing after the bytes it already holds when the server
     * answers a Range request with 206, starting over when it answers 200.
     */
    private void transfer(String name, URI uri, Path part) throws IOException {
        long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(RESPONSE_TIMEOUT).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try (InputStream body = response.body()) {
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            long total;
            int status = response.statusCode();
            if (status == 206 && have > 0) {
                total = resumedTotal(response, have, length);
            } else if (status == 200) {
                have = 0;
                total = length;
            } else if (status == 416) {
                Files.deleteIfExists(part);
                throw new IOException("the server refused to resume; starting over");
            } else {
                throw new RefusedException("HTTP " + status);
            }
            copy(name, body, part, have, total);
        }
    }

    /** The full size from a 206 answer, after checking it resumes exactly where the partial file ends. */
    private static long resumedTotal(HttpResponse<?> response, long have, long length) throws IOException {
        String range = response.headers().firstValue("Content-Range").orElse("");
        Matcher m = CONTENT_RANGE.matcher(range);
        if (!m.matches() || Long.parseLong(m.group(1)) != have) {
            throw new IOException("the server resumed with '" + range + "', not at byte " + have);
        }
        return m.group(3).equals("*") ? (length < 0 ? -1 : have + length) : Long.parseLong(m.group(3));
    }

    private void copy(String name, InputStream body, Path part, long have, long total) throws IOException {
        OutputStream out = have > 0
                ? Files.newOutputStream(part, StandardOpenOption.APPEND)
                : Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
        long done = have;
        progress.started(name, total, have);
        try (out) {
            byte[] buffer = new byte[1 << 16];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                out.write(buffer, 0, n);
                done += n;
                progress.advanced(done);
            }
        } finally {
            progress.finished();
        }
        if (total >= 0 && done != total) {
            throw new IOException("the connection closed after " + done + " of " + total + " bytes");
        }
    }

    /** Why {@code file} on disk is not the expected file, or null when it is. */
    private static String problem(Path path, RemoteFile file) {
        try {
            if (!file.accepted().isEmpty() && !anyMatches(path, file.accepted())) {
                return "checksum mismatch: expected " + file.accepted();
            }
            IdxContent content = IdxReader.read(file.name(), Files.newInputStream(path), Files.size(path), file.kind());
            if (content.header().count() != file.count()) {
                return "holds " + content.header().describe() + ", expected " + file.count() + " " + file.kind().noun();
            }
            return null;
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        } catch (DatasetException e) {
            return e.getMessage();
        }
    }

    private static boolean anyMatches(Path path, List<Checksum> accepted) throws IOException {
        for (Checksum checksum : accepted) {
            if (checksum.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** The server answered, but not with the file: no point asking it again. */
    private static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }
}
