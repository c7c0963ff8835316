package io.newsalert.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ActiveClosures;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.streams.extract.SeedArticles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
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
        return ArticleTopology.build(TaxonomyLoader.loadDefault(), new TrafficOnlyClassifier(),
                ClosureExtractors.standard(Optional.empty()));
    }

    @Test
    void shouldWriteOneRecordPerClosureKeyedByClosureId() {
        try (TopologyTestDriver driver = new TopologyTestDriver(articleTopology(), props())) {
            final TestInputTopic<String, Article> articles = articlesIn(driver);
            final TestOutputTopic<String, TrafficClosure> closures = closuresOut(driver);

            SeedArticles.traffic().forEach(a -> articles.pipeInput(a.getId(), a));

            final var records = closures.readKeyValuesToList();
            assertThat(records).hasSize(5).allSatisfy(kv -> assertThat(kv.key).isEqualTo(kv.value.getId()));
            assertThat(records).extracting(kv -> kv.value.getRoad())
                    .containsExactly("武宿机场", "桃园北路", "胜利街", "坞城东街", "并州南路西一巷");
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
    void shouldNameTheStoreThatRemembersEmittedClosures() {
        final String description = articleTopology().describe().toString();

        assertThat(description).contains(ClosureRouting.EMITTED_STORE, "drop-emitted-closures", "to-closures");
    }

    @Test
    void shouldAnswerWhichClosuresAreActiveOnADate() {
        try (TopologyTestDriver driver = new TopologyTestDriver(ClosureRouting.closureTable(), props())) {
            final TestInputTopic<String, TrafficClosure> in = driver.createInputTopic(Topics.CLOSURES.name(),
                    Topics.CLOSURES.keySerde().serializer(), Topics.CLOSURES.valueSerde().serializer());
            in.pipeInput("a/1", closure("a/1", "桃园北路", LocalDate.of(2022, 5, 24), LocalDate.of(2022, 7, 25)));
            in.pipeInput("a/2", closure("a/2", "民航街", LocalDate.of(2022, 6, 7), null));
            in.pipeInput("a/3", closure("a/3", "晋白线", LocalDate.of(2021, 8, 27), LocalDate.of(2021, 10, 31)));
            final KeyValueStore<String, TrafficClosure> store = driver.getKeyValueStore(ClosureRouting.CLOSURES_STORE);

            assertThat(ActiveClosures.on(store, LocalDate.of(2022, 7, 1))).extracting(TrafficClosure::getRoad)
                    .containsExactly("桃园北路", "民航街");
            assertThat(ActiveClosures.on(store, LocalDate.of(2022, 7, 26))).extracting(TrafficClosure::getRoad)
                    .containsExactly("民航街");
        }
    }

    private static TrafficClosure closure(final String id, final String road, final LocalDate start,
            final LocalDate end) {
        return TrafficClosure.newBuilder().setId(id).setArticleId("a").setRoad(road).setLane(Lane.FULL_ROAD)
                .setStart(start).setEnd(end).build();
    }

    private static TestInputTopic<String, Article> articlesIn(final TopologyTestDriver driver) {
        return driver.createInputTopic(Topics.ARTICLES.name(), Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer());
    }

    private static TestOutputTopic<String, TrafficClosure> closuresOut(final TopologyTestDriver driver) {
        return driver.createOutputTopic(Topics.CLOSURES.name(), Topics.CLOSURES.keySerde().deserializer(),
                Topics.CLOSURES.valueSerde().deserializer());
    }

}
