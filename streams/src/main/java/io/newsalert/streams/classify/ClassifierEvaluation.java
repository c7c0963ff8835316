package io.newsalert.streams.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores a classifier against labelled articles: per topic precision, recall and F1, the macro-F1 over topics, and
 * the ids of the articles it got wrong, so that a person can read them.
 */
public final class ClassifierEvaluation {

    private ClassifierEvaluation() {}

    public static Report evaluate(
            final Classifier classifier, final List<String> topics, final List<TopicLabelledArticle> articles) {
        final List<TopicResult> results = new ArrayList<>();
        final List<Set<String>> predicted = articles.stream()
                .map(a -> Set.copyOf(classifier.classify(a.article()).topics()))
                .toList();
        for (final String topic : topics) {
            int truePositives = 0;
            final List<String> falsePositives = new ArrayList<>();
            final List<String> falseNegatives = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                final boolean gold = articles.get(i).labels().contains(topic);
                final boolean got = predicted.get(i).contains(topic);
                final String id = articles.get(i).article().getId();
                if (gold && got) {
                    truePositives++;
                } else if (got) {
                    falsePositives.add(id);
                } else if (gold) {
                    falseNegatives.add(id);
                }
            }
            results.add(new TopicResult(topic, truePositives, falsePositives, falseNegatives));
        }
        int exact = 0;
        for (int i = 0; i < articles.size(); i++) {
            exact += predicted.get(i).equals(Set.copyOf(articles.get(i).labels())) ? 1 : 0;
        }
        return new Report(results, articles.size(), exact);
    }

    /** The outcome over all topics. */
    public record Report(List<TopicResult> topics, int articles, int exactMatches) {

        public Report {
            topics = List.copyOf(topics);
        }

        public double macroF1() {
            return topics.stream().mapToDouble(TopicResult::f1).average().orElse(0);
        }

        public TopicResult topic(final String name) {
            return topics.stream()
                    .filter(t -> t.topic().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No topic " + name + " was evaluated."));
        }
    }

    /** One topic's counts, with the ids of false positives and false negatives. */
    public record TopicResult(
            String topic, int truePositives, List<String> falsePositives, List<String> falseNegatives) {

        public TopicResult {
            falsePositives = List.copyOf(falsePositives);
            falseNegatives = List.copyOf(falseNegatives);
        }

        /** Precision; 1 when the topic was never predicted (nothing wrong was said). */
        public double precision() {
            final int predicted = truePositives + falsePositives.size();
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        /** Recall; 1 when no article carries the topic. */
        public double recall() {
            final int gold = truePositives + falseNegatives.size();
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }

        public double f1() {
            final double p = precision();
            final double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
