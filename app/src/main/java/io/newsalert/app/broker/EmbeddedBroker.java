package io.newsalert.app.broker;

import io.newsalert.schemas.TopicCreation;
import io.newsalert.schemas.TopicSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in this JVM, configured so that
 * Kafka Streams {@code exactly_once_v2} works on one node. Its data lives in a temporary directory removed on close
 * (the demo), or in a directory of the user's that is kept ({@code serve --data-dir}).
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final String bootstrapServers;
    private final boolean throwAway;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedBroker(
            final KafkaRaftServer server, final Path dataDir, final String bootstrapServers, final boolean throwAway) {
        this.server = server;
        this.dataDir = dataDir;
        this.bootstrapServers = bootstrapServers;
        this.throwAway = throwAway;
    }

    /**
     * Formats a fresh temporary data directory and starts the broker on {@code 127.0.0.1:port}; returns when it is
     * ready. The directory is removed on close.
     */
    public static EmbeddedBroker start(final int port, final int controllerPort) throws Exception {
        return start(port, controllerPort, Files.createTempDirectory("newsalert-kafka-"), true);
    }

    /**
     * Starts the broker with its log in {@code logDir}, formatting it only the first time, and keeps it on close:
     * topics, offsets and records survive a restart.
     */
    public static EmbeddedBroker startKeeping(final int port, final int controllerPort, final Path logDir)
            throws Exception {
        Files.createDirectories(logDir);
        return start(port, controllerPort, logDir, false);
    }

    private static EmbeddedBroker start(
            final int port, final int controllerPort, final Path dataDir, final boolean throwAway) throws Exception {
        final Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", dataDir.toString());
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "3");
        props.put("group.initial.rebalance.delay.ms", "0");
        // A killed instance's open transaction is aborted within a second of its 5 s timeout (the default check runs
        // every 10 s), so read_committed readers of its output wait no longer than that.
        props.put("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
        props.put("log.cleaner.dedupe.buffer.size", "2097152");
        props.put("auto.create.topics.enable", "false");
        final KafkaConfig config = KafkaConfig.fromProps(props, false);

        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(1)
                    .setDirectories(List.of(dataDir.toString()))
                    .setMetadataLogDirectory(dataDir.toString())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setControllerListenerName("CONTROLLER")
                    .run();
        }

        final KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        final String bootstrap = "127.0.0.1:" + port;
        LOG.info("Embedded Kafka broker is ready on {} with data in {}.", bootstrap, dataDir);
        return new EmbeddedBroker(server, dataDir, bootstrap, throwAway);
    }

    /** The broker's data directory, removed on close; other roles of the demo keep their state below it. */
    public Path dataDir() {
        return dataDir;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates each declared topic that does not exist yet; {@code partitions} for those that do not fix theirs. */
    public static void createTopics(
            final String bootstrapServers, final Collection<TopicSpec> specs, final int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            TopicCreation.ensure(admin, specs, partitions);
        }
    }

    /** Stops the broker and, for a throw-away broker, removes its data directory; safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        if (!throwAway) {
            LOG.info("The embedded Kafka broker has stopped; its data stays in {}.", dataDir);
            return;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove the broker's data directory {}.", dataDir, e);
        }
    }
}
