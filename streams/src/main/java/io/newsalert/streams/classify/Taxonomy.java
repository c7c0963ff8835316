package io.newsalert.streams.classify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured topics and how much each part of an article counts. Topics are configuration, not code: a user
 * adds one (say {@code weather}) in the YAML file and its articles go to its own Kafka topic.
 *
 * @param fieldWeights how much a word counts in each part of an article (a headline word more than a body word)
 * @param topics       the topics, in the order they are reported
 */
public record Taxonomy(Map<Part, Double> fieldWeights, List<TopicDefinition> topics) {

    public Taxonomy {
        final Map<Part, Double> weights = new EnumMap<>(Part.class);
        weights.putAll(fieldWeights);
        for (final Part part : Part.values()) {
            weights.putIfAbsent(part, part.defaultWeight());
        }
        fieldWeights = Map.copyOf(weights);
        topics = List.copyOf(topics);
    }

    /** The part of an article a word was found in. */
    public enum Part {
        HEADLINE(3.0),
        KICKER(2.0),
        SUBTITLE(2.0),
        BODY(1.0);

        private final double defaultWeight;

        Part(final double defaultWeight) {
            this.defaultWeight = defaultWeight;
        }

        public double defaultWeight() {
            return defaultWeight;
        }
    }

    public double weightOf(final Part part) {
        return fieldWeights.get(part);
    }

    public Optional<TopicDefinition> topic(final String name) {
        return topics.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * One topic: its name, output Kafka topic, vocabulary and decision thresholds.
     *
     * @param name              the label, lower case ({@code traffic})
     * @param outputTopic       the Kafka topic its articles go to ({@code news.traffic} unless configured)
     * @param threshold         the score an article needs for this label
     * @param bodyOnlyThreshold the score needed when no word of the topic stands in the headline, kicker or
     *                          subtitle: a topic mentioned only in the body is rarely the subject
     * @param terms             cue and action words and phrases with their weights; negative weights speak
     *                          against the topic. When any term is an action, an article needs an action term
     * @param ignore            phrases whose words do not count at all (金融安全 is not physical safety)
     * @param minSubjectScore   the score the topic's subject words (not its actions) must reach: for traffic, an
     *                          action alone ({@code 停运} of an elevator) is no travel news; 0 for no such need
     */
    public record TopicDefinition(
            String name,
            String outputTopic,
            double threshold,
            double bodyOnlyThreshold,
            List<Term> terms,
            List<String> ignore,
            double minSubjectScore) {

        public TopicDefinition {
            terms = List.copyOf(terms);
            ignore = List.copyOf(ignore);
        }

        public TopicDefinition(
                final String name,
                final String outputTopic,
                final double threshold,
                final double bodyOnlyThreshold,
                final List<Term> terms,
                final List<String> ignore) {
            this(name, outputTopic, threshold, bodyOnlyThreshold, terms, ignore, 0);
        }
    }

    /**
     * A word or phrase and its weight as evidence for (positive) or against (negative) a topic.
     *
     * @param role whether the term names the subject or context of a topic ({@link Role#CUE}) or something that
     *             happens ({@link Role#ACTION}); a topic that lists actions needs one to be given
     */
    public record Term(String text, double weight, Role role) {

        public Term(final String text, final double weight) {
            this(text, weight, Role.CUE);
        }
    }

    /** What a term says about an article. */
    public enum Role {
        /** A subject noun or context word: 公交, 岗位, 燃气. */
        CUE,
        /** A change or event: 封闭, 改线, 招聘. A bus in the headline is not news for travellers; a rerouted bus is. */
        ACTION
    }
}
