package io.newsalert.consumer.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClosuresApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FeedServer server;

    @BeforeAll
    static void start() {
        // The gas-pipe article published again the next day: a second alert with the same closures.
        final InMemoryAlertQueries alerts =
                SeedAlerts.all().add(SeedAlerts.alert(24 * 60, "traffic", SeedArticles.gasPipe()));
        server = new FeedServer(alerts, Clock.fixed(Instant.parse("2022-06-01T02:00:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void shouldListTheFiveSeedClosuresInForceOnTheFirstOfJune() {
        assertThat(roads(closures("?active=2022-06-01")))
                .containsExactlyInAnyOrder("桃园北路", "胜利街", "坞城东街", "并州南路西一巷", "武宿机场");
    }

    @Test
    void shouldListOnlyTheAirportCarParkOnTheFirstOfAugust() {
        assertThat(roads(closures("?active=2022-08-01"))).containsExactly("武宿机场");
    }

    @Test
    void shouldListEveryClosureOnceWhenNoDateIsGiven() {
        final JsonNode all = closures("");

        assertThat(all.get("count").asInt()).isEqualTo(5);
        assertThat(all.get("active").isNull()).isTrue();
    }

    @Test
    void shouldReadTodayInTaiyuanTime() {
        assertThat(closures("?active=today").get("active").asText()).isEqualTo("2022-06-01");
    }

    @Test
    void shouldNameTheFieldsAfterWzdxRoadEvents() {
        final JsonNode taoyuan = byRoad(closures("?active=2022-06-01"), "桃园北路");

        assertThat(taoyuan.get("road_names").get(0).asText()).isEqualTo("桃园北路");
        assertThat(taoyuan.get("beginning_cross_street").asText()).isEqualTo("旱西关街");
        assertThat(taoyuan.get("ending_cross_street").asText()).isEqualTo("府西街");
        assertThat(taoyuan.get("start_date").asText()).isEqualTo("2022-05-24T00:00:00+08:00");
        assertThat(taoyuan.get("end_date").asText()).isEqualTo("2022-07-25T23:59:59+08:00");
        assertThat(taoyuan.get("vehicle_impact").asText()).isEqualTo("all-lanes-open");
        assertThat(taoyuan.get("lanes").get(0).get("type").asText()).isEqualTo("bike-lane");
        assertThat(taoyuan.get("lanes").get(0).get("status").asText()).isEqualTo("closed");
    }

    @Test
    void shouldAddSideReasonAuthorityArticleAndTheGeometryLocatedOnTheRoadNetwork() {
        final JsonNode taoyuan = byRoad(closures("?active=2022-06-01"), "桃园北路");

        assertThat(taoyuan.get("side").asText()).isEqualTo("EAST");
        assertThat(taoyuan.get("reason").asText()).isEqualTo("更换老旧燃气管线");
        assertThat(taoyuan.get("authority").asText()).isEqualTo("太原市公安局交通警察支队");
        assertThat(taoyuan.get("article_id").asText()).isEqualTo(SeedArticles.GAS_PIPE_ID);
        assertThat(taoyuan.get("geometry").get("type").asText()).isEqualTo("LineString");
        assertThat(taoyuan.get("location_problem").isNull()).isTrue();
    }

    @Test
    void shouldCallTheAirportClosureAParkingLane() {
        final JsonNode airport = byRoad(closures("?active=2022-06-01"), "武宿机场");

        assertThat(airport.get("lanes").get(0).get("type").asText()).isEqualTo("parking");
        assertThat(airport.get("end_date").asText()).startsWith("2024-05-23");
    }

    @Test
    void shouldRefuseADateItCannotRead() {
        assertThat(server.get("/api/closures?active=6月1日").statusCode()).isEqualTo(400);
    }

    private static JsonNode closures(final String query) {
        final HttpResponse<String> response = server.get("/api/closures" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> roads(final JsonNode body) {
        final List<String> roads = new ArrayList<>();
        body.get("closures").forEach(c -> roads.add(c.get("road_names").get(0).asText()));
        return roads;
    }

    private static JsonNode byRoad(final JsonNode body, final String road) {
        for (final JsonNode c : body.get("closures")) {
            if (c.get("road_names").get(0).asText().equals(road)) {
                return c;
            }
        }
        throw new AssertionError("No closure of " + road + " in " + body);
    }
}
