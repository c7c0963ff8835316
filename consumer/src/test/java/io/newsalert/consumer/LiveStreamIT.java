package io.newsalert.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.consumer.alert.AlertFactory;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live stream over a real broker: events carry ids, and a reconnecting client gets exactly what it missed. */
@Tag("integration")
class LiveStreamIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    private EmbeddedKafkaCluster kafka;
    private AlertService service;
    private FeedPublisher feeds;

    @BeforeEach
    void start() throws Exception {
        kafka = EmbeddedKafkaCluster.start();
        kafka.createTopics();
        service = AlertService.start(
                AlertServiceConfig.builder(kafka.bootstrapServers())
                        .httpPort(0)
                        .stateDir(stateDir)
                        .build(),
                List.of(),
                List.of(),
                null);
        service.awaitReady(WAIT);
        feeds = new FeedPublisher(kafka.bootstrapServers());
    }

    @AfterEach
    void stop() throws Exception {
        feeds.close();
        service.close();
        kafka.close();
    }

    @Test
    void shouldGiveAReconnectingClientExactlyTheAlertsItMissed() throws Exception {
        final List<ClassifiedArticle> traffic = SeedArticles.of("traffic");
        final List<ClassifiedArticle> safety = SeedArticles.of("safety");
        final List<String> seen = new ArrayList<>();
        try (SseReader first = new SseReader(service.port(), "?topics=traffic,safety", null)) {
            for (final ClassifiedArticle a : traffic) {
                feeds.publish("traffic", a);
            }
            seen.add(first.next(WAIT).id());
            seen.add(first.next(WAIT).id());
        }
        for (final ClassifiedArticle a : safety) {
            feeds.publish("safety", a);
        }
        feeds.publish("employment", SeedArticles.of("employment").get(0));
        Await.until(WAIT, () -> service.alerts().recent(null, 10).size() == 5, () -> "5 alerts in the log");

        try (SseReader second = new SseReader(service.port(), "?topics=traffic,safety", seen.get(1))) {
            final List<String> missed =
                    List.of(second.next(WAIT).id(), second.next(WAIT).id());
            feeds.publish("traffic", SeedArticles.marker("marker-sse"));
            final SseReader.Event next = second.next(WAIT);

            assertThat(seen).containsExactlyElementsOf(ids(traffic, "traffic"));
            assertThat(missed).containsExactlyElementsOf(ids(safety, "safety"));
            assertThat(next.id()).isEqualTo(AlertFactory.alertId("marker-sse", "traffic"));
            assertThat(next.name()).isEqualTo("alert");
            assertThat(next.data()).contains("迎泽大街");
        }
    }

    @Test
    void shouldListRecentAlertsNewestFirst() throws Exception {
        for (final SeedArticles.Labelled l : SeedArticles.load()) {
            feeds.publish(l.topic(), l.article());
        }
        Await.until(WAIT, () -> service.alerts().recent(null, 10).size() == 6, () -> "6 alerts in the log");

        final ApiClient.Answer answer = new ApiClient(service.port(), service.adminToken())
                .send("GET", "/api/alerts?topic=safety&limit=5", null, false);

        assertThat(answer.status()).isEqualTo(200);
        final List<String> ids = new ArrayList<>();
        answer.json().forEach(n -> ids.add(n.path("id").asText()));
        final List<String> expected = new ArrayList<>(ids(SeedArticles.of("safety"), "safety"));
        java.util.Collections.reverse(expected);
        assertThat(ids).containsExactlyElementsOf(expected);
        assertThat(answer.json().get(0).path("headline").asText()).isEqualTo("清徐县开放煤矿 重大隐患举报通道");
        assertThat(answer.json().get(0).path("articleId").asText()).startsWith("taiyuan-daily-2022-05-25-p2-");
    }

    private static List<String> ids(final List<ClassifiedArticle> articles, final String topic) {
        return articles.stream()
                .map(a -> AlertFactory.alertId(a.getArticle().getId(), topic))
                .toList();
    }
}
