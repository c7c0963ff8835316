package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code newsalert closures --active} against a real broker holding closures on {@code traffic.closures}. */
@Tag("integration")
class ClosuresCommandIT {

    private static EmbeddedKafkaCluster kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = EmbeddedKafkaCluster.start();
        kafka.createTopics();
        try (KafkaProducer<String, TrafficClosure> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                Topics.CLOSURES.keySerde().serializer(),
                Topics.CLOSURES.valueSerde().serializer())) {
            for (final TrafficClosure c : List.of(
                    closure("a/1", "桃园北路", LocalDate.of(2022, 5, 24), LocalDate.of(2022, 7, 25)),
                    closure("b/1", "民航街", LocalDate.of(2022, 6, 7), null),
                    closure("c/1", "晋白线", LocalDate.of(2021, 8, 27), LocalDate.of(2021, 10, 31)))) {
                producer.send(new ProducerRecord<>(Topics.CLOSURES.name(), c.getId(), c))
                        .get();
            }
        }
    }

    @AfterAll
    static void stopKafka() throws Exception {
        kafka.close();
    }

    @Test
    void shouldPrintTheClosuresActiveOnTheDateAsJsonLines() {
        final StringWriter out = new StringWriter();
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));

        final int code =
                cli.execute("closures", "--active", "2022-07-01", "--bootstrap-servers", kafka.bootstrapServers());

        assertThat(code).isZero();
        assertThat(out.toString().lines().toList())
                .hasSize(2)
                .allSatisfy(l -> assertThat(l).contains("\"status\":\"ACTIVE\""))
                .anySatisfy(l -> assertThat(l).contains("\"road\":\"桃园北路\"", "\"side\":\"EAST\""))
                .anySatisfy(l -> assertThat(l).contains("\"road\":\"民航街\"", "\"end\":null"));
    }

    private static TrafficClosure closure(
            final String id, final String road, final LocalDate start, final LocalDate end) {
        return TrafficClosure.newBuilder()
                .setId(id)
                .setArticleId(id.substring(0, 1))
                .setRoad(road)
                .setSide(Side.EAST)
                .setLane(Lane.NON_MOTOR_LANE)
                .setStart(start)
                .setEnd(end)
                .build();
    }
}
