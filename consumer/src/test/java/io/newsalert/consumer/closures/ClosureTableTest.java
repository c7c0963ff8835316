package io.newsalert.consumer.closures;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.consumer.alert.AlertFactory;
import io.newsalert.consumer.alert.AlertTopology;
import io.newsalert.schemas.ClosureStatus;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.TrafficClosure;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alert topology's closure store answers from the latest version of each key, with the one active rule. */
class ClosureTableTest {

    private static final String KEY = "新建路|府东街|府西街|BOTH_DIRECTIONS|HALF_ROAD";

    @TempDir
    Path stateDir;

    @Test
    void shouldAnswerFromTheLatestVersionOfEachClosure() {
        try (TopologyTestDriver driver = driver()) {
            final TestInputTopic<String, TrafficClosure> in = closuresIn(driver);
            final ClosureTable table = new ClosureTable(() -> driver.getKeyValueStore(ClosureTable.STORE));

            in.pipeInput(KEY, version(1, LocalDate.of(2022, 6, 30), ClosureStatus.ACTIVE));
            assertThat(table.activeOn(LocalDate.of(2022, 7, 10))).isEmpty();

            in.pipeInput(KEY, version(2, LocalDate.of(2022, 7, 20), ClosureStatus.ACTIVE));
            assertThat(table.activeOn(LocalDate.of(2022, 7, 10)))
                    .extracting(TrafficClosure::getEnd)
                    .containsExactly(LocalDate.of(2022, 7, 20));

            in.pipeInput(KEY, version(3, LocalDate.of(2022, 7, 5), ClosureStatus.CANCELLED));
            assertThat(table.activeOn(LocalDate.of(2022, 7, 10))).isEmpty();
            assertThat(table.activeOn(LocalDate.of(2022, 7, 1)))
                    .extracting(TrafficClosure::getRevision)
                    .containsExactly(3);
            assertThat(table.all()).hasSize(1);
        }
    }

    @Test
    void shouldStartAClosureWithNoStartDateOnTheDayItWasAnnounced() {
        final TrafficClosure open = TrafficClosure.newBuilder()
                .setId("民航街||||FULL_ROAD")
                .setArticleId("a")
                .setRoad("民航街")
                .setLane(Lane.FULL_ROAD)
                .setAnnounced(LocalDate.of(2022, 6, 7))
                .build();

        assertThat(ActiveRule.isActive(open, LocalDate.of(2022, 6, 6))).isFalse();
        assertThat(ActiveRule.isActive(open, LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void shouldKeepACancelledClosureWithNoEndOutOfEveryDay() {
        final TrafficClosure off = TrafficClosure.newBuilder()
                .setId("民航街||||FULL_ROAD")
                .setArticleId("a")
                .setRoad("民航街")
                .setStatus(ClosureStatus.CANCELLED)
                .build();

        assertThat(ActiveRule.isActive(off, LocalDate.of(2022, 6, 6))).isFalse();
    }

    @Test
    void shouldNameTheClosureStoreInTheAlertTopology() {
        assertThat(AlertTopology.build(List.of("traffic"), new AlertFactory(Clock.systemUTC()))
                        .describe()
                        .toString())
                .contains(ClosureTable.STORE, ClosureTable.SOURCE);
    }

    private TopologyTestDriver driver() {
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "closure-table-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new TopologyTestDriver(
                AlertTopology.build(List.of("traffic"), new AlertFactory(Clock.systemUTC())), props);
    }

    private static TestInputTopic<String, TrafficClosure> closuresIn(final TopologyTestDriver driver) {
        return driver.createInputTopic(
                Topics.CLOSURES.name(),
                Topics.CLOSURES.keySerde().serializer(),
                Topics.CLOSURES.valueSerde().serializer());
    }

    private static TrafficClosure version(final int revision, final LocalDate end, final ClosureStatus status) {
        return TrafficClosure.newBuilder()
                .setId(KEY)
                .setArticleId("a" + revision)
                .setRoad("新建路")
                .setFrom("府东街")
                .setTo("府西街")
                .setLane(Lane.HALF_ROAD)
                .setStart(LocalDate.of(2022, 6, 2))
                .setEnd(end)
                .setStatus(status)
                .setRevision(revision)
                .build();
    }
}
