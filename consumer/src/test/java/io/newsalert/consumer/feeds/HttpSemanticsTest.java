package io.newsalert.consumer.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HEAD, 404 and 405 with problem bodies, and conditional GETs, on every feed route, through a real client. */
class HttpSemanticsTest {

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

    private static List<String> routes() {
        final String id = SeedAlerts.gasPipeAlertId();
        return List.of(
                "/feeds/traffic.atom",
                "/feeds/safety.cap.atom",
                "/alerts/" + id,
                "/alerts/" + id + ".json",
                "/alerts/" + id + ".cap",
                "/api/closures?active=2022-06-01",
                "/",
                "/dashboard/dashboard.js");
    }

    @Test
    void shouldAnswerHeadWithTheStatusAndHeadersOfGetAndNoBody() {
        for (final String path : routes()) {
            final HttpResponse<String> get = server.get(path);
            final HttpResponse<String> head = server.send("HEAD", path);

            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode()).isEqualTo(200);
            assertThat(head.body()).as(path).isEmpty();
            for (final String name : List.of("Content-Type", "ETag", "Vary")) {
                assertThat(head.headers().firstValue(name))
                        .as(path + " " + name)
                        .isPresent()
                        .isEqualTo(get.headers().firstValue(name));
            }
        }
    }

    @Test
    void shouldAnswerHeadOfAnUnknownAlertWith404() {
        assertThat(server.send("HEAD", "/alerts/traffic-0000000000000000").statusCode())
                .isEqualTo(404);
        assertThat(server.send("HEAD", "/feeds/nosuch.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswer404WithAProblemBodyForAnUnknownTopicOrAlert() throws Exception {
        for (final String path : List.of(
                "/feeds/nosuch.atom",
                "/feeds/employment.cap.atom",
                "/alerts/traffic-0000000000000000.json",
                "/alerts/traffic-0000000000000000",
                "/no/such/route",
                "/dashboard/secret.txt")) {
            final HttpResponse<String> r = server.get(path);

            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type"))
                    .as(path)
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            final JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.path("status").asInt()).as(path).isEqualTo(404);
            assertThat(problem.path("title").asText()).as(path).isEqualTo("Not Found");
            assertThat(problem.path("detail").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void shouldAnswer400WithAProblemBodyForABadDate() throws Exception {
        final HttpResponse<String> r = server.get("/api/closures?active=June");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("detail").asText()).contains("active");
    }

    @Test
    void shouldAnswer405WithAllowForAWrongMethod() {
        final HttpResponse<String> r = server.send("DELETE", "/feeds/traffic.atom");

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow"))
                .get()
                .asString()
                .contains("GET")
                .contains("HEAD");
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    }

    @Test
    void shouldCompareEntityTagsWeakly() {
        for (final String path : routes()) {
            final String etag = server.get(path).headers().firstValue("ETag").orElseThrow();
            final String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;

            assertThat(server.get(path, "If-None-Match", "W/" + opaque).statusCode())
                    .as(path)
                    .isEqualTo(304);
            assertThat(server.get(path, "If-None-Match", "\"other\", " + opaque).statusCode())
                    .as(path)
                    .isEqualTo(304);
            assertThat(server.get(path, "If-None-Match", "\"other\"").statusCode())
                    .as(path)
                    .isEqualTo(200);
        }
    }

    @Test
    void shouldHashTheContentWithSha256() {
        final String etag =
                server.get("/feeds/traffic.atom").headers().firstValue("ETag").orElseThrow();

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
    }

    @Test
    void shouldMarkTheEntityTagWeakWhenTheAnswerMayBeCompressed() {
        final HttpResponse<String> plain = server.get("/feeds/traffic.atom");
        final HttpResponse<String> gzip = server.get("/feeds/traffic.atom", "Accept-Encoding", "gzip");

        assertThat(gzip.headers().firstValue("ETag")).get().asString().startsWith("W/\"");
        assertThat(gzip.headers().firstValue("ETag"))
                .isNotEqualTo(plain.headers().firstValue("ETag"));
        assertThat(gzip.headers().firstValue("Vary")).get().asString().contains("Accept-Encoding");
        assertThat(plain.headers().firstValue("Vary")).get().asString().contains("Accept-Encoding");
    }

    @Test
    void shouldGiveJsonAndCapResourcesAnEntityTagAndLastModified() {
        final String id = SeedAlerts.gasPipeAlertId();
        for (final String path :
                List.of("/alerts/" + id + ".json", "/alerts/" + id + ".cap", "/api/closures?active=2022-06-01")) {
            final HttpResponse<String> r = server.get(path);
            final String modified = r.headers().firstValue("Last-Modified").orElseThrow();

            assertThat(r.headers().firstValue("ETag")).as(path).isPresent();
            assertThat(modified).as(path).endsWith("GMT");
            assertThat(server.get(path, "If-Modified-Since", modified).statusCode())
                    .as(path)
                    .isEqualTo(304);
        }
    }

    @Test
    void shouldKeepTheEntityTagOfAnUnchangedFeed() {
        assertThat(server.get("/feeds/traffic.atom").headers().firstValue("ETag"))
                .isEqualTo(server.get("/feeds/traffic.atom").headers().firstValue("ETag"));
    }
}
