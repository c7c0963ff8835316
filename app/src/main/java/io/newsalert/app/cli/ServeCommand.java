package io.newsalert.app.cli;

import io.newsalert.app.broker.EmbeddedBroker;
import io.newsalert.app.config.NewsalertConfig;
import io.newsalert.app.roles.ProducerPagePublisher;
import io.newsalert.app.roles.StreamsRunner;
import io.newsalert.consumer.AlertService;
import io.newsalert.consumer.AlertServiceConfig;
import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.consumer.closures.ClosureQueries;
import io.newsalert.consumer.http.HttpRoutes;
import io.newsalert.producer.publish.ArticlePublisher;
import io.newsalert.schemas.Topics;
import io.newsalert.streams.classify.Classifiers;
import io.newsalert.streams.classify.Taxonomy;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.streams.topology.ArticleTopology;
import io.newsalert.streams.topology.StreamsSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Everything in one JVM, for real: the embedded broker keeps its log in the data folder, and so do the pipeline's
 * and the alert service's state, the admin token and the key that seals webhook secrets. Topics, subscriptions,
 * alerts and the token survive a restart. For a small user who wants no separate Kafka; {@code demo} stays the
 * throw-away variant.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Runs every role on an embedded Kafka broker whose data, with the token and the secret key, "
                    + "is kept in --data-dir: topics, subscriptions and alerts survive a restart.",
            "Runs until Ctrl-C or SIGTERM."
        })
public final class ServeCommand implements Callable<Integer> {

    private static final String SOURCE = "太原日报";

    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "Where everything is kept.")
    private Path dataDir;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "HTTP port (default: the configuration's, 8080; 0 = any free port).")
    private Integer port;

    @Option(
            names = "--bind",
            paramLabel = "HOST",
            description = "Address the HTTP server binds to (default: "
                    + "alerts.http.host or NEWSALERT_HTTP_HOST, else 0.0.0.0, every interface).")
    private String bind;

    @Option(
            names = "--kafka-port",
            paramLabel = "PORT",
            defaultValue = "9092",
            description = "Port of the embedded broker on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 = any free port).")
    private int kafkaPort;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    private final CountDownLatch finished = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        try {
            return run();
        } finally {
            finished.countDown();
        }
    }

    private int run() throws Exception {
        final PrintWriter out = spec.commandLine().getOut();
        NewsalertConfig config = configOptions
                .option("alerts.http.port", "--port", port)
                .option("alerts.http.host", "--bind", bind)
                .load();
        config = config.withHttpHost(
                config.alerts().httpHost().isEmpty()
                        ? AlertsCommand.ROLE_HOST
                        : config.alerts().httpHost());
        if (config.alerts().httpPort() != 0) {
            Ports.requireFree(config.alerts().httpHost(), config.alerts().httpPort(), "--port");
        }
        Files.createDirectories(dataDir);
        final boolean generated = config.alerts().adminToken().isEmpty() && !Files.exists(tokenFile());
        if (config.alerts().adminToken().isEmpty()) {
            config = config.withAdminToken(token());
        }
        final Taxonomy taxonomy = TaxonomyLoader.loadOrDefault(config.streams().taxonomyFile());
        try (EmbeddedBroker broker = EmbeddedBroker.startKeeping(
                Ports.requireFree("127.0.0.1", kafkaPort, "--kafka-port"),
                Ports.requireFree("127.0.0.1", 0, "--kafka-port"),
                dataDir.resolve("kafka"))) {
            final NewsalertConfig running = config.onEmbeddedBroker(broker.bootstrapServers());
            final Set<String> topics = new LinkedHashSet<>(Topics.STANDARD);
            taxonomy.topics().forEach(t -> topics.add(t.outputTopic()));
            EmbeddedBroker.createTopics(
                    broker.bootstrapServers(),
                    Topics.specs(topics),
                    running.kafka().partitions());
            final AlertServiceConfig serviceConfig =
                    AlertsCommand.serviceConfig(running, dataDir.resolve("alerts-state"));
            final BiFunction<AlertQueries, ClosureQueries, HttpRoutes> feeds =
                    FeedWiring.routes(running, serviceConfig);
            try (ArticlePublisher publisher =
                            new ArticlePublisher(running.kafka().producer());
                    StreamsRunner pipeline = new StreamsRunner(
                                    "The article pipeline",
                                    ArticleTopology.build(
                                            taxonomy,
                                            Classifiers.standard(taxonomy),
                                            ClosureExtractors.standard(
                                                    running.streams().roadsFile())),
                                    StreamsSettings.of(
                                            broker.bootstrapServers(),
                                            Map.of(
                                                    StreamsConfig.STATE_DIR_CONFIG,
                                                    dataDir.resolve("streams-state")
                                                            .toString())))
                            .start(Duration.ofSeconds(60));
                    AlertService alerts = AlertService.start(
                            serviceConfig, List.of(), List.of(feeds), new ProducerPagePublisher(publisher, SOURCE))) {
                alerts.awaitReady(Duration.ofSeconds(60));
                out.printf(
                        "Kafka broker (embedded, KRaft):   %s (data kept in %s)%n", broker.bootstrapServers(), dataDir);
                out.printf("Dashboard and API:                %s%n", AlertsCommand.listening(alerts));
                if (generated) {
                    out.printf("Admin token (Bearer, generated):  %s (kept in %s)%n", alerts.adminToken(), tokenFile());
                } else {
                    out.printf("Admin token (Bearer):             the configured one or the one in %s%n", tokenFile());
                }
                out.println("Serving; press Ctrl-C to stop.");
                out.flush();
                ShutdownWait.awaitStop(broker, finished, "newsalert-serve-shutdown");
            }
        }
        return 0;
    }

    private Path tokenFile() {
        return dataDir.resolve("admin-token");
    }

    /** The token kept in the data folder, made and written (owner-readable only) the first time. */
    private String token() throws IOException {
        final Path file = tokenFile();
        if (!Files.exists(file)) {
            final byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            Files.writeString(
                    file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system; the file keeps the folder's permissions
            }
        }
        final String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (token.length() < 16) {
            throw new CleanErrors.UserError("the admin token in " + file + " is shorter than 16 characters; put a "
                    + "longer one in it, or delete it to have one made.");
        }
        return token;
    }
}
