package io.newsalert.streams.topology;

import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.TrafficClosure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The closure branch of the article pipeline: each extracted closure to {@code traffic.closures}, keyed by its id.
 *
 * <p>A re-published article adds no records: the store {@value #EMITTED_STORE}, keyed by article id (the key the
 * articles are already partitioned by, so no repartition is needed), remembers the closure ids each article has
 * emitted, and only ids not seen before go out. Closure ids are stable (same article, same ids), so an edited
 * article that gains a segment emits just that one.
 *
 * <p>Which closures are active on a date is answered by the store {@value #CLOSURES_STORE}: {@link #closureTable()}
 * materialises the compacted {@code traffic.closures} topic into it as a global table, and
 * {@code io.newsalert.streams.extract.ActiveClosures} filters it by date.
 */
public final class ClosureRouting {

    /** Closure ids already emitted, per article id. */
    public static final String EMITTED_STORE = "closure-ids-by-article";
    /** Every closure by id, materialised from {@code traffic.closures}. */
    public static final String CLOSURES_STORE = "traffic-closures-by-id";
    private static final String ID_SEPARATOR = "\n";

    private ClosureRouting() {
    }

    public static void addTo(final KStream<String, ClassifiedArticle> classified) {
        classified.filter((id, c) -> !c.getClosures().isEmpty(), Named.as("has-closures"))
                .processValues(new NewClosuresOnly(), Named.as("drop-emitted-closures"))
                .flatMap((id, c) -> c.getClosures().stream().map(t -> KeyValue.pair(t.getId(), t)).toList(),
                        Named.as("closures"))
                .to(Topics.CLOSURES.name(), Produced.with(Topics.CLOSURES.keySerde(), Topics.CLOSURES.valueSerde())
                        .withName("to-closures"));
    }

    /** A topology that only materialises {@code traffic.closures} into {@value #CLOSURES_STORE}, for queries. */
    public static Topology closureTable() {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.globalTable(Topics.CLOSURES.name(),
                Consumed.with(Topics.CLOSURES.keySerde(), Topics.CLOSURES.valueSerde()).withName("read-closures"),
                Materialized.<String, TrafficClosure, KeyValueStore<Bytes, byte[]>>as(CLOSURES_STORE)
                        .withKeySerde(Topics.CLOSURES.keySerde()).withValueSerde(Topics.CLOSURES.valueSerde()));
        return builder.build();
    }

    /** Keeps, of each article's closures, those whose ids the article has not emitted before. */
    private static final class NewClosuresOnly
            implements FixedKeyProcessorSupplier<String, ClassifiedArticle, ClassifiedArticle> {

        @Override
        public FixedKeyProcessor<String, ClassifiedArticle, ClassifiedArticle> get() {
            return new FixedKeyProcessor<>() {
                private FixedKeyProcessorContext<String, ClassifiedArticle> context;
                private KeyValueStore<String, String> emitted;

                @Override
                public void init(final FixedKeyProcessorContext<String, ClassifiedArticle> context) {
                    this.context = context;
                    this.emitted = context.getStateStore(EMITTED_STORE);
                }

                @Override
                public void process(final FixedKeyRecord<String, ClassifiedArticle> record) {
                    final String before = emitted.get(record.key());
                    final Set<String> seen = new LinkedHashSet<>(
                            before == null ? List.of() : List.of(before.split(ID_SEPARATOR)));
                    final List<TrafficClosure> fresh = new ArrayList<>();
                    for (final TrafficClosure t : record.value().getClosures()) {
                        if (seen.add(t.getId())) {
                            fresh.add(t);
                        }
                    }
                    if (fresh.isEmpty()) {
                        return;
                    }
                    emitted.put(record.key(), String.join(ID_SEPARATOR, seen));
                    final ClassifiedArticle value = ClassifiedArticle.newBuilder(record.value()).setClosures(fresh).build();
                    context.forward(record.withValue(value));
                }
            };
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EMITTED_STORE), Serdes.String(),
                    Serdes.String()));
        }
    }
}
