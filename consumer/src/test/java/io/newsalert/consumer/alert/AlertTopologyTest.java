package io.newsalert.consumer.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.TrafficClosure;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertTopologyTest {

    private static final ClassifiedArticle GAS_MAINS = ClassifiedArticle.newBuilder()
            .setArticle(Article.newBuilder()
                    .setId("p2-11")
                    .setPublished(LocalDate.of(2022, 5, 25))
                    .setHeadline("更换燃气管线 占用部分道路")
                    .setBody("5月24日，记者从市公安局交警支队获悉，因更换燃气管线，桃园北路旱西关街至府西街东侧非机动车道" + "占道施工。")
                    .build())
            .setTopics(List.of("traffic", "safety"))
            .setClosures(List.of(TrafficClosure.newBuilder()
                    .setId("c1")
                    .setArticleId("p2-11")
                    .setRoad("桃园北路")
                    .setFrom("旱西关街")
                    .setTo("府西街")
                    .setSide(Side.EAST)
                    .setLane(Lane.NON_MOTOR_LANE)
                    .setStart(LocalDate.of(2022, 5, 24))
                    .setEnd(LocalDate.of(2022, 7, 25))
                    .build()))
            .build();

    private TopologyTestDriver driver;
    private TestInputTopic<String, ClassifiedArticle> traffic;
    private TestInputTopic<String, ClassifiedArticle> safety;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void start() {
        final Topology topology = AlertTopology.build(
                List.of("traffic", "safety"),
                new AlertFactory(Clock.fixed(Instant.parse("2022-05-25T01:00:00Z"), ZoneOffset.UTC)));
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alert-topology-test");
        driver = new TopologyTestDriver(topology, props);
        traffic = driver.createInputTopic(
                Topics.TRAFFIC.name(),
                Topics.TRAFFIC.keySerde().serializer(),
                Topics.TRAFFIC.valueSerde().serializer());
        safety = driver.createInputTopic(
                Topics.SAFETY.name(),
                Topics.SAFETY.keySerde().serializer(),
                Topics.SAFETY.valueSerde().serializer());
        alerts = driver.createOutputTopic(
                Topics.ALERTS.name(),
                Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldIssueOneAlertPerArticleAndTopicKeyedByAlertId() {
        traffic.pipeInput("p2-11", GAS_MAINS);
        safety.pipeInput("p2-11", GAS_MAINS);

        final List<org.apache.kafka.streams.KeyValue<String, Alert>> out = alerts.readKeyValuesToList();

        assertThat(out)
                .extracting(kv -> kv.key)
                .containsExactly(AlertFactory.alertId("p2-11", "traffic"), AlertFactory.alertId("p2-11", "safety"));
        assertThat(out.get(0).value.getSummary()).contains("桃园北路", "旱西关街", "府西街");
        assertThat(out.get(0).value.getValidTo()).isEqualTo(LocalDate.of(2022, 7, 25));
    }

    @Test
    void shouldNotAlertTwiceWhenAnArticleIsPublishedAgain() {
        traffic.pipeInput("p2-11", GAS_MAINS);
        traffic.pipeInput("p2-11", GAS_MAINS);

        assertThat(alerts.readKeyValuesToList()).hasSize(1);
    }

    @Test
    void shouldWriteTheAlertsOfOneTopicToOnePartitionChosenByTheTopic() {
        final AlertFactory factory = new AlertFactory(Clock.systemUTC());
        final Alert traffic = factory.create("traffic", GAS_MAINS);
        final Alert other = factory.create("other", GAS_MAINS);

        assertThat(AlertTopology.BY_TOPIC.partitions(Topics.ALERTS.name(), traffic.getId(), traffic, 6))
                .contains(Set.of(BuiltInPartitioner.partitionForKey("traffic".getBytes(StandardCharsets.UTF_8), 6)));
        assertThat(AlertTopology.BY_TOPIC.partitions(Topics.ALERTS.name(), other.getId(), other, 6))
                .contains(Set.of(BuiltInPartitioner.partitionForKey("other".getBytes(StandardCharsets.UTF_8), 6)));
        assertThat(AlertTopology.partitionOf("traffic", 6)).isNotEqualTo(AlertTopology.partitionOf("other", 6));
    }

    @Test
    void shouldNameItsStore() {
        assertThat(AlertTopology.build(List.of("traffic"), new AlertFactory(Clock.systemUTC()))
                        .describe()
                        .toString())
                .contains(AlertTopology.ISSUED_STORE, "dedup-traffic", "to-alerts-traffic");
    }
}
