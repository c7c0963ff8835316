package io.newsalert.consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A real HTTP server standing in for a subscriber: records every request it gets and answers with the status its
 * behaviour gives for the n-th attempt of each webhook id.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(
            String webhookId, String timestamp, String signature, String body, int answered, long receivedAtMillis) {}

    private final HttpServer server;
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private volatile IntUnaryOperator statusForAttempt;
    private volatile Runnable beforeAnswer = () -> {};

    WebhookReceiver(final IntUnaryOperator statusForAttempt) throws IOException {
        this.statusForAttempt = statusForAttempt;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", this::handle);
        server.start();
    }

    /** Answers 200 to everything. */
    static WebhookReceiver healthy() throws IOException {
        return new WebhookReceiver(n -> 200);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void behave(final IntUnaryOperator status) {
        this.statusForAttempt = status;
    }

    /** Runs before each answer is sent, e.g. to hold a request open. */
    void beforeAnswer(final Runnable hook) {
        this.beforeAnswer = hook;
    }

    List<Received> requests() {
        return List.copyOf(requests);
    }

    /** The requests answered with a 2xx. */
    List<Received> delivered() {
        return requests.stream()
                .filter(r -> r.answered() >= 200 && r.answered() < 300)
                .toList();
    }

    private void handle(final HttpExchange exchange) throws IOException {
        final String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        final String id = exchange.getRequestHeaders().getFirst("webhook-id");
        final int attempt = attempts.computeIfAbsent(String.valueOf(id), k -> new AtomicInteger())
                .incrementAndGet();
        final int status = statusForAttempt.applyAsInt(attempt);
        beforeAnswer.run();
        requests.add(new Received(
                id,
                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"),
                body,
                status,
                System.currentTimeMillis()));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
