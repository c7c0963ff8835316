package io.newsalert.streams.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled topic model: rebuilt exactly from the corpus, and blended with the lexicon as documented. */
class TopicModelTest {

    @Test
    void shouldRetrainTheBundledModelFromTheCorpusExactly() throws IOException {
        final TopicModel retrained = new TopicModelTrainer(List.of("traffic", "employment", "safety"))
                .train(trainingArticles(TopicCorpus.trainingFiles(Corpus.dir(), testFiles())));

        try (InputStream bundled = TopicModelTest.class.getResourceAsStream(TopicModel.RESOURCE)) {
            assertThat(retrained.write())
                    .as("run `newsalert train-topics` after changing the corpus or the trainer")
                    .isEqualTo(new String(bundled.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldReadBackTheModelItWrites() throws IOException {
        final TopicModel model = TopicModel.bundled().orElseThrow();

        final TopicModel read =
                TopicModel.read(new java.io.ByteArrayInputStream(model.write().getBytes(StandardCharsets.UTF_8)));

        assertThat(read.write()).isEqualTo(model.write());
        assertThat(read.fingerprint()).isEqualTo(model.fingerprint());
    }

    @Test
    void shouldGiveEveryLabelledArticleTheProbabilitiesItsWrittenWeightsSumTo() throws IOException {
        final TopicModel model = TopicModel.bundled().orElseThrow();
        final Map<String, double[]> written = new HashMap<>();
        model.write().lines().skip(2).forEach(line -> {
            final String[] cells = line.split("\t");
            written.put(
                    cells[0],
                    Arrays.stream(cells, 1, cells.length)
                            .mapToDouble(Double::parseDouble)
                            .toArray());
        });
        final List<TopicLabelledArticle> articles =
                trainingArticles(TopicCorpus.trainingFiles(Corpus.dir(), testFiles()));

        for (final TopicLabelledArticle labelled : articles) {
            final double[] z = written.get("<bias>").clone();
            for (final String feature : TopicFeatures.of(labelled.article())) {
                final double[] row = written.getOrDefault(feature, new double[z.length]);
                for (int t = 0; t < z.length; t++) {
                    z[t] += row[t];
                }
            }
            final double[] p = model.probabilities(labelled.article());
            for (int t = 0; t < z.length; t++) {
                assertThat(p[t])
                        .as(labelled.article().getId())
                        .isCloseTo(1 / (1 + Math.exp(-z[t])), org.assertj.core.data.Offset.offset(1e-3));
            }
        }
        assertThat(articles).hasSizeGreaterThan(300);
    }

    @Test
    void shouldLetTheModelOverruleTheLexiconOnlyWhenConfident() {
        assertThat(BlendedClassifier.decide(true, 0.5)).isTrue();
        assertThat(BlendedClassifier.decide(true, 0.1)).isFalse();
        assertThat(BlendedClassifier.decide(false, 0.5)).isFalse();
        assertThat(BlendedClassifier.decide(false, 0.9)).isTrue();
    }

    @Test
    void shouldGiveATopicAUserAddedByTheLexiconAlone() {
        final Taxonomy taxonomy = TaxonomyLoader.parse("""
                version: 1
                topics:
                  - name: weather
                    threshold: 3
                    terms: {暴雨: 2, 预警: 1.5}
                """, "test taxonomy");
        final Classifier classifier = Classifiers.standard(taxonomy);
        final Article storm = Article.newBuilder()
                .setId("w-1")
                .setPublished(LocalDate.of(2024, 7, 1))
                .setHeadline("气象台发布暴雨蓝色预警")
                .setBody("本报讯 市气象台7月1日发布暴雨蓝色预警，预计今夜到明天有暴雨，局地大暴雨。")
                .build();

        final Classification result = classifier.classify(storm);

        assertThat(result.topics()).containsExactly("weather");
        assertThat(result.scores().get(0).getEvidence()).isNotEmpty();
        assertThat(classifier.version()).contains("+model-");
    }

    /** The articles of the files, then those of the pages with gold, as {@code newsalert train-topics} reads them. */
    static List<TopicLabelledArticle> trainingArticles(final List<Path> files) throws IOException {
        final List<TopicLabelledArticle> articles = new java.util.ArrayList<>(TopicCorpus.read(files));
        for (final Path page : TopicCorpus.pages(Corpus.dir())) {
            articles.addAll(GoldPageArticles.readCuttable(page, TopicCorpus.goldOf(page)));
        }
        return articles;
    }

    static Path testFiles() {
        try {
            return Path.of(TopicModelTest.class
                            .getResource("/classify/probes.jsonl")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
