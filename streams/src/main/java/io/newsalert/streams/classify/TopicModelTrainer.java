package io.newsalert.streams.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains a {@link TopicModel} on labelled articles: one logistic regression per topic, fitted by stochastic gradient
 * descent with per-feature step sizes (AdaGrad) and an L2 penalty, over features seen in at least two articles (a
 * word of one article teaches nothing that carries). Deterministic: the same articles in the same order give the same
 * model, weights rounded as they are stored, so a retrained model can be checked against the committed one.
 */
public final class TopicModelTrainer {

    /** Passes over the articles. */
    private static final int EPOCHS = 40;
    /** Base step size of AdaGrad. */
    private static final double STEP = 0.2;
    /** L2 penalty per update on the features of the article at hand. */
    private static final double L2 = 0.002;
    /** Articles a feature must appear in to be learned. */
    private static final int MIN_ARTICLES = 2;
    /** Seed of the fixed order in which each pass visits the articles. */
    private static final long SEED = 20261201L;

    private final List<String> topics;
    private final double l2;

    public TopicModelTrainer(final List<String> topics) {
        this(topics, L2);
    }

    TopicModelTrainer(final List<String> topics, final double l2) {
        this.topics = List.copyOf(topics);
        this.l2 = l2;
    }

    public TopicModel train(final List<TopicLabelledArticle> articles) {
        final List<Set<String>> features =
                articles.stream().map(a -> TopicFeatures.of(a.article())).toList();
        final Map<String, Integer> index = vocabulary(features);
        final int[][] rows = new int[features.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = features.get(i).stream()
                    .filter(index::containsKey)
                    .mapToInt(index::get)
                    .sorted()
                    .toArray();
        }
        final double[][] weights = new double[topics.size()][index.size()];
        final double[] bias = new double[topics.size()];
        for (int t = 0; t < topics.size(); t++) {
            final String topic = topics.get(t);
            final boolean[] gold = new boolean[articles.size()];
            for (int i = 0; i < gold.length; i++) {
                gold[i] = articles.get(i).labels().contains(topic);
            }
            bias[t] = fit(rows, gold, weights[t], l2);
        }
        final Map<String, double[]> byFeature = new HashMap<>();
        index.forEach((feature, column) -> {
            final double[] row = new double[topics.size()];
            boolean any = false;
            for (int t = 0; t < row.length; t++) {
                row[t] = rounded(weights[t][column]);
                any |= row[t] != 0;
            }
            if (any) {
                byFeature.put(feature, row);
            }
        });
        for (int t = 0; t < bias.length; t++) {
            bias[t] = rounded(bias[t]);
        }
        return new TopicModel(topics, bias, byFeature);
    }

    private static double fit(final int[][] rows, final boolean[] gold, final double[] w, final double l2) {
        final double[] squares = new double[w.length];
        double bias = 0;
        double biasSquares = 0;
        final Random random = new Random(SEED);
        final int[] order = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            shuffle(order, random);
            for (final int i : order) {
                double z = bias;
                for (final int f : rows[i]) {
                    z += w[f];
                }
                final double g = 1 / (1 + Math.exp(-z)) - (gold[i] ? 1 : 0);
                biasSquares += g * g;
                bias -= STEP * g / Math.sqrt(biasSquares + 1e-8);
                for (final int f : rows[i]) {
                    final double gf = g + l2 * w[f];
                    squares[f] += gf * gf;
                    w[f] -= STEP * gf / Math.sqrt(squares[f] + 1e-8);
                }
            }
        }
        return bias;
    }

    private static void shuffle(final int[] order, final Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            final int j = random.nextInt(i + 1);
            final int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private static Map<String, Integer> vocabulary(final List<Set<String>> features) {
        final Map<String, Integer> counts = new TreeMap<>();
        features.forEach(set -> set.forEach(f -> counts.merge(f, 1, Integer::sum)));
        final Map<String, Integer> index = new HashMap<>();
        final List<String> kept = new ArrayList<>();
        counts.forEach((f, n) -> {
            if (n >= MIN_ARTICLES) {
                kept.add(f);
            }
        });
        for (int i = 0; i < kept.size(); i++) {
            index.put(kept.get(i), i);
        }
        return index;
    }

    private static double rounded(final double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
