package io.newsalert.app.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback webhook receiver for the benchmark, standing in for the subscribers' own servers: answers 204 at once
 * and notes when each webhook id first arrived and how many requests came in all. It runs on one non-blocking
 * event loop (Vert.x, as a production receiver would run on some such server), so the receivers take as little of
 * the machine's CPU from the pipeline being measured as they can.
 */
final class BenchReceiver implements AutoCloseable {

    /**
     * How long a receiver takes to answer ({@code -Dbench.answerAfterMs}, 0 by default): real receivers are
     * farther away and slower than a loopback one. Arrival is noted when the request arrives.
     */
    private static final long ANSWER_AFTER_MS = Long.getLong("bench.answerAfterMs", 0);

    private final Vertx vertx =
            Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final HttpServer server;
    private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();

    BenchReceiver() throws Exception {
        server = vertx.createHttpServer(
                        new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .requestHandler(request -> request.end().onComplete(ended -> {
                    final long now = System.currentTimeMillis();
                    firstArrival.putIfAbsent(request.getHeader("webhook-id") + " " + request.path(), now);
                    requests.incrementAndGet();
                    if (ANSWER_AFTER_MS > 0) {
                        vertx.setTimer(
                                ANSWER_AFTER_MS,
                                t -> request.response().setStatusCode(204).end());
                    } else {
                        request.response().setStatusCode(204).end();
                    }
                }))
                .listen()
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    String url(final int subscriber) {
        return "http://127.0.0.1:" + server.actualPort() + "/hook/" + subscriber;
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
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
