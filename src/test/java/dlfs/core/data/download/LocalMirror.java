package dlfs.core.data.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 (a free port) that plays mirrors: each serves files under
 * {@code /<mirror>/<file>} with a chosen misbehaviour. Unknown paths answer 404.
 */
final class LocalMirror implements AutoCloseable {
    /** How a mirror serves a file. */
    enum Behaviour {
        /** The whole file, honouring Range requests. */
        GOOD,
        /** The first transfer breaks off halfway; later ones honour Range. */
        DROPS_ONCE,
        /** Every transfer breaks off halfway through what it sends. */
        ALWAYS_DROPS,
        /** The first transfer breaks off halfway; later ones ignore Range and send everything with 200. */
        DROPS_ONCE_IGNORES_RANGE
    }

    private final HttpServer server;
    private final List<String> log = new CopyOnWriteArrayList<>();

    LocalMirror() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            log.add(exchange.getRequestURI().getPath() + " Range: " + exchange.getRequestHeaders().getFirst("Range"));
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    URI base(String mirror) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + mirror + "/");
    }

    /** Requests seen, as "/mirror/file Range: bytes=N-" (or "Range: none"). */
    List<String> log() {
        return log;
    }

    long requestsTo(String mirror) {
        return log.stream().filter(line -> line.startsWith("/" + mirror + "/")).count();
    }

    void serve(String mirror, String file, byte[] content, Behaviour behaviour) {
        AtomicInteger transfers = new AtomicInteger();
        server.createContext("/" + mirror + "/" + file, exchange -> {
            String range = exchange.getRequestHeaders().getFirst("Range");
            log.add(exchange.getRequestURI().getPath() + " Range: " + (range == null ? "none" : range));
            boolean first = transfers.getAndIncrement() == 0;
            boolean honoursRange = behaviour != Behaviour.DROPS_ONCE_IGNORES_RANGE;
            boolean drop = behaviour == Behaviour.ALWAYS_DROPS || (first && behaviour != Behaviour.GOOD);
            int start = range != null && honoursRange ? Integer.parseInt(range.replaceAll("bytes=(\\d+)-", "$1")) : 0;
            send(exchange, content, start, drop);
        });
    }

    private static void send(HttpExchange exchange, byte[] content, int start, boolean drop) throws IOException {
        int length = content.length - start;
        if (start > 0) {
            exchange.getResponseHeaders().add("Content-Range",
                    "bytes " + start + "-" + (content.length - 1) + "/" + content.length);
            exchange.sendResponseHeaders(206, length);
        } else {
            exchange.sendResponseHeaders(200, length);
        }
        OutputStream body = exchange.getResponseBody();
        if (drop) {
            body.write(content, start, length / 2);
            body.flush();
            pause(); // let the client read what was sent before the connection goes away
            throw new IOException("connection dropped on purpose");
        }
        body.write(content, start, length);
        body.close();
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
