package io.newsalert.streams.topology;

import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.streams.lifecycle.ChangeReader;
import io.newsalert.streams.lifecycle.ClosureVersions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The closure branch of the article pipeline: traffic articles → versions of closures on {@code traffic.closures},
 * keyed by the segment ({@link io.newsalert.streams.lifecycle.SegmentKeys}), not by article.
 *
 * <p>A later article may extend, shorten or call off a closure another article announced, so deciding what an
 * article does needs every closure known so far. The traffic articles that have closures or a change cue are
 * therefore moved to one partition ({@value #LIFECYCLE_TOPIC}, a repartition topic with a single partition: traffic
 * notices are a few dozen a day) and applied there, in order, to the store {@value #VERSIONS_STORE} (the current
 * version of each closure, {@link ClosureVersions}). Each new version goes to {@code traffic.closures} under its key;
 * a called-off closure is written as a {@code CANCELLED} version, not a tombstone, so readers still see why it went.
 * The store is also the dedup: a version remembers the articles behind it, and a re-published article adds nothing.
 *
 * <p>Which closures are active on a date is answered by the alert service from a global table of the compacted
 * topic ({@code io.newsalert.consumer.closures}), for the HTTP API, the dashboard and the {@code closures} command.
 */
public final class ClosureRouting {

    /** The current version of every closure, by segment key. */
    public static final String VERSIONS_STORE = "closure-versions";
    /** Name of the single-partition repartition step (its topic is {@code <application id>-closure-lifecycle-repartition}). */
    public static final String LIFECYCLE_TOPIC = "closure-lifecycle";
    /** Name of the processor that applies an article to the closures known so far. */
    public static final String APPLY = "apply-to-closures";

    private ClosureRouting() {}

    public static void addTo(final KStream<String, ClassifiedArticle> classified) {
        classified
                .filter(
                        (id, c) -> c.getTopics().contains(ArticleTopology.TRAFFIC)
                                && (!c.getClosures().isEmpty()
                                        || ChangeReader.mentionsChange(
                                                c.getArticle().getBody())),
                        Named.as("may-change-closures"))
                .repartition(Repartitioned.with(Serdes.String(), Topics.CLASSIFIED_SERDE)
                        .withName(LIFECYCLE_TOPIC)
                        .withNumberOfPartitions(1))
                .process(new ApplyToClosures(), Named.as(APPLY))
                .to(
                        Topics.CLOSURES.name(),
                        Produced.with(Topics.CLOSURES.keySerde(), Topics.CLOSURES.valueSerde())
                                .withName("to-closures"));
    }

    /** Applies each article to the closures known so far and forwards the new versions, keyed by segment. */
    private static final class ApplyToClosures
            implements ProcessorSupplier<String, ClassifiedArticle, String, TrafficClosure> {

        @Override
        public Processor<String, ClassifiedArticle, String, TrafficClosure> get() {
            return new Processor<>() {
                private ProcessorContext<String, TrafficClosure> context;
                private KeyValueStore<String, TrafficClosure> versions;

                @Override
                public void init(final ProcessorContext<String, TrafficClosure> context) {
                    this.context = context;
                    this.versions = context.getStateStore(VERSIONS_STORE);
                }

                @Override
                public void process(final Record<String, ClassifiedArticle> record) {
                    final ClassifiedArticle c = record.value();
                    for (final TrafficClosure v : ClosureVersions.apply(c.getArticle(), c.getClosures(), known())) {
                        versions.put(v.getId(), v);
                        context.forward(new Record<>(v.getId(), v, record.timestamp()));
                    }
                }

                private ClosureVersions.Known known() {
                    return new ClosureVersions.Known() {
                        @Override
                        public TrafficClosure get(final String key) {
                            return versions.get(key);
                        }

                        @Override
                        public Collection<TrafficClosure> all() {
                            final List<TrafficClosure> all = new ArrayList<>();
                            try (KeyValueIterator<String, TrafficClosure> it = versions.all()) {
                                it.forEachRemaining(kv -> all.add(kv.value));
                            }
                            return all;
                        }
                    };
                }
            };
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.keyValueStoreBuilder(
                    Stores.persistentKeyValueStore(VERSIONS_STORE), Serdes.String(), Topics.CLOSURE_SERDE));
        }
    }
}
