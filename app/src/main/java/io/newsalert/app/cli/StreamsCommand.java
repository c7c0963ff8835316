package io.newsalert.app.cli;

import io.newsalert.app.config.NewsalertConfig;
import io.newsalert.app.roles.KafkaReachability;
import io.newsalert.schemas.StreamsDefaults;
import io.newsalert.schemas.TopicCreation;
import io.newsalert.schemas.Topics;
import io.newsalert.streams.classify.Classifiers;
import io.newsalert.streams.classify.InvalidTaxonomyException;
import io.newsalert.streams.classify.Taxonomy;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.streams.topology.ArticleTopology;
import io.newsalert.streams.topology.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs the classification and routing topology against a Kafka cluster until Ctrl-C. On shutdown the streams client
 * closes within a timeout; a dead stream thread is replaced a few times, then the client stops and the command
 * exits 1.
 */
@Command(
        name = "streams",
        mixinStandardHelpOptions = true,
        description = "Runs the classification and routing topology against a Kafka cluster.")
public final class StreamsCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsCommand.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    @Spec
    private CommandSpec spec;

    /** Counted down to stop the command; the shutdown hook does it on Ctrl-C, tests do it directly. */
    final CountDownLatch stop = new CountDownLatch(1);

    private final CountDownLatch closed = new CountDownLatch(1);

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (default: the configuration's kafka.bootstrapServers).")
    private String bootstrapServers;

    @Option(
            names = "--taxonomy",
            paramLabel = "FILE",
            description = "Taxonomy YAML replacing the bundled one (default: the configuration's streams.taxonomy).")
    private Path taxonomyFile;

    @Option(
            names = "--roads",
            paramLabel = "FILE",
            description = "Road names for the closure extractor (default: the configuration's streams.roads).")
    private Path roads;

    @Option(
            names = "--application-id",
            paramLabel = "ID",
            description = "Kafka Streams application id.",
            defaultValue = StreamsSettings.APPLICATION_ID)
    private String applicationId;

    @Option(
            names = {"-p", "--property"},
            paramLabel = "KEY=VALUE",
            description = "A Kafka Streams setting, overriding the defaults.")
    private Map<String, String> properties = new HashMap<>();

    @CommandLine.Mixin
    private KafkaTimeoutOption kafkaTimeout = new KafkaTimeoutOption();

    @Option(
            names = "--no-create-topics",
            description = "Do not create missing input and output topics (by default they are, as declared, with "
                    + "the configuration's kafka.partitions).")
    private boolean noCreateTopics;

    @Override
    public Integer call() throws InterruptedException {
        final NewsalertConfig settings = loadConfig();
        final Taxonomy taxonomy = loadTaxonomy(settings);
        final Topology topology = ArticleTopology.build(
                taxonomy,
                Classifiers.standard(taxonomy),
                ClosureExtractors.standard(settings.streams().roadsFile()));
        final Properties props = streamsProperties(settings);
        KafkaReachability.require(
                settings.kafka().bootstrapServers(),
                settings.kafka().client(),
                settings.kafka().timeout());
        if (!noCreateTopics) {
            createMissingTopics(settings, topicsOf(taxonomy));
        }
        LOG.info(
                "Starting the article pipeline against {} with topics {}.",
                settings.kafka().bootstrapServers(),
                taxonomy.topics().stream().map(Taxonomy.TopicDefinition::name).toList());
        try (KafkaStreams streams = new KafkaStreams(topology, props)) {
            streams.setUncaughtExceptionHandler(StreamsDefaults.replaceThenShutdown("the article pipeline"));
            streams.setStateListener((now, before) -> {
                if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                    stop.countDown();
                }
            });
            final Thread hook = new Thread(this::stopAndWait, "newsalert-streams-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            streams.start();
            stop.await();
            final KafkaStreams.State last = streams.state();
            LOG.info("Stopping the article pipeline (state {}).", last);
            streams.close(CLOSE_TIMEOUT);
            closed.countDown();
            removeHook(hook);
            return last == KafkaStreams.State.ERROR ? 1 : 0;
        }
    }

    /** Ctrl-C: ask the command to stop and hold the JVM until the streams client has closed or the timeout passes. */
    private void stopAndWait() {
        stop.countDown();
        try {
            if (!closed.await(CLOSE_TIMEOUT.plusSeconds(5).toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("The article pipeline did not close within {}; exiting anyway.", CLOSE_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> topicsOf(final Taxonomy taxonomy) {
        final List<String> names = new ArrayList<>(List.of(
                Topics.ARTICLES.name(), Topics.OTHER.name(), Topics.ARTICLES_DLQ.name(), Topics.CLOSURES.name()));
        taxonomy.topics().forEach(t -> names.add(t.outputTopic()));
        return names;
    }

    /** The configuration with this command's options over it. */
    NewsalertConfig loadConfig() {
        return kafkaTimeout
                .over(config)
                .option("kafka.bootstrapServers", "--bootstrap-servers", bootstrapServers)
                .option("streams.taxonomy", "--taxonomy", taxonomyFile)
                .option("streams.roads", "--roads", roads)
                .load();
    }

    /** The Streams settings: the configuration's client settings, then {@code -p} values, then the defaults. */
    Properties streamsProperties(final NewsalertConfig settings) {
        final Map<String, Object> overrides = new HashMap<>(settings.kafka().client());
        overrides.putAll(properties);
        overrides.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        return StreamsSettings.of(settings.kafka().bootstrapServers(), overrides);
    }

    private static void createMissingTopics(final NewsalertConfig settings, final List<String> names)
            throws InterruptedException {
        try (Admin admin = Admin.create(settings.clientSettings())) {
            TopicCreation.ensure(admin, Topics.specs(names), settings.kafka().partitions());
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Could not check or create the topics; the pipeline starts anyway.", e);
        }
    }

    private static void removeHook(final Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            LOG.debug("The JVM is already shutting down; the hook stays.");
        }
    }

    private Taxonomy loadTaxonomy(final NewsalertConfig settings) {
        try {
            return TaxonomyLoader.loadOrDefault(settings.streams().taxonomyFile());
        } catch (InvalidTaxonomyException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
