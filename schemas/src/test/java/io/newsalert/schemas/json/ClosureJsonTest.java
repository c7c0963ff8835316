package io.newsalert.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsalert.schemas.ClosureStatus;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClosureJsonTest {

    private static TrafficClosure.Builder closure() {
        return TrafficClosure.newBuilder()
                .setId("c-1")
                .setArticleId("a-1")
                .setRoad("桃园北路")
                .setFrom("旱西关街")
                .setTo("府西街")
                .setSide(Side.EAST)
                .setLane(Lane.NON_MOTOR_LANE)
                .setStart(LocalDate.of(2022, 5, 24))
                .setEnd(LocalDate.of(2022, 7, 25))
                .setConfidence(0.9)
                .setSpanStart(3)
                .setSpanEnd(40);
    }

    @Test
    void shouldWriteTheCoreWithEnumNamesAndIsoDates() throws JsonProcessingException {
        assertThat(JsonMappers.standard()
                        .writeValueAsString(ClosureJson.core(closure().build())))
                .isEqualTo("{\"road\":\"桃园北路\",\"from\":\"旱西关街\",\"to\":\"府西街\",\"side\":\"EAST\","
                        + "\"lane\":\"NON_MOTOR_LANE\",\"start\":\"2022-05-24\",\"end\":\"2022-07-25\"}");
    }

    @Test
    void shouldPutTheIdFirstAndTheSpanLastInClassifyOutput() {
        assertThat(ClosureJson.toMap(closure().build()))
                .containsKeys("startHour", "reason", "confidence")
                .satisfies(m -> assertThat(m.keySet()).first().isEqualTo("id"))
                .satisfies(m -> assertThat(m.keySet()).last().isEqualTo("span"))
                .containsEntry("span", Map.of("start", 3, "end", 40));
    }

    @Test
    void shouldCallAVersionWithoutStatusActive() {
        assertThat(ClosureJson.versioned(
                        closure().setRevision(2).setArticleIds(List.of("a-1")).build()))
                .containsEntry("status", "ACTIVE")
                .containsEntry("revision", 2)
                .containsEntry("articleIds", List.of("a-1"));
        assertThat(ClosureJson.status(
                        closure().setStatus(ClosureStatus.CANCELLED).build()))
                .isEqualTo("CANCELLED");
    }

    @Test
    void shouldLeaveMissingValuesNull() {
        final TrafficClosure bare = TrafficClosure.newBuilder()
                .setId("c-2")
                .setArticleId("a-2")
                .setRoad("胜利街")
                .build();

        assertThat(ClosureJson.core(bare)).containsEntry("side", null).containsEntry("start", null);
        assertThat(ClosureJson.toMap(bare)).containsEntry("span", null);
    }
}
