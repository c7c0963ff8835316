package io.newsalert.consumer.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The WZDx feed, validated against the official WZDx 4.2 JSON schemas (copied into test resources). */
class WzdxFeedTest {

    private static final String WZDX = "https://raw.githubusercontent.com/usdot-jpo-ode/wzdx/main/schemas/4.2/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FeedServer server;

    @BeforeAll
    static void start() {
        server = new FeedServer(SeedAlerts.all(), Clock.fixed(Instant.parse("2022-06-01T02:00:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void shouldValidateAgainstTheOfficialWzdx42Schema() {
        final String feed = feed();

        final List<Error> errors = schema().validate(feed, InputFormat.JSON);

        assertThat(errors).as(feed).isEmpty();
    }

    @Test
    void shouldListTheSeedsFiveClosuresLocatedOnTheSampleNetwork() throws IOException {
        final JsonNode feed = JSON.readTree(feed());

        // Five closures; 胜利街's is on both sides of an east-west street, so it is one feature per direction.
        assertThat(feed.path("features")).hasSize(6);
        assertThat(features(feed, "胜利街"))
                .extracting(f -> f.path("properties")
                        .path("core_details")
                        .path("direction")
                        .asText())
                .containsExactly("eastbound", "westbound");
        assertThat(feed.path("feed_info").path("version").asText()).isEqualTo("4.2");
        assertThat(feed.path("feed_info")
                        .path("data_sources")
                        .get(0)
                        .path("organization_name")
                        .asText())
                .isEqualTo("太原日报");
        final JsonNode taoyuan = feature(feed, "桃园北路");
        assertThat(taoyuan.path("geometry").path("type").asText()).isEqualTo("LineString");
        assertThat(taoyuan.path("properties")
                        .path("core_details")
                        .path("direction")
                        .asText())
                .isEqualTo("northbound");
        assertThat(taoyuan.path("properties").path("beginning_cross_street").asText())
                .isEqualTo("旱西关街");
        assertThat(taoyuan.path("properties").path("end_date").asText()).isEqualTo("2022-07-25T15:59:59Z");
        assertThat(feature(feed, "武宿机场").path("geometry").path("type").asText()).isEqualTo("MultiPoint");
        assertThat(feature(feed, "武宿机场").path("properties").has("beginning_cross_street"))
                .isFalse();
    }

    @Test
    void shouldCatchAnInvalidFeed() {
        final String broken = feed().replace("\"location_method\":\"junction-method\"", "\"location_method\":null");

        assertThat(schema().validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void shouldAnswerWithTheGeoJsonMediaType() {
        assertThat(server.get("/feeds/wzdx.geojson")
                        .headers()
                        .firstValue("Content-Type")
                        .orElseThrow())
                .startsWith("application/geo+json");
    }

    private static List<JsonNode> features(final JsonNode feed, final String road) {
        final List<JsonNode> found = new java.util.ArrayList<>();
        feed.path("features").forEach(f -> {
            if (road.equals(f.path("properties")
                    .path("core_details")
                    .path("road_names")
                    .get(0)
                    .asText())) {
                found.add(f);
            }
        });
        return found;
    }

    private static JsonNode feature(final JsonNode feed, final String road) {
        for (final JsonNode f : feed.path("features")) {
            if (road.equals(f.path("properties")
                    .path("core_details")
                    .path("road_names")
                    .get(0)
                    .asText())) {
                return f;
            }
        }
        throw new AssertionError("No feature on " + road);
    }

    private static String feed() {
        final HttpResponse<String> response = server.get("/feeds/wzdx.geojson");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Schema schema() {
        final Map<String, String> schemas = new HashMap<>();
        for (final String name : List.of("WorkZoneFeed", "RoadEventFeature", "FeedInfo", "BoundingBox", "Direction")) {
            schemas.put(WZDX + name + ".json", resource("wzdx/4.2/" + name + ".json"));
        }
        schemas.put("https://geojson.org/schema/LineString.json", resource("wzdx/4.2/LineString.json"));
        schemas.put("https://geojson.org/schema/MultiPoint.json", resource("wzdx/4.2/MultiPoint.json"));
        final SchemaRegistry registry =
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemas(schemas));
        return registry.getSchema(com.networknt.schema.SchemaLocation.of(WZDX + "WorkZoneFeed.json"));
    }

    private static String resource(final String path) {
        try (InputStream in = WzdxFeedTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
