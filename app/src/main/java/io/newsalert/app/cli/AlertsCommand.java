package io.newsalert.app.cli;

import io.newsalert.app.config.ConfigLoader;
import io.newsalert.app.config.NewsalertConfig;
import io.newsalert.app.roles.KafkaReachability;
import io.newsalert.app.roles.ProducerPagePublisher;
import io.newsalert.consumer.AlertService;
import io.newsalert.consumer.AlertServiceConfig;
import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.consumer.closures.ClosureQueries;
import io.newsalert.consumer.http.HttpRoutes;
import io.newsalert.consumer.subscription.SecretBox;
import io.newsalert.producer.publish.ArticlePublisher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the alert service (alerts, delivery channels, HTTP API) against a Kafka cluster until Ctrl-C. */
@Command(
        name = "alerts",
        mixinStandardHelpOptions = true,
        description = "Runs the alert service (alerts, webhooks, live stream, HTTP API) against a Kafka cluster.")
public final class AlertsCommand implements Callable<Integer> {

    /** The role binds to every interface unless told otherwise: it runs behind a proxy or in a container. */
    static final String ROLE_HOST = "0.0.0.0";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (default: the configuration's kafka.bootstrapServers).")
    private String bootstrapServers;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "HTTP port; 0 takes any free port (default: the configuration's).")
    private Integer port;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Mixin
    private KafkaTimeoutOption kafkaTimeout = new KafkaTimeoutOption();

    @Option(
            names = "--bind",
            paramLabel = "HOST",
            description = "Address the HTTP server binds to (default: alerts.http.host or NEWSALERT_HTTP_HOST, else "
                    + "0.0.0.0, every interface; 127.0.0.1 keeps it on this machine).")
    private String bind;

    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            description = "Where the store of issued alert ids lives (default: a folder in the temp directory).")
    private Path stateDir;

    @Override
    public Integer call() throws Exception {
        final PrintWriter out = spec.commandLine().getOut();
        final NewsalertConfig loaded = loadConfig();
        final NewsalertConfig settings = loaded.withHttpHost(
                loaded.alerts().httpHost().isEmpty()
                        ? ROLE_HOST
                        : loaded.alerts().httpHost());
        if (settings.alerts().httpPort() != 0) {
            Ports.requireFree(
                    settings.alerts().httpHost(), settings.alerts().httpPort(), "--port or NEWSALERT_HTTP_PORT");
        }
        KafkaReachability.require(
                settings.kafka().bootstrapServers(),
                settings.kafka().client(),
                settings.kafka().timeout());
        final AlertServiceConfig serviceConfig = serviceConfig(settings, stateDir);
        final Map<String, Object> kafka = settings.kafka().producer();
        final CountDownLatch stopping = new CountDownLatch(1);
        final CountDownLatch stopped = new CountDownLatch(1);
        final BiFunction<AlertQueries, ClosureQueries, HttpRoutes> feeds;
        try {
            feeds = FeedWiring.routes(settings, serviceConfig);
        } catch (ConfigLoader.ConfigException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        try (ArticlePublisher articles = new ArticlePublisher(kafka);
                AlertService service = AlertService.start(
                        serviceConfig, List.of(), List.of(feeds), new ProducerPagePublisher(articles, null))) {
            out.printf(
                    "Alert service on %s (Kafka %s); press Ctrl-C to stop.%n",
                    listening(service), serviceConfig.bootstrapServers());
            if (settings.alerts().adminToken().isEmpty()) {
                out.printf("Admin token (generated for this run): %s%n", service.adminToken());
            }
            out.flush();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                stopping.countDown();
                                try {
                                    stopped.await(30, TimeUnit.SECONDS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            },
                            "alerts-shutdown"));
            stopping.await();
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    /** The configuration with this command's options over it. */
    NewsalertConfig loadConfig() {
        return kafkaTimeout
                .over(config)
                .option("kafka.bootstrapServers", "--bootstrap-servers", bootstrapServers)
                .option("alerts.http.port", "--port", port)
                .option("alerts.http.host", "--bind", bind)
                .load();
    }

    /** The alert service's settings from the deployment's configuration. */
    static AlertServiceConfig serviceConfig(final NewsalertConfig config, final Path stateDir) throws IOException {
        final AlertServiceConfig.Builder b = AlertServiceConfig.builder(
                        config.kafka().bootstrapServers())
                .feeds(config.alerts().feeds())
                .httpPort(config.alerts().httpPort())
                .httpHost(
                        config.alerts().httpHost().isEmpty()
                                ? ROLE_HOST
                                : config.alerts().httpHost())
                .adminToken(config.alerts().adminToken())
                .allowPrivateWebhooks(config.alerts().allowPrivateWebhooks())
                .kafka(Map.copyOf(config.kafka().client()))
                .topicPartitions(config.kafka().partitions())
                .roadNetwork(
                        config.feeds().roadNetwork().isEmpty()
                                ? null
                                : Path.of(config.feeds().roadNetwork()));
        if (stateDir != null) {
            b.stateDir(stateDir);
        }
        final AlertServiceConfig defaults = b.build();
        return b.secrets(secrets(config, defaults.stateDir().resolve("secret.key")))
                .build();
    }

    /** The keys sealing webhook secrets: configured ones, a configured key file, or the state folder's key file. */
    static SecretBox secrets(final NewsalertConfig config, final Path defaultKeyFile) throws IOException {
        if (!config.alerts().secretKeys().isEmpty()) {
            return SecretBox.of(List.of(config.alerts().secretKeys().split(",")));
        }
        final Path file = config.alerts().secretKeyFile().isEmpty()
                ? defaultKeyFile
                : Path.of(config.alerts().secretKeyFile());
        try {
            return SecretBox.fromFile(file, true);
        } catch (IllegalArgumentException e) {
            throw new CleanErrors.UserError(e.getMessage() + " Put base64 of 32 random bytes in it "
                    + "(openssl rand -base64 32), or delete it to have one made.");
        }
    }

    /** Where the service can be reached, as a URL, and on which interfaces. */
    static String listening(final AlertService service) {
        final String address = service.address();
        if (address.startsWith("0.0.0.0:") || address.startsWith("[::]:")) {
            return "http://127.0.0.1:" + service.port() + "/ (bound to " + address + ", every interface)";
        }
        return "http://" + address + "/ (bound to " + address + " only)";
    }
}
