package io.newsalert.consumer;

import io.javalin.Javalin;
import io.newsalert.consumer.alert.AlertFactory;
import io.newsalert.consumer.alert.AlertLog;
import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.consumer.alert.AlertTopology;
import io.newsalert.consumer.closures.ClosureQueries;
import io.newsalert.consumer.closures.ClosureTable;
import io.newsalert.consumer.delivery.AlertDispatcher;
import io.newsalert.consumer.delivery.DeliveryChannel;
import io.newsalert.consumer.http.AdminAuth;
import io.newsalert.consumer.http.AlertRoutes;
import io.newsalert.consumer.http.HttpRoutes;
import io.newsalert.consumer.http.LiveStreamRoutes;
import io.newsalert.consumer.http.OpsRoutes;
import io.newsalert.consumer.http.PageRoutes;
import io.newsalert.consumer.http.Problems;
import io.newsalert.consumer.http.SubscriptionRoutes;
import io.newsalert.consumer.ops.GroupLag;
import io.newsalert.consumer.ops.Health;
import io.newsalert.consumer.ops.Metrics;
import io.newsalert.consumer.subscription.Subscription;
import io.newsalert.consumer.subscription.SubscriptionStore;
import io.newsalert.consumer.subscription.WebhookUrlPolicy;
import io.newsalert.consumer.webhook.DeadLetters;
import io.newsalert.consumer.webhook.HttpWebhookClient;
import io.newsalert.consumer.webhook.RetryPolicy;
import io.newsalert.consumer.webhook.WebhookClient;
import io.newsalert.consumer.webhook.WebhookDispatcher;
import io.newsalert.consumer.webhook.WebhookFanOut;
import io.newsalert.schemas.StreamsDefaults;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert service in one object: the alert topology (feeds → {@code alerts}, and the closure store read from
 * {@code traffic.closures}), the alert log behind the API and the live stream, the subscription store, the webhook fan-out and dispatcher (one consumer group each, whatever
 * the number of subscriptions), the extra channels,
 * and the HTTP server. {@link #start} brings it all up; {@link #close} takes it down in reverse order.
 */
public final class AlertService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);
    /** Webhook requests in flight at once (one per subscription at most). */
    private static final int WEBHOOKS_IN_FLIGHT = 256;
    /** Webhook deliveries read but not finished before the dispatcher stops reading more. */
    private static final int WEBHOOKS_OPEN = 50_000;

    private final AlertServiceConfig config;
    /** The webhook client this service made itself, closed after everything that sends through it. */
    private HttpWebhookClient ownedClient;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Metrics metrics = new Metrics();
    private AlertLog alertLog;
    private KafkaStreams streams;
    private ClosureQueries closures;
    private Health health;
    private Javalin http;

    private AlertService(final AlertServiceConfig config) {
        this.config = config;
    }

    /** Starts the service with the real HTTP client and clock. */
    public static AlertService start(
            final AlertServiceConfig config,
            final List<DeliveryChannel> extraChannels,
            final List<BiFunction<AlertQueries, ClosureQueries, HttpRoutes>> extraRoutes,
            final PagePublisher pages)
            throws Exception {
        final HttpWebhookClient webhooks =
                new HttpWebhookClient(Duration.ofSeconds(5), new WebhookUrlPolicy(config.allowPrivateWebhooks()));
        try {
            final AlertService service = start(config, extraChannels, extraRoutes, pages, webhooks, Clock.systemUTC());
            service.ownedClient = webhooks;
            return service;
        } catch (Exception | Error e) {
            webhooks.close();
            throw e;
        }
    }

    /** Starts the service; the webhook client and clock are parameters so tests can swap them. */
    public static AlertService start(
            final AlertServiceConfig config,
            final List<DeliveryChannel> extraChannels,
            final List<BiFunction<AlertQueries, ClosureQueries, HttpRoutes>> extraRoutes,
            final PagePublisher pages,
            final WebhookClient webhooks,
            final Clock clock)
            throws Exception {
        final AlertService service = new AlertService(config);
        try {
            service.run(extraChannels, extraRoutes, pages, webhooks, clock);
            return service;
        } catch (Exception | Error e) {
            service.close();
            throw e;
        }
    }

    private void run(
            final List<DeliveryChannel> extraChannels,
            final List<BiFunction<AlertQueries, ClosureQueries, HttpRoutes>> extraRoutes,
            final PagePublisher pages,
            final WebhookClient webhooks,
            final Clock clock)
            throws Exception {
        final Map<String, Object> kafka = new HashMap<>(config.kafka());
        kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        final Admin admin = own(Admin.create(kafka));
        AlertTopics.ensure(admin, config.feeds(), config.topicPartitions());
        metrics.groupLagFrom(new GroupLag(admin, Duration.ofSeconds(2)));
        metrics.groupLagGauge("alert-topology", config.applicationId());

        alertLog = own(new AlertLog(kafka, config.sseRetention(), config.maxRetainedAlerts(), clock, metrics));
        thread("alert-log", alertLog);

        final DeadLetters deadLetters = own(new DeadLetters(kafka));
        final SubscriptionStore store = own(new SubscriptionStore(kafka, config.secrets(), (id, s) -> {}));
        thread("subscription-store", store);
        final WebhookUrlPolicy urls = new WebhookUrlPolicy(config.allowPrivateWebhooks());
        final WebhookFanOut fanOut =
                own(new WebhookFanOut(kafka, config.applicationId() + "-webhook-fanout", store::all, store::ready));
        thread("webhook-fanout", fanOut);
        final WebhookDispatcher webhookDispatcher = own(new WebhookDispatcher(
                new WebhookDispatcher.Settings(
                        kafka,
                        config.applicationId() + "-webhook-deliveries",
                        webhooks,
                        new RetryPolicy(
                                config.retrySchedule(),
                                () -> ThreadLocalRandom.current().nextDouble(),
                                clock),
                        urls,
                        config.webhookTimeout(),
                        WEBHOOKS_IN_FLIGHT,
                        WEBHOOKS_OPEN,
                        deadLetters,
                        (s, reason) -> disable(store, s, reason),
                        metrics,
                        clock),
                store::get));
        thread("webhook-dispatcher", webhookDispatcher);
        metrics.groupLagGauge("webhook-fanout", config.applicationId() + "-webhook-fanout");
        metrics.groupLagGauge("webhook-deliveries", config.applicationId() + "-webhook-deliveries");

        streams = own(new KafkaStreams(
                AlertTopology.build(config.feeds(), new AlertFactory(clock)),
                AlertStreamsSettings.properties(config, kafka)));
        streams.setUncaughtExceptionHandler(StreamsDefaults.replaceThenShutdown("the alert topology"));
        metrics.bind(streams);
        closures = ClosureTable.of(streams);
        streams.start();

        final Map<String, BooleanSupplier> parts = new LinkedHashMap<>();
        parts.put("alertStreams", () -> streams.state() == KafkaStreams.State.RUNNING);
        parts.put("alertLog", alertLog::ready);
        parts.put("subscriptions", store::ready);
        parts.put("webhooks", () -> fanOut.assigned() && webhookDispatcher.assigned());
        if (!extraChannels.isEmpty()) {
            final AlertDispatcher dispatcher = own(
                    new AlertDispatcher(kafka, config.applicationId() + "-channels", extraChannels, metrics, clock));
            thread("alert-channels", dispatcher);
            metrics.groupLagGauge("alert-channels", config.applicationId() + "-channels");
            parts.put("channels", dispatcher::assigned);
        }
        health = new Health(admin, parts);

        final AdminAuth auth = new AdminAuth(config.adminToken());
        final LiveStreamRoutes liveStream = new LiveStreamRoutes(alertLog, config.feeds(), Duration.ofSeconds(15), 200);
        metrics.liveStreamClients(liveStream::clients);
        final List<HttpRoutes> routes = new ArrayList<>(List.of(
                new SubscriptionRoutes(store, auth, urls, config.feeds(), config.maxBodyBytes(), clock),
                new AlertRoutes(alertLog, config.feeds()),
                liveStream,
                new PageRoutes(pages, auth, config.maxPageBytes()),
                new OpsRoutes(health, metrics)));
        extraRoutes.forEach(make -> routes.add(make.apply(alertLog, closures)));
        http = Problems.server(cfg -> cfg.http.maxRequestSize = Math.max(config.maxBodyBytes(), config.maxPageBytes()));
        routes.forEach(r -> r.register(http));
        http.start(config.httpHost(), config.httpPort());
        metrics.bind(http.jettyServer().server());
        LOG.info("The alert service listens on {} and alerts on {}.", address(), config.feeds());
    }

    private static void disable(final SubscriptionStore store, final Subscription s, final String reason) {
        try {
            store.put(s.disabled(reason));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.error("Subscription {} could not be marked disabled.", s.id(), e);
        }
    }

    /** The address the HTTP server is bound to, as {@code host:port} ({@code 0.0.0.0} for every interface). */
    public String address() {
        final String host = config.httpHost().contains(":") ? "[" + config.httpHost() + "]" : config.httpHost();
        return host + ":" + http.port();
    }

    /** The port the HTTP server is bound to. */
    public int port() {
        return http.port();
    }

    /** The admin token (the configured one, or the one generated at start); never log it. */
    public String adminToken() {
        return config.adminToken();
    }

    /** Recent alerts, for the feeds and the dashboard. */
    public AlertQueries alerts() {
        return alertLog;
    }

    /** The closure store: every closure's current version, and which are in force on a day. */
    public ClosureQueries closures() {
        return closures;
    }

    public Metrics metrics() {
        return metrics;
    }

    /** Whether Kafka is reachable and every consumer has its partitions. */
    public boolean ready() {
        return health.ready();
    }

    /** Waits until {@link #ready()} holds, or throws after {@code timeout}. */
    public void awaitReady(final Duration timeout) throws InterruptedException, TimeoutException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(
                        "The alert service was not ready after " + timeout + ": " + health.checks() + ".");
            }
            if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                throw new IllegalStateException("The alert topology stopped in state " + streams.state() + ".");
            }
            Thread.sleep(50);
        }
    }

    private <T extends AutoCloseable> T own(final T resource) {
        resources.add(resource);
        return resource;
    }

    private void thread(final String name, final Runnable body) {
        final Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        threads.add(t);
    }

    @Override
    public void close() {
        if (http != null) {
            http.stop();
        }
        for (int i = resources.size() - 1; i >= 0; i--) {
            final AutoCloseable r = resources.get(i);
            try {
                if (r instanceof KafkaStreams s) {
                    s.close(CloseOptions.timeout(Duration.ofSeconds(10))
                            .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
                } else {
                    r.close();
                }
            } catch (Exception e) {
                LOG.warn(
                        "A part of the alert service did not close cleanly: {}.",
                        r.getClass().getSimpleName(),
                        e);
            }
        }
        for (final Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (ownedClient != null) {
            try {
                ownedClient.close();
            } catch (IOException e) {
                LOG.warn("The webhook client did not close cleanly.", e);
            }
        }
        metrics.close();
        LOG.info("The alert service has stopped.");
    }
}
