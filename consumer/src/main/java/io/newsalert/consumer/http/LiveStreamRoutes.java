package io.newsalert.consumer.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.ServiceUnavailableResponse;
import io.newsalert.consumer.alert.AlertJson;
import io.newsalert.consumer.alert.AlertLog;
import io.newsalert.schemas.Alert;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /events?topics=traffic,safety}: the live stream as Server-Sent Events. Each event is one alert,
 * named {@code alert}, with the alert id as its {@code id:}. A client reconnecting with {@code Last-Event-ID}
 * (header, or {@code lastEventId} query parameter) first gets the alerts it missed, as far back as the alert
 * log's retention window; a comment every few seconds keeps proxies from closing an idle stream. Written by hand
 * rather than with Javalin's SSE helper, which answers nothing to clients that do not send
 * {@code Accept: text/event-stream} (curl, for one). A client too slow to keep up is disconnected and can
 * reconnect with its last id.
 */
public final class LiveStreamRoutes implements HttpRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(LiveStreamRoutes.class);
    private static final int QUEUE = 10_000;
    /**
     * How often an idle stream is probed with an empty comment line: a vanished client is only noticed when a write
     * fails, and its slot must be free for it to reconnect at once, not after the keep-alive period.
     */
    private static final Duration PROBE = Duration.ofMillis(500);

    private final AlertLog log;
    private final List<String> feeds;
    private final Duration keepAlive;
    private final Semaphore clients;
    private final int maxClients;

    public LiveStreamRoutes(
            final AlertLog log, final List<String> feeds, final Duration keepAlive, final int maxClients) {
        this.log = log;
        this.feeds = List.copyOf(feeds);
        this.keepAlive = keepAlive;
        this.clients = new Semaphore(maxClients);
        this.maxClients = maxClients;
    }

    /** How many clients follow the stream now. */
    public int clients() {
        return maxClients - clients.availablePermits();
    }

    @Override
    public void register(final Javalin app) {
        app.get("/events", this::stream);
    }

    private void stream(final Context ctx) throws IOException {
        final String param = ctx.queryParam("topics");
        final Set<String> topics = param == null || param.isBlank()
                ? Set.copyOf(feeds)
                : Arrays.stream(param.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        final Set<String> unknown = new TreeSet<>(topics);
        unknown.removeAll(feeds);
        if (!unknown.isEmpty() || topics.isEmpty()) {
            throw new NotFoundResponse(
                    "No topic " + String.join(",", unknown) + "; this service alerts on " + feeds + ".");
        }
        if (ctx.method() == HandlerType.HEAD) {
            ctx.status(200).contentType("text/event-stream;charset=utf-8").header("Cache-Control", "no-cache");
            return;
        }
        final String header = ctx.header("Last-Event-ID");
        final String lastId = header != null ? header : ctx.queryParam("lastEventId");
        if (!clients.tryAcquire()) {
            throw new ServiceUnavailableResponse("Too many live-stream clients; try again later.");
        }
        final BlockingQueue<Alert> queue = new LinkedBlockingQueue<>(QUEUE);
        final AtomicBoolean overflow = new AtomicBoolean();
        try (AutoCloseable following = log.follow(lastId, a -> topics.contains(a.getTopic()), a -> {
            if (!queue.offer(a)) {
                overflow.set(true);
            }
        })) {
            final HttpServletResponse res = ctx.res();
            res.setStatus(200);
            res.setContentType("text/event-stream;charset=utf-8");
            res.setHeader("Cache-Control", "no-cache");
            res.setHeader("X-Accel-Buffering", "no");
            final OutputStream out = res.getOutputStream();
            write(out, ": following " + String.join(",", new TreeSet<>(topics)) + "\nretry: 3000\n\n");
            LOG.debug("A live-stream client follows {} from {}.", topics, lastId);
            long quietMillis = 0;
            while (!overflow.get()) {
                final Alert alert = queue.poll(PROBE.toMillis(), TimeUnit.MILLISECONDS);
                if (alert != null) {
                    write(out, "id: " + alert.getId() + "\nevent: alert\ndata: " + AlertJson.text(alert) + "\n\n");
                    quietMillis = 0;
                } else {
                    quietMillis += PROBE.toMillis();
                    final boolean keepAliveDue = quietMillis >= keepAlive.toMillis();
                    write(out, keepAliveDue ? ": keep-alive\n\n" : ":\n");
                    quietMillis = keepAliveDue ? 0 : quietMillis;
                }
            }
            LOG.warn("A live-stream client fell {} alerts behind and was disconnected.", QUEUE);
        } catch (IOException e) {
            LOG.debug("A live-stream client went away.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("A live-stream client was dropped after an error.", e);
        } finally {
            clients.release();
        }
    }

    private static void write(final OutputStream out, final String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
