package io.newsalert.app.cli;

import io.newsalert.app.roles.KafkaReachability;
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
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs the classification and routing topology against a Kafka cluster until Ctrl-C. On shutdown the streams client
 * closes within a timeout; a dead stream thread is replaced a few times, then the application stops.
 */
@Command(name = "streams", mixinStandardHelpOptions = true,
        description = "Runs the classification and routing topology against a Kafka cluster.")
public final class StreamsCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsCommand.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    @Spec
    private CommandSpec spec;

    /** Counted down to stop the command; the shutdown hook does it on Ctrl-C, tests do it directly. */
    final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers.")
    private String bootstrapServers;

    @Option(names = "--taxonomy", paramLabel = "FILE", description = "Taxonomy YAML replacing the bundled one.")
    private Path taxonomyFile;

    @Option(names = "--roads", paramLabel = "FILE", description = "Road names for the closure extractor.")
    private Path roads;

    @Option(names = "--application-id", paramLabel = "ID", description = "Kafka Streams application id.",
            defaultValue = StreamsSettings.APPLICATION_ID)
    private String applicationId;

    @Option(names = {"-p", "--property"}, paramLabel = "KEY=VALUE",
            description = "A Kafka Streams setting, overriding the defaults.")
    private Map<String, String> properties = new HashMap<>();

    @CommandLine.Mixin
    private KafkaTimeoutOption kafkaTimeout;

    @Option(names = "--no-create-topics",
            description = "Do not create missing input and output topics (by default they are, with broker defaults).")
    private boolean noCreateTopics;

    @Override
    public Integer call() throws InterruptedException {
        final Taxonomy taxonomy = loadTaxonomy();
        final Topology topology = ArticleTopology.build(taxonomy, Classifiers.standard(taxonomy),
                ClosureExtractors.standard(Optional.ofNullable(roads)));
        final Map<String, String> overrides = new HashMap<>(properties);
        overrides.putIfAbsent("application.id", applicationId);
        final Properties props = StreamsSettings.of(bootstrapServers, overrides);
        KafkaReachability.require(bootstrapServers, Map.of(), kafkaTimeout.timeout());
        if (!noCreateTopics) {
            createMissingTopics(props, topicsOf(taxonomy));
        }
        LOG.info("Starting the article pipeline against {} with topics {}.", bootstrapServers,
                taxonomy.topics().stream().map(Taxonomy.TopicDefinition::name).toList());
        try (KafkaStreams streams = new KafkaStreams(topology, props)) {
            streams.setUncaughtExceptionHandler(
                    StreamsSettings.replaceThenShutdown(StreamsSettings.THREAD_REPLACEMENTS));
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
        final List<String> names = new ArrayList<>(List.of(Topics.ARTICLES.name(), Topics.OTHER.name(),
                Topics.ARTICLES_DLQ.name(), Topics.CLOSURES.name()));
        taxonomy.topics().forEach(t -> names.add(t.outputTopic()));
        return names;
    }

    private static void createMissingTopics(final Properties props, final List<String> names)
            throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                props.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)))) {
            final Set<String> existing = admin.listTopics().names().get();
            final List<NewTopic> missing = names.stream().distinct().filter(n -> !existing.contains(n))
                    .map(n -> new NewTopic(n, Optional.empty(), Optional.empty())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
                LOG.info("Created the missing topics {}.", missing.stream().map(NewTopic::name).toList());
            }
        } catch (ExecutionException e) {
            LOG.warn("Could not check or create the topics; the pipeline starts anyway.", e.getCause());
        }
    }

    private static void removeHook(final Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            LOG.debug("The JVM is already shutting down; the hook stays.");
        }
    }

    private Taxonomy loadTaxonomy() {
        try {
            return TaxonomyLoader.loadOrDefault(Optional.ofNullable(taxonomyFile));
        } catch (InvalidTaxonomyException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
