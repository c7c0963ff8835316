package io.newsalert.consumer.closures;

import io.newsalert.schemas.Topics;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The one closure store: the compacted {@code traffic.closures} topic (current version per segment key)
 * materialised as a global table into {@value #STORE}. A global table holds every partition on every instance, so
 * any alert-service instance answers for all closures, and Kafka Streams restores it to the end of the topic before
 * the client is RUNNING, so a closure stays known for as long as the topic keeps it (compaction keeps the last
 * version of every key), not for a window of recent alerts.
 */
public final class ClosureTable implements ClosureQueries {

    /** The store's name; a queryable global store. */
    public static final String STORE = "traffic-closures-by-key";
    /** Name of the source node that reads the topic into it. */
    public static final String SOURCE = "read-closures";

    private final Supplier<ReadOnlyKeyValueStore<String, TrafficClosure>> store;

    /** Queries over whatever store {@code store} hands out (the running client's, or a test driver's). */
    public ClosureTable(final Supplier<ReadOnlyKeyValueStore<String, TrafficClosure>> store) {
        this.store = store;
    }

    /** Queries over the store of a Kafka Streams client whose topology had {@link #addTo} applied. */
    public static ClosureTable of(final KafkaStreams streams) {
        return new ClosureTable(
                () -> streams.store(StoreQueryParameters.fromNameAndType(STORE, QueryableStoreTypes.keyValueStore())));
    }

    /** Adds the global table to a topology being built. */
    public static void addTo(final StreamsBuilder builder) {
        builder.globalTable(
                Topics.CLOSURES.name(),
                Consumed.with(Topics.CLOSURES.keySerde(), Topics.CLOSURES.valueSerde())
                        .withName(SOURCE),
                Materialized.<String, TrafficClosure, KeyValueStore<Bytes, byte[]>>as(STORE)
                        .withKeySerde(Topics.CLOSURES.keySerde())
                        .withValueSerde(Topics.CLOSURES.valueSerde()));
    }

    /** A topology holding the table alone, for a short-lived reader such as the {@code closures} command. */
    public static Topology standalone() {
        final StreamsBuilder builder = new StreamsBuilder();
        addTo(builder);
        return builder.build();
    }

    @Override
    public List<TrafficClosure> activeOn(final LocalDate day) {
        return all().stream().filter(c -> ActiveRule.isActive(c, day)).toList();
    }

    @Override
    public List<TrafficClosure> all() {
        final List<TrafficClosure> out = new ArrayList<>();
        try (KeyValueIterator<String, TrafficClosure> it = store.get().all()) {
            it.forEachRemaining(kv -> {
                if (kv.value != null) {
                    out.add(kv.value);
                }
            });
        }
        out.sort(ActiveRule.ORDER);
        return out;
    }
}
