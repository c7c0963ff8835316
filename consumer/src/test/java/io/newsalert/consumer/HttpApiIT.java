package io.newsalert.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.testing.EmbeddedKafkaCluster;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The HTTP API's rules on a real broker: the token, the address checks, secrets, size limits, health, metrics. */
@Tag("integration")
class HttpApiIT {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final List<String> PAGES = new CopyOnWriteArrayList<>();

    private static EmbeddedKafkaCluster kafka;
    private static AlertService service;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafkaCluster.start();
        kafka.createTopics();
        service = AlertService.start(
                AlertServiceConfig.builder(kafka.bootstrapServers())
                        .httpPort(0)
                        .adminToken("admin-token-for-tests")
                        .maxBodyBytes(2048)
                        .maxPageBytes(64 * 1024)
                        .stateDir(Files.createTempDirectory("alert-state"))
                        .build(),
                List.of(),
                List.of(),
                (page, date) -> {
                    PAGES.add(date + " " + new String(page, StandardCharsets.UTF_8));
                    return new PagePublisher.Published(3, List.of());
                });
        service.awaitReady(Duration.ofSeconds(60));
        api = new ApiClient(service.port(), service.adminToken());
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
        kafka.close();
    }

    @Test
    void shouldRefuseSubscriptionRequestsWithoutTheToken() throws Exception {
        assertThat(api.send(
                                "POST",
                                "/api/subscriptions",
                                ApiClient.subscription("[\"traffic\"]", "https://example.org/hook", SECRET),
                                false)
                        .status())
                .isEqualTo(401);
        assertThat(api.send("GET", "/api/subscriptions", null, false).status()).isEqualTo(401);
        assertThat(api.send("DELETE", "/api/subscriptions/sub_1", null, false).status())
                .isEqualTo(401);
    }

    @Test
    void shouldRefuseAWrongToken() throws Exception {
        final ApiClient wrong = new ApiClient(service.port(), "admin-token-for-tesTS");

        assertThat(wrong.send("GET", "/api/subscriptions", null, true).status()).isEqualTo(401);
    }

    @Test
    void shouldRefuseAWebhookToAPrivateAddressWhenNotAllowed() throws Exception {
        for (final String url : List.of(
                "http://127.0.0.1:8080/hook",
                "http://10.1.2.3/hook",
                "http://192.168.0.9/",
                "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook",
                "http://localhost/hook")) {
            final ApiClient.Answer a =
                    api.send("POST", "/api/subscriptions", ApiClient.subscription("[\"traffic\"]", url, SECRET), true);
            assertThat(a.status()).as(url).isEqualTo(400);
            assertThat(a.body()).as(url).contains("private");
        }
    }

    @Test
    void shouldRefuseAWebhookThatIsNotHttp() throws Exception {
        final ApiClient.Answer a = api.send(
                "POST",
                "/api/subscriptions",
                ApiClient.subscription("[\"traffic\"]", "file:///etc/passwd", SECRET),
                true);

        assertThat(a.status()).isEqualTo(400);
    }

    @Test
    void shouldReturnAGeneratedSecretOnlyInTheCreateAnswer() throws Exception {
        final ApiClient.Answer created = api.send(
                "POST",
                "/api/subscriptions",
                "{\"topics\": [\"traffic\"], \"filter\": {\"roads\": [\"桃园北路\"]},"
                        + " \"webhook\": {\"url\": \"https://203.0.113.10/hook\"}}",
                true);
        final String id = created.json().path("id").asText();

        final ApiClient.Answer shown = api.send("GET", "/api/subscriptions/" + id, null, true);
        final ApiClient.Answer listed = api.send("GET", "/api/subscriptions", null, true);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("secret").asText()).startsWith("whsec_");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().path("filter").path("roads").get(0).asText()).isEqualTo("桃园北路");
        assertThat(shown.body()).doesNotContain("whsec_").doesNotContain("secret");
        assertThat(listed.body()).doesNotContain("whsec_");
    }

    @Test
    void shouldNeverReturnAGivenSecret() throws Exception {
        final ApiClient.Answer created = api.send(
                "POST",
                "/api/subscriptions",
                ApiClient.subscription("[\"safety\"]", "https://203.0.113.10/hook", SECRET),
                true);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(SECRET);
    }

    @Test
    void shouldDeleteASubscription() throws Exception {
        final String id = api.subscribe(ApiClient.subscription("[\"employment\"]", "https://203.0.113.10/h", SECRET));

        assertThat(api.send("DELETE", "/api/subscriptions/" + id, null, true).status())
                .isEqualTo(204);
        assertThat(api.send("GET", "/api/subscriptions/" + id, null, true).status())
                .isEqualTo(404);
    }

    @Test
    void shouldRefuseAnUnknownTopic() throws Exception {
        assertThat(api.send(
                                "POST",
                                "/api/subscriptions",
                                ApiClient.subscription("[\"weather\"]", "https://203.0.113.10/hook", SECRET),
                                true)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void shouldRefuseABodyOverTheLimit() throws Exception {
        final String big = "{\"topics\": [\"traffic\"], \"filter\": {\"keywords\": [\"" + "封".repeat(1000)
                + "\"]}, \"webhook\": {\"url\": \"https://203.0.113.10/hook\"}}";

        assertThat(api.send("POST", "/api/subscriptions", big, true).status()).isEqualTo(413);
    }

    @Test
    void shouldPublishAPageWithTheToken() throws Exception {
        final String page = "本报讯 5月24日，记者从市交警支队获悉……";

        final ApiClient.Answer a = api.send("POST", "/api/pages?date=2022-05-25", page, true);

        assertThat(a.status()).isEqualTo(202);
        assertThat(a.json().path("articles").asInt()).isEqualTo(3);
        assertThat(PAGES).contains(LocalDate.of(2022, 5, 25) + " " + page);
    }

    @Test
    void shouldRefuseAPageWithoutTheToken() throws Exception {
        assertThat(api.send("POST", "/api/pages?date=2022-05-25", "本报讯", false).status())
                .isEqualTo(401);
    }

    @Test
    void shouldReportReadyWhenKafkaIsReachableAndConsumersAreAssigned() throws Exception {
        final ApiClient.Answer health = api.send("GET", "/health", null, false);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.json().path("checks").path("kafka").asBoolean()).isTrue();
    }

    @Test
    void shouldExposePrometheusMetrics() throws Exception {
        final ApiClient.Answer metrics = api.send("GET", "/metrics", null, false);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains(
                        "# TYPE newsalert_alerts_delivered_total counter",
                        "# TYPE newsalert_delivery_latency_seconds histogram",
                        "newsalert_consumer_lag{consumer=\"alert-log\"}",
                        "jvm_memory_used_bytes",
                        "jetty_threads_",
                        "kafka_stream_thread_",
                        "kafka_consumer_");
    }

    @Test
    void shouldExposeMetricsThatPromtoolAccepts() throws Exception {
        final java.util.Optional<java.nio.file.Path> promtool = Executables.onPath("promtool");
        org.junit.jupiter.api.Assumptions.assumeTrue(promtool.isPresent(), "promtool is not installed");
        final ApiClient.Answer metrics = api.send("GET", "/metrics", null, false);

        final Executables.Result check =
                Executables.run(metrics.body(), promtool.get().toString(), "check", "metrics");

        assertThat(check.exitCode()).as(check.output()).isZero();
    }

    @Test
    void shouldAnswer404WithAProblemForAnUnknownTopicOrId() throws Exception {
        for (final String path : List.of(
                "/events?topics=weather",
                "/events?topics=traffic,weather",
                "/api/alerts?topic=weather",
                "/api/alerts/traffic-0000000000000000",
                "/api/subscriptions/sub_0",
                "/nowhere")) {
            final ApiClient.Answer a = api.send("GET", path, null, true);

            assertThat(a.status()).as(path).isEqualTo(404);
            assertThat(a.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(a.json().path("status").asInt()).as(path).isEqualTo(404);
            assertThat(a.json().path("detail").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void shouldAnswerHeadLikeGetWithoutABody() throws Exception {
        for (final String path : List.of(
                "/api/alerts",
                "/api/alerts?topic=traffic",
                "/health",
                "/metrics",
                "/events?topics=traffic",
                "/api/subscriptions")) {
            final ApiClient.Answer get = path.startsWith("/events") ? null : api.send("GET", path, null, true);
            final ApiClient.Answer head = api.send("HEAD", path, null, true);

            assertThat(head.status()).as(path).isEqualTo(200);
            assertThat(head.body()).as(path).isEmpty();
            if (get != null) {
                assertThat(head.header("Content-Type")).as(path).isEqualTo(get.header("Content-Type"));
            }
        }
        assertThat(api.send("HEAD", "/api/alerts/traffic-0000000000000000", null, true)
                        .status())
                .isEqualTo(404);
        assertThat(api.send("HEAD", "/events?topics=weather", null, true).status())
                .isEqualTo(404);
    }

    @Test
    void shouldAnswer405WithAllowForAWrongMethod() throws Exception {
        final ApiClient.Answer put = api.send("PUT", "/api/subscriptions", "{}", true);
        final ApiClient.Answer post = api.send("POST", "/api/alerts", "{}", true);

        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).contains("GET", "POST");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).contains("GET", "HEAD");
        assertThat(post.json().path("status").asInt()).isEqualTo(405);
    }

    @Test
    void shouldAnswerNotModifiedToAClientThatHasTheAlertListAlready() throws Exception {
        final ApiClient.Answer first = api.send("GET", "/api/alerts", null, false);
        final String etag = first.header("ETag");

        assertThat(etag).isNotNull();
        assertThat(first.header("Vary")).contains("Accept-Encoding");
        assertThat(api.send("GET", "/api/alerts", null, false, "If-None-Match", "W/" + etag)
                        .status())
                .isEqualTo(304);
    }

    @Test
    void shouldFreeTheSlotOfALiveStreamClientThatWentAwayAtOnce() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", service.port())) {
            socket.getOutputStream()
                    .write(("GET /events?topics=traffic HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            final BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.startsWith(": following"); line = in.readLine()) {
                assertThat(line).doesNotStartWith("HTTP/1.1 5");
            }
            assertThat(liveClients()).isEqualTo(1);
        }
        final long closed = System.nanoTime();

        Await.until(Duration.ofSeconds(10), () -> liveClients() == 0, () -> "the slot to be freed");
        assertThat(Duration.ofNanos(System.nanoTime() - closed)).isLessThan(Duration.ofSeconds(5));
    }

    private static long liveClients() {
        try {
            final String metrics = api.send("GET", "/metrics", null, false).body();
            return (long) Double.parseDouble(metrics.replaceAll("(?s).*\nnewsalert_sse_clients ([0-9.E]+)\n.*", "$1"));
        } catch (Exception e) {
            return -1;
        }
    }
}
