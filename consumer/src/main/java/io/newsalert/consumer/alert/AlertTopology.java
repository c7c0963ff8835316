package io.newsalert.consumer.alert;

import io.newsalert.consumer.closures.ClosureTable;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Topic feeds → alerts: one alert per article per topic, written to the {@code alerts} topic keyed by alert id.
 * A store of the alert ids already issued drops re-published articles, so nobody is alerted twice. The alerts of
 * one topic all go to one partition, chosen by the topic, so each topic's alerts have one order everywhere. The same
 * client also holds the closure store ({@link ClosureTable}), the one source of "which closures are in force" for
 * every reader of this service.
 */
public final class AlertTopology {

    public static final String ISSUED_STORE = "issued-alert-ids";

    /**
     * Partition by the alert's topic (murmur2, like the default partitioner on a key): every instance then sees one
     * topic's alerts in the same order, so a subscriber of a topic gets them in the order they were issued and a
     * live-stream client's {@code Last-Event-ID} means the same position of that topic on every instance. The
     * record key stays the alert id.
     */
    static final StreamPartitioner<String, Alert> BY_TOPIC =
            (topic, key, value, partitions) -> Optional.of(Set.of(partitionOf(value.getTopic(), partitions)));

    /** The partition of {@code alerts} that holds the alerts of {@code alertTopic}. */
    public static int partitionOf(final String alertTopic, final int partitions) {
        return Utils.toPositive(Utils.murmur2(alertTopic.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private AlertTopology() {}

    public static Topology build(final List<String> feeds, final AlertFactory factory) {
        final StreamsBuilder builder = new StreamsBuilder();
        ClosureTable.addTo(builder);
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ISSUED_STORE), Serdes.String(), Serdes.Long()));
        for (final String feed : feeds) {
            builder.stream(
                            Topics.feed(feed).name(),
                            Consumed.with(Serdes.String(), Topics.CLASSIFIED_SERDE)
                                    .withName("read-" + feed))
                    .mapValues(c -> factory.create(feed, c), Named.as("alert-" + feed))
                    .processValues(() -> new FirstTimeOnly(), Named.as("dedup-" + feed), ISSUED_STORE)
                    .filter((k, v) -> v != null, Named.as("new-" + feed))
                    .selectKey((k, alert) -> alert.getId(), Named.as("key-" + feed))
                    .to(
                            Topics.ALERTS.name(),
                            Produced.with(Topics.ALERTS.keySerde(), Topics.ALERTS.valueSerde())
                                    .withStreamPartitioner(BY_TOPIC)
                                    .withName("to-alerts-" + feed));
        }
        return builder.build();
    }

    /** Passes an alert the first time its id is seen and null after that. */
    private static final class FirstTimeOnly implements FixedKeyProcessor<String, Alert, Alert> {
        private FixedKeyProcessorContext<String, Alert> context;
        private KeyValueStore<String, Long> issued;

        @Override
        public void init(final FixedKeyProcessorContext<String, Alert> context) {
            this.context = context;
            this.issued = context.getStateStore(ISSUED_STORE);
        }

        @Override
        public void process(final FixedKeyRecord<String, Alert> record) {
            final Alert alert = record.value();
            if (issued.putIfAbsent(alert.getId(), record.timestamp()) == null) {
                context.forward(record);
            } else {
                context.forward(record.withValue(null));
            }
        }
    }
}
