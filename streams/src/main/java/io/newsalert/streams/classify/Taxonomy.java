package io.newsalert.streams.classify;

import java.util.List;

/**
 * The configured topics. Each topic routes to its own Kafka topic ({@code news.<name>} unless configured).
 *
 * @param topics the topics, in the order they are reported
 */
public record Taxonomy(List<TopicDefinition> topics) {

    public Taxonomy {
        topics = List.copyOf(topics);
    }

    /** One topic of the taxonomy: its name, its output Kafka topic and its vocabulary. */
    public record TopicDefinition(String name, String outputTopic, List<Term> terms, double threshold) {
        public TopicDefinition {
            terms = List.copyOf(terms);
        }
    }

    /** A word or phrase and its weight as evidence for a topic. */
    public record Term(String text, double weight) {
    }
}
