package io.newsalert.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Field;
import io.newsalert.schemas.Topics;
import io.newsalert.streams.classify.Classification;
import io.newsalert.streams.classify.Classifier;
import io.newsalert.streams.classify.Classifiers;
import io.newsalert.streams.classify.Taxonomy;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ClosureExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTopologyTest {

    private static final Taxonomy TAXONOMY = TaxonomyLoader.loadDefault();
    private static final Classifier CLASSIFIER = Classifiers.standard(TAXONOMY);

    private TopologyTestDriver driver;

    @TempDir
    Path stateDir;

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void shouldRouteATrafficNoticeToTheTrafficFeedOnly() {
        start(CLASSIFIER);

        articles().pipeInput("a-closure", SampleArticles.closure());

        assertThat(feed(Topics.TRAFFIC.name()).readKeyValuesToMap()).containsOnlyKeys("a-closure");
        assertThat(feed(Topics.SAFETY.name()).isEmpty()).isTrue();
        assertThat(feed(Topics.OTHER.name()).isEmpty()).isTrue();
    }

    @Test
    void shouldRouteAnArticleWithTwoLabelsToBothFeeds() {
        start(CLASSIFIER);

        articles().pipeInput("a-accident", SampleArticles.accident());

        final ClassifiedArticle traffic = feed(Topics.TRAFFIC.name()).readValue();
        final ClassifiedArticle safety = feed(Topics.SAFETY.name()).readValue();
        assertThat(traffic.getTopics()).containsExactly("traffic", "safety");
        assertThat(safety.getArticle().getId()).isEqualTo("a-accident");
        assertThat(feed(Topics.OTHER.name()).isEmpty()).isTrue();
    }

    @Test
    void shouldRouteAnArticleWithoutLabelToOther() {
        start(CLASSIFIER);

        articles().pipeInput("a-health", SampleArticles.health());

        final ClassifiedArticle other = feed(Topics.OTHER.name()).readValue();
        assertThat(other.getTopics()).isEmpty();
        assertThat(other.getClassifierVersion()).isEqualTo(CLASSIFIER.version());
        assertThat(feed(Topics.TRAFFIC.name()).isEmpty()).isTrue();
        assertThat(feed(Topics.EMPLOYMENT.name()).isEmpty()).isTrue();
        assertThat(feed(Topics.SAFETY.name()).isEmpty()).isTrue();
    }

    @Test
    void shouldCarryScoresAndEvidenceInTheClassifiedArticle() {
        start(CLASSIFIER);

        articles().pipeInput("a-jobs", SampleArticles.jobFair());

        final ClassifiedArticle jobs = feed(Topics.EMPLOYMENT.name()).readValue();
        assertThat(jobs.getScores()).extracting(s -> s.getTopic()).containsExactly("traffic", "employment", "safety");
        assertThat(jobs.getScores().get(1).getEvidence()).anySatisfy(e -> {
            assertThat(e.getTerm()).contains("招聘");
            assertThat(e.getWhere()).isEqualTo(Field.HEADLINE);
            assertThat(e.getWeight()).isPositive();
        });
    }

    /**
     * TopologyTestDriver does not capture the dead letters of deserialisation failures (its records bypass the
     * consumer path that sends them), so this test checks that processing goes on; {@code ArticleTopologyIT} checks
     * the dead letter on a real broker.
     */
    @Test
    void shouldSkipARecordThatCannotBeDeserialisedAndGoOn() {
        start(CLASSIFIER);
        final TestInputTopic<String, byte[]> raw =
                driver.createInputTopic(Topics.ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());

        raw.pipeInput("poison", "这不是一篇Avro文章".getBytes(StandardCharsets.UTF_8));
        articles().pipeInput("a-jobs", SampleArticles.jobFair());

        assertThat(feed(Topics.EMPLOYMENT.name()).readKeyValuesToMap()).containsOnlyKeys("a-jobs");
        assertThat(feed(Topics.OTHER.name()).isEmpty()).isTrue();
    }

    @Test
    void shouldSendAnArticleThatCannotBeClassifiedToTheDeadLetterTopicAndGoOn() {
        final Classifier failsOnOne = new Classifier() {
            @Override
            public Classification classify(final Article article) {
                if (article.getId().equals("a-health")) {
                    throw new IllegalStateException("词典损坏");
                }
                return CLASSIFIER.classify(article);
            }

            @Override
            public String version() {
                return "test";
            }
        };
        start(failsOnOne);

        articles().pipeInput("a-health", SampleArticles.health());
        articles().pipeInput("a-jobs", SampleArticles.jobFair());

        final TestRecord<String, byte[]> dead = deadLetters().readRecord();
        assertThat(dead.key()).isEqualTo("a-health");
        assertThat(Topics.ARTICLE_SERDE.deserializer().deserialize("t", dead.value()))
                .isEqualTo(SampleArticles.health());
        assertThat(header(dead, "__streams.errors.exception")).contains("ClassificationException");
        assertThat(header(dead, "__streams.errors.message"))
                .contains("a-health")
                .contains("词典损坏");
        assertThat(feed(Topics.EMPLOYMENT.name()).readKeyValuesToMap()).containsOnlyKeys("a-jobs");
        assertThat(feed(Topics.OTHER.name()).isEmpty()).isTrue();
    }

    @Test
    void shouldSendARecordWithoutValueToTheDeadLetterTopicWithTheReason() {
        start(CLASSIFIER);

        articles().pipeInput("a-null", (Article) null);
        articles().pipeInput("a-jobs", SampleArticles.jobFair());

        final TestRecord<String, byte[]> dead = deadLetters().readRecord();
        assertThat(dead.key()).isEqualTo("a-null");
        assertThat(dead.value()).isNull();
        assertThat(header(dead, "__streams.errors.message")).contains("a-null").contains("no value");
        assertThat(feed(Topics.EMPLOYMENT.name()).readKeyValuesToMap()).containsOnlyKeys("a-jobs");
    }

    @Test
    void shouldNameEveryProcessingStep() {
        final Topology topology = ArticleTopology.build(TAXONOMY, CLASSIFIER, ClosureExtractor.none());

        final List<String> names = topology.describe().subtopologies().stream()
                .flatMap(s -> s.nodes().stream())
                .map(TopologyDescription.Node::name)
                .toList();

        assertThat(names)
                .contains(
                        "read-articles",
                        "refuse-null-values",
                        "classify-and-extract",
                        "is-traffic",
                        "to-traffic",
                        "is-employment",
                        "to-employment",
                        "is-safety",
                        "to-safety",
                        "is-unlabelled",
                        "to-other");
        assertThat(names).noneMatch(n -> n.startsWith("KSTREAM-") || n.startsWith("KTABLE-"));
    }

    private void start(final Classifier classifier) {
        final Properties props =
                StreamsSettings.of("unused:9092", Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()));
        driver = new TopologyTestDriver(ArticleTopology.build(TAXONOMY, classifier, ClosureExtractor.none()), props);
    }

    private TestInputTopic<String, Article> articles() {
        return driver.createInputTopic(
                Topics.ARTICLES.name(),
                Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer());
    }

    private TestOutputTopic<String, ClassifiedArticle> feed(final String topic) {
        return driver.createOutputTopic(
                topic, Topics.OTHER.keySerde().deserializer(), Topics.CLASSIFIED_SERDE.deserializer());
    }

    private TestOutputTopic<String, byte[]> deadLetters() {
        return driver.createOutputTopic(
                Topics.ARTICLES_DLQ.name(),
                Topics.ARTICLES_DLQ.keySerde().deserializer(),
                Topics.ARTICLES_DLQ.valueSerde().deserializer());
    }

    private static String header(final TestRecord<String, byte[]> record, final String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
