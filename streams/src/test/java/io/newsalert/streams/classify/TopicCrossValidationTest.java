package io.newsalert.streams.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Leave-one-batch-out cross-validation of the topic classifiers over {@code corpus/topics/batch-NN.jsonl}: for each
 * batch, the model is trained on every other labelled file and scored on the held-out batch. The lexicon is the
 * taxonomy as it stood before that batch was scored ({@code classify/history/}), since today's taxonomy was fixed
 * on every batch and would be scored on text it was tuned to. Prints rules-only, model-only and blended macro-F1 and
 * safety F1 per held-out batch, and holds the shipped blend to be no worse than the rules on average.
 */
class TopicCrossValidationTest {

    private static final List<String> TOPICS = List.of("traffic", "employment", "safety");

    @Test
    void shouldScoreTheBlendAtLeastAsWellAsTheRulesOnHeldOutBatches() throws IOException {
        final List<Path> files = TopicCorpus.trainingFiles(Corpus.dir(), TopicModelTest.testFiles());
        final List<Path> batches = TopicCorpus.batches(Corpus.file("topics"));
        final StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                "%-16s %8s %8s %8s %8s %8s %8s%n",
                "held out",
                "rules",
                "(safety)",
                "model",
                "(safety)",
                "blend",
                "(safety)"));
        final double[] sums = new double[6];
        for (int k = 0; k < batches.size(); k++) {
            final Path heldOut = batches.get(k);
            final List<TopicLabelledArticle> training = TopicModelTest.trainingArticles(
                    files.stream().filter(f -> !f.equals(heldOut)).toList());
            final List<TopicLabelledArticle> test = TopicLabelledArticle.read(heldOut);
            final TopicModel model = new TopicModelTrainer(TOPICS).train(training);
            final Classifier rules = new SegmentingClassifier(taxonomyBefore(k + 1), new HanlpSegmenter());
            final List<ClassifierEvaluation.Report> reports = List.of(
                    ClassifierEvaluation.evaluate(rules, TOPICS, test),
                    ClassifierEvaluation.evaluate(modelOnly(model), TOPICS, test),
                    ClassifierEvaluation.evaluate(new BlendedClassifier(rules, model), TOPICS, test));
            table.append(String.format(Locale.ROOT, "%-16s", heldOut.getFileName()));
            for (int r = 0; r < reports.size(); r++) {
                final double macro = reports.get(r).macroF1();
                final double safety = reports.get(r).topic("safety").f1();
                sums[2 * r] += macro;
                sums[2 * r + 1] += safety;
                table.append(String.format(Locale.ROOT, " %8.3f %8.3f", macro, safety));
            }
            table.append('\n');
        }
        table.append(String.format(Locale.ROOT, "%-16s", "mean"));
        for (final double sum : sums) {
            table.append(String.format(Locale.ROOT, " %8.3f", sum / batches.size()));
        }
        System.out.println(table);

        assertThat(sums[4]).as(table.toString()).isGreaterThanOrEqualTo(sums[0]);
    }

    private static Classifier modelOnly(final TopicModel model) {
        return new Classifier() {
            @Override
            public Classification classify(final Article article) {
                final double[] p = model.probabilities(article);
                final List<String> topics = new ArrayList<>();
                for (int t = 0; t < p.length; t++) {
                    if (p[t] >= 0.5) {
                        topics.add(model.topics().get(t));
                    }
                }
                return new Classification(topics, List.of());
            }

            @Override
            public String version() {
                return "model-only";
            }
        };
    }

    private static Taxonomy taxonomyBefore(final int batch) throws IOException {
        final String name = String.format(Locale.ROOT, "/classify/history/taxonomy-before-batch-%02d.yaml", batch);
        try (InputStream in = TopicCrossValidationTest.class.getResourceAsStream(name)) {
            return TaxonomyLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        }
    }
}
