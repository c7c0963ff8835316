package io.newsalert.app.roles;

import io.newsalert.consumer.alert.AlertFactory;
import io.newsalert.consumer.alert.AlertTopology;
import io.newsalert.consumer.delivery.AlertDispatcher;
import io.newsalert.consumer.delivery.DeliveryChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/** The alert service in its first form: topic feeds → alerts topic → delivery channels. */
public final class AlertRole implements AutoCloseable {

    private final StreamsRunner alerts;
    private final AlertDispatcher dispatcher;
    private final Thread dispatcherThread;

    private AlertRole(final StreamsRunner alerts, final AlertDispatcher dispatcher) {
        this.alerts = alerts;
        this.dispatcher = dispatcher;
        this.dispatcherThread = new Thread(dispatcher, "alert-dispatcher");
    }

    public static AlertRole start(final String bootstrapServers, final List<String> feeds,
            final List<DeliveryChannel> channels, final Path stateDir) throws InterruptedException {
        final Properties props = new Properties();
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "newsalert-alerts");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
        props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        final StreamsRunner runner = new StreamsRunner("the alert builder",
                AlertTopology.build(feeds, new AlertFactory(Clock.systemUTC())), props).start(Duration.ofSeconds(60));
        final AlertDispatcher dispatcher = new AlertDispatcher(Map.of("bootstrap.servers", bootstrapServers),
                "newsalert-dispatcher", channels);
        final AlertRole role = new AlertRole(runner, dispatcher);
        role.dispatcherThread.start();
        return role;
    }

    public long delivered() {
        return dispatcher.delivered();
    }

    @Override
    public void close() throws InterruptedException {
        dispatcher.close();
        dispatcherThread.join(10_000);
        alerts.close();
    }
}
