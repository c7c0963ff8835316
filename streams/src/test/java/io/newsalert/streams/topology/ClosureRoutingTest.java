package io.newsalert.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClosureStatus;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.streams.extract.SeedArticles;
import io.newsalert.streams.lifecycle.LifecycleNotices;
import io.newsalert.streams.lifecycle.SegmentKeys;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClosureRoutingTest {

    @TempDir
    Path stateDir;

    private Properties props() {
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "closure-routing-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return props;
    }

    private static Topology articleTopology() {
        return ArticleTopology.build(
                TaxonomyLoader.loadDefault(),
                new TrafficOnlyClassifier(),
                ClosureExtractors.standard(Optional.empty()));
    }

    @Test
    void shouldWriteOneFirstVersionPerSeedClosureKeyedBySegment() {
        try (TopologyTestDriver driver = new TopologyTestDriver(articleTopology(), props())) {
            final TestInputTopic<String, Article> articles = articlesIn(driver);
            final TestOutputTopic<String, TrafficClosure> closures = closuresOut(driver);

            SeedArticles.traffic().forEach(a -> articles.pipeInput(a.getId(), a));

            final var records = closures.readKeyValuesToList();
            assertThat(records).hasSize(5).allSatisfy(kv -> {
                assertThat(kv.key).isEqualTo(kv.value.getId()).isEqualTo(SegmentKeys.of(kv.value));
                assertThat(kv.value.getRevision()).isEqualTo(1);
                assertThat(kv.value.getArticleIds()).containsExactly(kv.value.getArticleId());
            });
            assertThat(records)
                    .extracting(kv -> kv.value.getRoad())
                    .containsExactlyInAnyOrder("武宿机场", "桃园北路", "胜利街", "坞城东街", "并州南路西一巷");
        }
    }

    @Test
    void shouldAddNoClosureRecordsWhenAnArticleIsPublishedAgain() {
        try (TopologyTestDriver driver = new TopologyTestDriver(articleTopology(), props())) {
            final TestInputTopic<String, Article> articles = articlesIn(driver);
            final TestOutputTopic<String, TrafficClosure> closures = closuresOut(driver);
            SeedArticles.traffic().forEach(a -> articles.pipeInput(a.getId(), a));
            closures.readKeyValuesToList();

            SeedArticles.traffic().forEach(a -> articles.pipeInput(a.getId(), a));

            assertThat(closures.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldGiveTheSameSegmentNamedByTwoArticlesOneKeyAndOneVersion() {
        try (TopologyTestDriver driver = new TopologyTestDriver(articleTopology(), props())) {
            final TestInputTopic<String, Article> articles = articlesIn(driver);
            final TestOutputTopic<String, TrafficClosure> closures = closuresOut(driver);
            final List<Article> notices = LifecycleNotices.all();

            articles.pipeInput(notices.get(0).getId(), notices.get(0));
            articles.pipeInput(notices.get(1).getId(), notices.get(1));

            assertThat(closures.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly(LifecycleNotices.KEY);
        }
    }

    @Test
    void shouldWriteThreeVersionsUnderOneKeyWhenAClosureIsExtendedThenCalledOff() {
        try (TopologyTestDriver driver = new TopologyTestDriver(articleTopology(), props())) {
            final TestInputTopic<String, Article> articles = articlesIn(driver);
            final TestOutputTopic<String, TrafficClosure> closures = closuresOut(driver);

            LifecycleNotices.all().forEach(a -> articles.pipeInput(a.getId(), a));

            final var versions = closures.readKeyValuesToList();
            assertThat(versions)
                    .extracting(kv -> kv.key)
                    .containsOnly(LifecycleNotices.KEY)
                    .hasSize(3);
            assertThat(versions).extracting(kv -> kv.value.getRevision()).containsExactly(1, 2, 3);
            assertThat(versions)
                    .extracting(kv -> kv.value.getEnd())
                    .containsExactly(LocalDate.of(2022, 7, 31), LocalDate.of(2022, 9, 15), LocalDate.of(2022, 8, 19));
            assertThat(versions).extracting(kv -> kv.value.getStart()).containsOnly(LocalDate.of(2022, 5, 23));
            assertThat(versions)
                    .extracting(kv -> kv.value.getStatus())
                    .containsExactly(ClosureStatus.ACTIVE, ClosureStatus.ACTIVE, ClosureStatus.CANCELLED);
            assertThat(versions.get(2).value.getArticleIds())
                    .containsExactly("lc-yzxdj-01", "lc-yzxdj-03", "lc-yzxdj-04");
        }
    }

    @Test
    void shouldNameTheLifecycleStepsAndTheirStore() {
        final String description = articleTopology().describe().toString();

        assertThat(description)
                .contains(
                        ClosureRouting.VERSIONS_STORE,
                        ClosureRouting.LIFECYCLE_TOPIC,
                        ClosureRouting.APPLY,
                        "to-closures");
    }

    private static TestInputTopic<String, Article> articlesIn(final TopologyTestDriver driver) {
        return driver.createInputTopic(
                Topics.ARTICLES.name(),
                Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer());
    }

    private static TestOutputTopic<String, TrafficClosure> closuresOut(final TopologyTestDriver driver) {
        return driver.createOutputTopic(
                Topics.CLOSURES.name(),
                Topics.CLOSURES.keySerde().deserializer(),
                Topics.CLOSURES.valueSerde().deserializer());
    }
}
