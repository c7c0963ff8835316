package io.newsalert.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.app.config.NewsalertConfig;
import io.newsalert.app.roles.KafkaReachability;
import io.newsalert.consumer.closures.ClosureTable;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.schemas.json.ClosureJson;
import io.newsalert.schemas.json.JsonMappers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Prints the traffic closures active on a date, one JSON object a line: the closure fields of {@code classify}, keyed
 * by segment ({@code id}), with the version's {@code revision}, {@code status} and {@code articleIds}.
 *
 * <p>It runs a short-lived Kafka Streams application whose only topology is the alert service's closure store,
 * {@link ClosureTable#standalone()}: a global table that materialises the compacted {@code traffic.closures} topic
 * (every partition, committed records only) into {@value ClosureTable#STORE}. Kafka Streams restores a global store
 * to the end of its topic before the client reports RUNNING, so once it runs the store holds every closure's current
 * version; the command then asks it, through the same {@link ClosureTable} queries and {@code ActiveRule} as
 * {@code GET /api/closures}, which are active, prints them, and closes and deletes its local state. A unique
 * application id means it never disturbs, nor is disturbed by, the running pipeline.
 */
@Command(
        name = "closures",
        mixinStandardHelpOptions = true,
        description = "Prints the traffic closures active on a date.")
public final class ClosuresCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ClosuresCommand.class);
    private static final ZoneId PAPER_ZONE = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = JsonMappers.standard();

    @Option(names = "--active", paramLabel = "YYYY-MM-DD", description = "The date; today in Asia/Shanghai by default.")
    private LocalDate active;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (default: the configuration's kafka.bootstrapServers).")
    private String bootstrapServers;

    @Option(
            names = "--timeout-seconds",
            defaultValue = "60",
            description = "How long to wait for the closures to load (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @CommandLine.Mixin
    private KafkaTimeoutOption kafkaTimeout = new KafkaTimeoutOption();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        final LocalDate date = active != null ? active : LocalDate.now(PAPER_ZONE);
        final NewsalertConfig settings = kafkaTimeout
                .over(config)
                .option("kafka.bootstrapServers", "--bootstrap-servers", bootstrapServers)
                .load();
        KafkaReachability.require(
                settings.kafka().bootstrapServers(),
                settings.kafka().client(),
                settings.kafka().timeout());
        final Path stateDir = Files.createTempDirectory("newsalert-closures-");
        final KafkaStreams streams = new KafkaStreams(ClosureTable.standalone(), props(settings, stateDir));
        try {
            if (!startAndWait(streams)) {
                spec.commandLine()
                        .getErr()
                        .printf(
                                "newsalert closures: could not load traffic.closures from %s within " + "%d s.%n",
                                settings.kafka().bootstrapServers(), timeoutSeconds);
                return 1;
            }
            print(ClosureTable.of(streams).activeOn(date));
            return 0;
        } finally {
            streams.close(Duration.ofSeconds(10));
            streams.cleanUp();
            deleteTree(stateDir);
        }
    }

    /** The query client's settings: the configuration's client settings (security) and a throw-away identity. */
    static Properties props(final NewsalertConfig settings, final Path stateDir) {
        final Properties props = new Properties();
        props.putAll(settings.clientSettings());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "newsalert-closures-query-" + UUID.randomUUID());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.globalConsumerPrefix(ConsumerConfig.ISOLATION_LEVEL_CONFIG), "read_committed");
        return props;
    }

    private boolean startAndWait(final KafkaStreams streams) throws InterruptedException {
        final CountDownLatch settled = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING
                    || now == KafkaStreams.State.ERROR
                    || now == KafkaStreams.State.PENDING_ERROR) {
                settled.countDown();
            }
        });
        streams.start();
        final boolean inTime = settled.await(timeoutSeconds, TimeUnit.SECONDS);
        LOG.debug("The closure query client is {} after waiting up to {} s.", streams.state(), timeoutSeconds);
        return inTime && streams.state() == KafkaStreams.State.RUNNING;
    }

    private void print(final List<TrafficClosure> closures) throws IOException {
        final PrintWriter out = spec.commandLine().getOut();
        for (final TrafficClosure c : closures) {
            out.println(JSON.writeValueAsString(ClosureJson.versioned(c)));
        }
        out.flush();
        spec.commandLine().getErr().printf("%d closures active.%n", closures.size());
    }

    private static void deleteTree(final Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the query's state directory " + dir + ".", e);
        }
    }
}
