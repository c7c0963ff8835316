package io.newsalert.streams.topology;

import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Topics;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/** The closure branch of the article pipeline: each extracted closure to {@code traffic.closures}, keyed by its id. */
public final class ClosureRouting {

    private ClosureRouting() {
    }

    public static void addTo(final KStream<String, ClassifiedArticle> classified) {
        classified.flatMap((id, c) -> c.getClosures().stream().map(t -> KeyValue.pair(t.getId(), t)).toList(),
                        Named.as("closures"))
                .to(Topics.CLOSURES.name(), Produced.with(Topics.CLOSURES.keySerde(), Topics.CLOSURES.valueSerde())
                        .withName("to-closures"));
    }
}
