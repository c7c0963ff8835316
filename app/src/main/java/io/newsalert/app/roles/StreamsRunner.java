package io.newsalert.app.roles;

import io.newsalert.schemas.StreamsDefaults;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Kafka Streams application: starts it, waits until it is RUNNING (failing fast on ERROR), replaces a
 * failed stream thread a few times before it shuts the client down ({@link StreamsDefaults#replaceThenShutdown(String)}),
 * and closes with a timeout.
 */
public final class StreamsRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);

    private final String name;
    private final KafkaStreams streams;

    public StreamsRunner(final String name, final Topology topology, final Properties settings) {
        this.name = name;
        this.streams = new KafkaStreams(topology, settings);
        streams.setUncaughtExceptionHandler(StreamsDefaults.replaceThenShutdown(name));
    }

    /** Starts the application and returns once it is RUNNING; throws when it fails or takes longer than timeout. */
    public StreamsRunner start(final Duration timeout) throws InterruptedException {
        return begin().awaitRunning(timeout);
    }

    /** Starts the application without waiting, so other roles can start meanwhile. */
    public StreamsRunner begin() {
        streams.start();
        return this;
    }

    /** Returns once the application is RUNNING; throws when it fails or takes longer than timeout. */
    public StreamsRunner awaitRunning(final Duration timeout) throws InterruptedException {
        final Instant deadline = Instant.now().plus(timeout);
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (streams.state() == KafkaStreams.State.ERROR
                    || streams.state() == KafkaStreams.State.NOT_RUNNING
                    || streams.state() == KafkaStreams.State.PENDING_ERROR) {
                throw new IllegalStateException(name + " stopped while starting (state " + streams.state() + ").");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " was not running after " + timeout.toSeconds() + " s.");
            }
            Thread.sleep(50);
        }
        LOG.info("{} is running.", name);
        return this;
    }

    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        if (!streams.close(Duration.ofSeconds(15))) {
            LOG.warn("{} did not close within 15 s.", name);
        }
    }
}
