package io.newsalert.consumer.http;

import io.javalin.Javalin;
import io.javalin.http.sse.SseClient;
import io.newsalert.consumer.alert.AlertJson;
import io.newsalert.consumer.alert.AlertLog;
import io.newsalert.schemas.Alert;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /events?topics=traffic,safety}: the live stream as Server-Sent Events. Each event is one alert,
 * named {@code alert}, with the alert id as its {@code id:}. A client reconnecting with {@code Last-Event-ID}
 * (header, or {@code lastEventId} query parameter) first gets the alerts it missed, as far back as the alert
 * log's retention window; a comment every few seconds keeps proxies from closing an idle stream.
 */
public final class LiveStreamRoutes implements HttpRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(LiveStreamRoutes.class);
    private static final int QUEUE = 10_000;

    private final AlertLog log;
    private final List<String> feeds;
    private final Duration keepAlive;
    private final Semaphore clients;

    public LiveStreamRoutes(final AlertLog log, final List<String> feeds, final Duration keepAlive,
            final int maxClients) {
        this.log = log;
        this.feeds = List.copyOf(feeds);
        this.keepAlive = keepAlive;
        this.clients = new Semaphore(maxClients);
    }

    @Override
    public void register(final Javalin app) {
        app.sse("/events", this::stream);
    }

    private void stream(final SseClient client) {
        final String param = client.ctx().queryParam("topics");
        final Set<String> topics = param == null || param.isBlank() ? Set.copyOf(feeds)
                : Arrays.stream(param.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        String lastId = client.ctx().header("Last-Event-ID");
        if (lastId == null) {
            lastId = client.ctx().queryParam("lastEventId");
        }
        if (!clients.tryAcquire()) {
            client.sendEvent("error", "Too many live-stream clients; try again later.", null);
            client.close();
            return;
        }
        final BlockingQueue<Alert> queue = new LinkedBlockingQueue<>(QUEUE);
        try (AutoCloseable following = log.follow(lastId, a -> topics.contains(a.getTopic()), queue::offer)) {
            LOG.debug("A live-stream client follows {} from {}.", topics, lastId);
            client.sendComment("following " + String.join(",", topics));
            while (!client.terminated()) {
                final Alert alert = queue.poll(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
                if (alert == null) {
                    client.sendComment("keep-alive");
                } else {
                    client.sendEvent("alert", AlertJson.text(alert), alert.getId());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("A live-stream client was dropped after an error.", e);
        } finally {
            clients.release();
        }
    }
}
