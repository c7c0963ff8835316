package io.newsalert.app.cli;

import io.newsalert.app.broker.EmbeddedBroker;
import io.newsalert.app.config.ConfigLoader;
import io.newsalert.app.config.NewsalertConfig;
import io.newsalert.app.roles.CountingChannel;
import io.newsalert.app.roles.ProducerPagePublisher;
import io.newsalert.app.roles.ProgressWatcher;
import io.newsalert.app.roles.StreamsRunner;
import io.newsalert.consumer.AlertService;
import io.newsalert.consumer.AlertServiceConfig;
import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.consumer.closures.ClosureQueries;
import io.newsalert.consumer.delivery.ConsoleChannel;
import io.newsalert.consumer.delivery.DeliveryChannel;
import io.newsalert.consumer.delivery.JsonLinesChannel;
import io.newsalert.consumer.http.HttpRoutes;
import io.newsalert.producer.input.ArticleInputs;
import io.newsalert.producer.input.InputBatch;
import io.newsalert.producer.page.PageInfo;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.producer.publish.ArticlePublisher;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.Topics;
import io.newsalert.streams.classify.Classifier;
import io.newsalert.streams.classify.Classifiers;
import io.newsalert.streams.classify.Taxonomy;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ClosureExtractor;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.streams.topology.ArticleTopology;
import io.newsalert.streams.topology.StreamsSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Everything in one JVM: an embedded Kafka broker, the producer, the streams topology and the alert service. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs everything in one JVM on an embedded Kafka broker (KRaft, a real broker): publishes the "
                    + "bundled sample page (or --input), classifies and routes its articles, and delivers alerts.",
            "Keeps running until Ctrl-C, or with --once exits after every article has been processed and its "
                    + "alerts delivered."
        })
public final class DemoCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

    static final String SAMPLE = "samples/taiyuan-daily-2022-05-25-p2.txt";
    /** Sample road network of the seed page's streets, approximate coordinates, used when none is configured. */
    static final String SAMPLE_NETWORK = "samples/taiyuan-roads.sample.geojson";

    static final LocalDate SAMPLE_DATE = LocalDate.of(2022, 5, 25);
    private static final String SOURCE = "太原日报";
    private static final Duration ONCE_TIMEOUT = Duration.ofMinutes(3);

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--input",
            paramLabel = "FILE",
            description = "Page or article file to publish instead of the bundled sample page.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--no-sample", description = "Publish nothing at start (publish later with `newsalert produce`).")
    private boolean noSample;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Edition date of the input pages (default: inferred from the page).")
    private LocalDate date;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description =
                    "HTTP port of the alert service (default: the configuration's alerts.http.port; 0 = any free port).")
    private Integer port;

    @Option(
            names = "--kafka-port",
            paramLabel = "PORT",
            defaultValue = "9092",
            description = "Port of the embedded broker on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 = any free port).")
    private int kafkaPort;

    @Option(
            names = "--bind",
            paramLabel = "HOST",
            description =
                    "Address the HTTP server binds to (default: "
                            + "alerts.http.host or NEWSALERT_HTTP_HOST, else 127.0.0.1, this machine only; 0.0.0.0 for every interface).")
    private String bind;

    @Option(
            names = "--once",
            description = "Exit 0 after every article of the input has been processed and its alerts delivered.")
    private boolean once;

    @Option(
            names = "--alerts-out",
            paramLabel = "FILE",
            description = "Append each delivered alert to FILE as one JSON line.")
    private Path alertsOut;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    private int failedInputs;
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
        final long started = System.nanoTime();
        final NewsalertConfig loaded = configOptions
                .option("alerts.http.port", "--port", port)
                .option("alerts.http.host", "--bind", bind)
                .load();
        final NewsalertConfig base = loaded.withHttpHost(
                loaded.alerts().httpHost().isEmpty()
                        ? "127.0.0.1"
                        : loaded.alerts().httpHost());
        final int brokerPort = Ports.requireFree("127.0.0.1", kafkaPort, "--kafka-port");
        final int controllerPort = Ports.requireFree("127.0.0.1", 0, "--kafka-port");
        // The broker starts while this thread reads the input and loads the classifier's dictionaries.
        final CompletableFuture<EmbeddedBroker> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedBroker.start(brokerPort, controllerPort);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        final Taxonomy taxonomy;
        final List<Article> articles;
        final Classifier classifier;
        final ClosureExtractor extractor;
        try {
            taxonomy = TaxonomyLoader.loadOrDefault(base.streams().taxonomyFile());
            articles = readInputs(out);
            if (base.alerts().httpPort() != 0) {
                Ports.requireFree(base.alerts().httpHost(), base.alerts().httpPort(), "--port");
            }
            classifier = Classifiers.standard(taxonomy);
            extractor = ClosureExtractors.standard(base.streams().roadsFile());
            articles.stream().findFirst().ifPresent(first -> warmUp(classifier, extractor, first));
        } catch (Exception | Error e) {
            starting.thenAccept(EmbeddedBroker::close);
            throw e;
        }

        try (EmbeddedBroker broker = started(starting)) {
            final NewsalertConfig config =
                    base.onEmbeddedBroker(broker.bootstrapServers()).allowingPrivateWebhooks();
            final Set<String> topics = new LinkedHashSet<>(Topics.STANDARD);
            taxonomy.topics().forEach(t -> topics.add(t.outputTopic()));
            EmbeddedBroker.createTopics(
                    broker.bootstrapServers(),
                    Topics.specs(topics),
                    config.kafka().partitions());
            out.printf(
                    "Kafka broker (embedded, KRaft):   %s (data in %s, removed on exit)%n",
                    broker.bootstrapServers(), broker.dataDir());

            final CountingChannel counter = new CountingChannel();
            final List<DeliveryChannel> channels = new ArrayList<>(List.of(new ConsoleChannel(System.out), counter));
            if (alertsOut != null) {
                channels.add(new JsonLinesChannel(alertsOut));
            }
            final Path state = broker.dataDir();
            final AlertServiceConfig serviceConfig =
                    AlertsCommand.serviceConfig(withSampleNetwork(config, state, out), state.resolve("alerts-state"));
            final BiFunction<AlertQueries, ClosureQueries, HttpRoutes> feeds;
            try {
                feeds = FeedWiring.routes(config, serviceConfig);
            } catch (ConfigLoader.ConfigException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            try (ArticlePublisher publisher =
                            new ArticlePublisher(config.kafka().producer());
                    StreamsRunner pipeline = new StreamsRunner(
                                    "The article pipeline",
                                    ArticleTopology.build(taxonomy, classifier, extractor),
                                    StreamsSettings.of(
                                            broker.bootstrapServers(),
                                            Map.of(
                                                    StreamsConfig.STATE_DIR_CONFIG,
                                                    state.resolve("streams-state")
                                                            .toString())))
                            .begin()) {
                // Articles wait in Kafka until the roles are ready, so publishing need not wait for them.
                publisher.publish(articles);
                try (AlertService alerts = AlertService.start(
                        serviceConfig, channels, List.of(feeds), new ProducerPagePublisher(publisher, SOURCE))) {
                    pipeline.awaitRunning(Duration.ofSeconds(60));
                    alerts.awaitReady(Duration.ofSeconds(60));
                    return announceAndRun(out, broker, config, taxonomy, topics, articles, counter, alerts, started);
                }
            } finally {
                channels.forEach(DeliveryChannel::close);
            }
        }
    }

    private int announceAndRun(
            final PrintWriter out,
            final EmbeddedBroker broker,
            final NewsalertConfig config,
            final Taxonomy taxonomy,
            final Set<String> topics,
            final List<Article> articles,
            final CountingChannel counter,
            final AlertService alerts,
            final long started)
            throws InterruptedException {
        out.printf("Dashboard and API:                %s%n", AlertsCommand.listening(alerts));
        out.printf(
                "Live stream (SSE):                http://127.0.0.1:%d/events?topics=%s%n",
                alerts.port(), String.join(",", config.alerts().feeds()));
        out.printf(
                "Feeds:                            http://127.0.0.1:%d/feeds/traffic.atom (and .cap.atom)%n",
                alerts.port());
        if (config.alerts().adminToken().isEmpty()) {
            out.printf("Admin token (Bearer, generated):  %s%n", alerts.adminToken());
        } else {
            out.println("Admin token (Bearer):             the configured one (NEWSALERT_ADMIN_TOKEN)");
        }
        out.printf("Topics: %s%n", String.join(", ", topics));
        out.flush();
        out.printf("Published %d articles to %s.%n", articles.size(), Topics.ARTICLES.name());
        out.flush();
        if (once) {
            final int status = runOnce(out, broker, taxonomy, config.alerts().feeds(), articles, counter, started);
            if (failedInputs > 0) {
                spec.commandLine()
                        .getErr()
                        .printf("newsalert demo: %d of the inputs failed (see above).%n", failedInputs);
                return 1;
            }
            return status;
        }
        out.println("Running; press Ctrl-C to stop.");
        out.flush();
        ShutdownWait.awaitStop(broker, finished, "newsalert-shutdown");
        out.printf("Stopping: %d alerts delivered %s.%n", counter.delivered(), counter.byTopic());
        return 0;
    }

    /**
     * Reads one article so that the segmenter's dictionaries are loaded before the first record arrives. An article
     * that fails here is left to the pipeline, which sends it to the dead-letter topic with its reason.
     */
    private static void warmUp(final Classifier classifier, final ClosureExtractor extractor, final Article article) {
        try {
            classifier.classify(article);
            extractor.extract(article);
        } catch (RuntimeException e) {
            LOG.debug("Warming up on article {} failed; the pipeline will report it.", article.getId(), e);
        }
    }

    /** The started broker, or the exception that stopped it from starting. */
    private static EmbeddedBroker started(final CompletableFuture<EmbeddedBroker> starting) throws Exception {
        try {
            return starting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private int runOnce(
            final PrintWriter out,
            final EmbeddedBroker broker,
            final Taxonomy taxonomy,
            final List<String> alertingFeeds,
            final List<Article> articles,
            final CountingChannel alerts,
            final long started)
            throws InterruptedException {
        final Set<String> ids = articles.stream().map(Article::getId).collect(Collectors.toSet());
        final List<String> feeds = new ArrayList<>(taxonomy.topics().stream()
                .map(Taxonomy.TopicDefinition::outputTopic)
                .toList());
        feeds.add(Topics.OTHER.name());
        try (ProgressWatcher watcher = new ProgressWatcher(broker.bootstrapServers(), feeds, alertingFeeds)) {
            if (!watcher.awaitArticles(ids, ONCE_TIMEOUT)) {
                spec.commandLine()
                        .getErr()
                        .println("newsalert demo: not every article was processed within " + ONCE_TIMEOUT.toSeconds()
                                + " s.");
                return 1;
            }
            final int expected = watcher.expectedAlerts(ids);
            if (!ProgressWatcher.await(() -> alerts.delivered() >= expected, ONCE_TIMEOUT)) {
                spec.commandLine()
                        .getErr()
                        .printf(
                                "newsalert demo: %d of %d alerts delivered within %d s.%n",
                                alerts.delivered(), expected, ONCE_TIMEOUT.toSeconds());
                return 1;
            }
            out.printf(
                    "Done in %.1f s: %d articles processed, %d alerts delivered %s.%n",
                    (System.nanoTime() - started) / 1e9, ids.size(), alerts.delivered(), alerts.byTopic());
            return 0;
        }
    }

    private List<Article> readInputs(final PrintWriter out) throws IOException {
        final List<Article> articles = new ArrayList<>();
        if (!inputs.isEmpty()) {
            final PrintWriter err = spec.commandLine().getErr();
            new InputBatch(new ArticleInputs(PageReaders.standard()), date, SOURCE, System.in)
                    .run(inputs.stream().map(Path::toString).toList(), (index, total, outcome) -> {
                        outcome.result().warnings().forEach(w -> err.println("warning: " + w));
                        outcome.problems().forEach(p -> err.println("error: " + p));
                        failedInputs += outcome.failed() ? 1 : 0;
                        articles.addAll(outcome.result().articles());
                    });
            err.flush();
        } else if (!noSample) {
            try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(SAMPLE)) {
                final String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                articles.addAll(PageReaders.standard()
                        .read(
                                text,
                                new PageInfo(
                                        "taiyuan-daily-2022-05-25-p2.txt", date != null ? date : SAMPLE_DATE, SOURCE))
                        .articles());
            }
        }
        return articles;
    }

    /**
     * The configuration, with the bundled sample network of the seed page's Taiyuan streets (approximate, hand-drawn)
     * when none is configured, so that the demo's closures are located out of the box.
     */
    private static NewsalertConfig withSampleNetwork(
            final NewsalertConfig config, final Path dir, final PrintWriter out) throws IOException {
        if (!config.feeds().roadNetwork().isEmpty()) {
            return config;
        }
        final Path sample = dir.resolve(SAMPLE_NETWORK.substring(SAMPLE_NETWORK.lastIndexOf('/') + 1));
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(SAMPLE_NETWORK)) {
            if (in == null) {
                throw new IOException(SAMPLE_NETWORK + " is missing from the jar");
            }
            Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
        }
        out.printf("Road network:                     sample data, approximate (%s)%n", SAMPLE_NETWORK);
        return config.withRoadNetwork(sample.toString());
    }
}
