package io.newsalert.streams.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The quality bars of the classifier on the labelled corpus. */
class ClassifierQualityTest {

    private static final Taxonomy TAXONOMY = TaxonomyLoader.loadDefault();
    private static final Classifier CLASSIFIER = Classifiers.standard(TAXONOMY);
    private static final List<String> TOPICS = List.of("traffic", "employment", "safety");

    @Test
    void shouldReachAnF1OfAtLeast095OnEveryTopicOfTheDevSets() {
        final List<TopicLabelledArticle> dev =
                new ArrayList<>(TopicLabelledArticle.read(Corpus.file("dev-topics.jsonl")));
        dev.addAll(TopicLabelledArticle.read(Corpus.file("dev-traffic.jsonl")));

        final ClassifierEvaluation.Report report = ClassifierEvaluation.evaluate(CLASSIFIER, TOPICS, dev);

        assertThat(report.articles()).isEqualTo(60);
        assertThat(report.topics())
                .allSatisfy(t -> assertThat(t.f1())
                        .as("F1 of %s (wrong: %s %s)", t.topic(), t.falsePositives(), t.falseNegatives())
                        .isGreaterThanOrEqualTo(0.95));
    }

    @Test
    void shouldGiveEachOfTheElevenSeedArticlesExactlyItsGoldTopics() throws IOException {
        final List<TopicLabelledArticle> seed = GoldPageArticles.read(
                Corpus.file("taiyuan-daily-2022-05-25-p2.txt"), Corpus.file("taiyuan-daily-2022-05-25-p2.gold.json"));

        assertThat(seed).hasSize(11);
        assertThat(seed)
                .allSatisfy(a -> assertThat(
                                Set.copyOf(CLASSIFIER.classify(a.article()).topics()))
                        .as(a.article().getHeadline())
                        .isEqualTo(Set.copyOf(a.labels())));
    }

    /** Near-misses written for this test in the register of the corpus, none of them taken from it. */
    @Test
    void shouldLabelTheProbeArticlesAsTheirNotesSay() throws Exception {
        final List<TopicLabelledArticle> probes = TopicLabelledArticle.read(Path.of(ClassifierQualityTest.class
                .getResource("/classify/probes.jsonl")
                .toURI()));

        assertThat(probes)
                .allSatisfy(a -> assertThat(
                                Set.copyOf(CLASSIFIER.classify(a.article()).topics()))
                        .as(a.article().getHeadline())
                        .isEqualTo(Set.copyOf(a.labels())));
    }

    /**
     * Articles written apart from the dev sets and the probes, in other words and sentence shapes (ferries, parking
     * fees, civil-service intake, start-up subsidies, bottled gas, and their near-misses), to see that the rules
     * carry beyond the files they were shaped on.
     */
    @Test
    void shouldReachAMacroF1OfAtLeast097OnTheFreshArticles() throws Exception {
        final List<TopicLabelledArticle> fresh = TopicLabelledArticle.read(Path.of(ClassifierQualityTest.class
                .getResource("/classify/fresh-articles.jsonl")
                .toURI()));

        final ClassifierEvaluation.Report report = ClassifierEvaluation.evaluate(CLASSIFIER, TOPICS, fresh);

        assertThat(report.articles()).isGreaterThanOrEqualTo(50);
        assertThat(report.macroF1()).isGreaterThanOrEqualTo(0.97);
        assertThat(report.topics())
                .allSatisfy(t -> assertThat(t.f1())
                        .as("F1 of %s (wrong: %s %s)", t.topic(), t.falsePositives(), t.falseNegatives())
                        .isGreaterThanOrEqualTo(0.95));
    }

    /**
     * Articles measured before the rule they test was changed (unseen) and after the last change (holdout): headlines
     * in words the taxonomy does not know, fares without an action word, awards and profiles as near-misses.
     */
    @Test
    void shouldReachAMacroF1OfAtLeast090OnTheUnseenAndHoldoutArticles() throws Exception {
        final List<TopicLabelledArticle> articles = new java.util.ArrayList<>();
        for (final String name : List.of("/classify/unseen-articles.jsonl", "/classify/holdout-articles.jsonl")) {
            articles.addAll(TopicLabelledArticle.read(
                    Path.of(ClassifierQualityTest.class.getResource(name).toURI())));
        }

        final ClassifierEvaluation.Report report = ClassifierEvaluation.evaluate(CLASSIFIER, TOPICS, articles);

        assertThat(report.articles()).isGreaterThanOrEqualTo(55);
        assertThat(report.macroF1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void shouldGiveTheArticlesOfTheSecondDevPageTheirGoldTopics() throws IOException {
        final List<TopicLabelledArticle> page =
                GoldPageArticles.read(Corpus.file("dev-page-01.txt"), Corpus.file("dev-page-01.gold.json"));

        assertThat(page)
                .allSatisfy(a -> assertThat(
                                Set.copyOf(CLASSIFIER.classify(a.article()).topics()))
                        .as(String.valueOf(a.article().getHeadline()))
                        .isEqualTo(Set.copyOf(a.labels())));
    }

    /**
     * The topic batches of {@code corpus/topics/}, each scored before any rule was changed for it (see
     * docs/evaluation-log.md), held just below the level reached after their fixes: macro-F1 and safety F1 per batch.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "batch-01.jsonl, 64, 0.97, 0.97",
        "batch-02.jsonl, 60, 0.95, 0.96",
        "batch-03.jsonl, 60, 0.98, 0.97",
        "batch-04.jsonl, 60, 0.97, 0.97",
        "batch-05.jsonl, 60, 0.90, 0.95"
    })
    void shouldHoldEachTopicBatchAtTheLevelReachedAfterItsFixes(
            final String batch, final int size, final double macroF1, final double safetyF1) {
        final List<TopicLabelledArticle> articles =
                TopicLabelledArticle.read(Corpus.file("topics").resolve(batch));

        final ClassifierEvaluation.Report report = ClassifierEvaluation.evaluate(CLASSIFIER, TOPICS, articles);

        assertThat(report.articles()).isEqualTo(size);
        assertThat(report.macroF1()).as("macro-F1 (%s)", report.topics()).isGreaterThanOrEqualTo(macroF1);
        assertThat(report.topic("safety").f1())
                .as("safety %s", report.topic("safety"))
                .isGreaterThanOrEqualTo(safetyF1);
    }
}
