package io.newsalert.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class SchemaEvolutionTest {

    private final AvroSerde<Article> serde = AvroSerde.of(Article.class);

    @Test
    void shouldRoundTripTheCurrentArticleSchema() {
        final Article article = Article.newBuilder()
                .setId("a1")
                .setPublished(LocalDate.of(2022, 5, 25))
                .setHeadline("更换燃气管线 占用部分道路")
                .setByline(List.of("张晋峰", "刘海君"))
                .setBody("本报讯 5月24日，交警支队通报……")
                .setSource("太原日报")
                .build();

        final Article back = serde.decode(serde.encode(article));

        assertThat(back).isEqualTo(article);
    }

    @Test
    void shouldReadAnArticleWrittenWithVersionOne() throws IOException {
        final Schema v1;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("avro-history/Article-v1.avsc")) {
            v1 = new Schema.Parser().parse(in);
        }
        final GenericRecord old = new GenericData.Record(v1);
        old.put("id", "old-1");
        old.put("published", (int) LocalDate.of(2022, 5, 25).toEpochDay());
        old.put("headline", "施工占用停车场 机场出入有变更");
        old.put("byline", List.of("张晋峰"));
        old.put("body", "本报讯 5月24日，交警支队通报");
        old.put("continuedFromPreviousPage", false);
        old.put("continuesOnNextPage", false);
        final ByteBuffer bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old);

        final Article read = serde.decode(bytes.array());

        assertThat(read.getId()).isEqualTo("old-1");
        assertThat(read.getHeadline()).isEqualTo("施工占用停车场 机场出入有变更");
        assertThat(read.getPublished()).isEqualTo(LocalDate.of(2022, 5, 25));
        assertThat(read.getSource()).isNull();
    }

    @Test
    void shouldReadATrafficClosureWrittenWithVersionOne() throws IOException {
        final Schema v1;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("avro-history/TrafficClosure-v1.avsc")) {
            v1 = SchemaHistory.parse(in);
        }
        final GenericRecord old = new GenericData.Record(v1);
        old.put("id", "c-1");
        old.put("articleId", "a-1");
        old.put("road", "桃园北路");
        old.put("from", "旱西关街");
        old.put(
                "side",
                new GenericData.EnumSymbol(
                        v1.getField("side").schema().getTypes().get(1), "EAST"));
        old.put("start", (int) LocalDate.of(2022, 5, 24).toEpochDay());
        final ByteBuffer bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old);

        final TrafficClosure read = AvroSerde.of(TrafficClosure.class).decode(bytes.array());

        assertThat(read.getRoad()).isEqualTo("桃园北路");
        assertThat(read.getSide()).isEqualTo(Side.EAST);
        assertThat(read.getStart()).isEqualTo(LocalDate.of(2022, 5, 24));
        assertThat(read.getConfidence()).isNull();
        assertThat(read.getStatus()).isNull();
    }

    @Test
    void shouldReadATrafficClosureWrittenWithVersionTwo() throws IOException {
        final Schema v2;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("avro-history/TrafficClosure-v2.avsc")) {
            v2 = SchemaHistory.parse(in);
        }
        final GenericRecord old = new GenericData.Record(v2);
        old.put("id", "c-2");
        old.put("articleId", "a-2");
        old.put("road", "胜利街");
        old.put("end", (int) LocalDate.of(2022, 7, 25).toEpochDay());
        old.put("confidence", 0.9);
        old.put(
                "status",
                new GenericData.EnumSymbol(
                        v2.getField("status").schema().getTypes().get(1), "CANCELLED"));
        final ByteBuffer bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v2).encode(old);

        final TrafficClosure read = AvroSerde.of(TrafficClosure.class).decode(bytes.array());

        assertThat(read.getRoad()).isEqualTo("胜利街");
        assertThat(read.getStatus()).isEqualTo(ClosureStatus.CANCELLED);
        assertThat(read.getEnd()).isEqualTo(LocalDate.of(2022, 7, 25));
        assertThat(read.getRevision()).isNull();
        assertThat(read.getArticleIds()).isNull();
        assertThat(read.getAnnounced()).isNull();
        assertThat(read.getUpdated()).isNull();
    }

    @Test
    void shouldRoundTripAClosureVersionWithItsArticles() {
        final AvroSerde<TrafficClosure> closures = AvroSerde.of(TrafficClosure.class);
        final TrafficClosure v = TrafficClosure.newBuilder()
                .setId("胜利街|||SOUTH|HALF_ROAD")
                .setArticleId("a-3")
                .setRoad("胜利街")
                .setRevision(3)
                .setArticleIds(List.of("a-1", "a-2", "a-3"))
                .setAnnounced(LocalDate.of(2022, 5, 25))
                .setStatus(ClosureStatus.CANCELLED)
                .build();

        assertThat(closures.decode(closures.encode(v))).isEqualTo(v);
    }

    @Test
    void shouldRefuseBytesThatAreNotAnArticle() {
        assertThatThrownBy(() -> serde.decode("不是Avro".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Article");
    }
}
