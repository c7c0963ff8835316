package io.newsalert.consumer.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.consumer.AlertService;
import io.newsalert.consumer.AlertServiceConfig;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard end to end: the real alert service on an embedded broker with the feed routes mounted, a real
 * headless Chromium on its dashboard, and the seed page's classified articles put on the topic feeds. The traffic
 * alerts appear without a reload, the closures table fills, the located closures are drawn on the map over the sample
 * road network, and the traffic feed link leads to the Atom feed.
 * Run with {@code -Dnewsalert.screenshot=docs/dashboard.png} to save what the browser shows.
 */
@Tag("integration")
class DashboardBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    private EmbeddedKafkaCluster kafka;
    private AlertService service;
    private WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        kafka = EmbeddedKafkaCluster.start();
        kafka.createTopics();
        final AlertServiceConfig config = AlertServiceConfig.builder(kafka.bootstrapServers())
                .httpPort(0)
                .adminToken("dashboard-test-token-5678")
                .stateDir(stateDir)
                .build();
        service = AlertService.start(
                config,
                List.of(),
                List.of((alerts, closures) -> new FeedRoutes(
                        alerts,
                        closures,
                        Clock.systemUTC(),
                        FeedSettings.forBaseUrl(FeedRoutes.DEFAULT_BASE_URL),
                        FeedServer.SAMPLE_NETWORK)),
                null);
        service.awaitReady(WAIT);
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void shouldShowTheSeedPagesAlertsAsTheyArriveAndLeadToTheTrafficFeed() throws Exception {
        browser.get("http://127.0.0.1:" + service.port() + "/?date=2022-06-01");
        waitUntil(ExpectedConditions.attributeContains(By.id("status"), "class", "live"));
        ((JavascriptExecutor) browser).executeScript("window.__sameDocument = 'yes';");

        publishSeedArticles();

        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#alerts-traffic li.alert"), 2));
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#alerts-safety li.alert"), 2));
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#closures tbody tr"), 5));
        // All five closures are located on the sample network and drawn on the map, each linked to its alert.
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#map path.closure-line"), 5));
        assertThat(browser.findElements(By.cssSelector("#map path.network-road")))
                .hasSizeGreaterThan(10);
        assertThat(browser.findElements(By.cssSelector("#map path.closure-line")))
                .extracting(e -> e.getAttribute("data-alert"))
                .doesNotContainNull()
                .hasSize(5);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__sameDocument;"))
                .isEqualTo("yes");
        assertThat(browser.findElements(By.cssSelector("#alerts-traffic li.alert .headline")))
                .extracting(WebElement::getText)
                .containsExactlyInAnyOrder("更换燃气管线 占用部分道路", "施工占用停车场 机场出入有变更");
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelectorAll('.alert.new').forEach(e => e.classList.remove('new'));");
        HeadlessChromium.screenshotIfAsked(browser);

        browser.findElement(By.cssSelector("#feed-links li[data-topic='traffic'] a.feed-atom"))
                .click();

        waitUntil(ExpectedConditions.urlContains("/feeds/traffic.atom"));
        waitUntil(d -> d.getPageSource().contains("更换燃气管线 占用部分道路"));
        assertThat(browser.getPageSource()).contains("施工占用停车场 机场出入有变更", "urn:newsalert:alert:");
    }

    /** The seed page's traffic and safety articles, as the streams role puts them on the topic feeds. */
    private void publishSeedArticles() throws Exception {
        final Map<String, List<ClassifiedArticle>> byTopic = Map.of(
                "traffic", List.of(SeedArticles.airport(), SeedArticles.gasPipe()),
                "safety", List.of(SeedArticles.safetyMonth(), SeedArticles.coalMine()),
                "employment", List.of(SeedArticles.jobs()));
        try (KafkaProducer<String, ClassifiedArticle> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all", "linger.ms", 0),
                Topics.TRAFFIC.keySerde().serializer(),
                Topics.TRAFFIC.valueSerde().serializer())) {
            for (final Map.Entry<String, List<ClassifiedArticle>> e : byTopic.entrySet()) {
                for (final ClassifiedArticle a : e.getValue()) {
                    producer.send(new ProducerRecord<>(
                                    Topics.feed(e.getKey()).name(),
                                    a.getArticle().getId(),
                                    a))
                            .get();
                }
            }
        }
        try (KafkaProducer<String, TrafficClosure> closures = new KafkaProducer<>(
                Map.of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all", "linger.ms", 0),
                Topics.CLOSURES.keySerde().serializer(),
                Topics.CLOSURES.valueSerde().serializer())) {
            for (final ClassifiedArticle a : byTopic.get("traffic")) {
                for (final TrafficClosure c : a.getClosures()) {
                    closures.send(new ProducerRecord<>(
                                    Topics.CLOSURES.name(),
                                    c.getId(),
                                    TrafficClosure.newBuilder(c)
                                            .setRevision(1)
                                            .setAnnounced(a.getArticle().getPublished())
                                            .build()))
                            .get();
                }
            }
        }
    }

    private <T> void waitUntil(final java.util.function.Function<? super WebDriver, T> condition) {
        HeadlessChromium.waitUpTo(browser, (int) WAIT.toSeconds()).until(condition);
    }
}
