package io.newsalert.app.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback webhook receiver for the benchmark: answers 204 at once and notes when each webhook id first
 * arrived and how many requests came in all.
 */
final class BenchReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();

    BenchReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(pool);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url(final int subscriber) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook/" + subscriber;
    }

    private void handle(final HttpExchange exchange) throws IOException {
        final long now = System.currentTimeMillis();
        exchange.getRequestBody().readAllBytes();
        final String id = exchange.getRequestHeaders().getFirst("webhook-id") + " "
                + exchange.getRequestURI().getPath();
        firstArrival.putIfAbsent(id, now);
        requests.incrementAndGet();
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    /** Arrival times by "webhook-id path". */
    Map<String, Long> arrivals() {
        return firstArrival;
    }

    long requests() {
        return requests.get();
    }

    void clear() {
        firstArrival.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
