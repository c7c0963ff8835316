package io.newsalert.consumer.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.sse.SseClient;
import io.newsalert.consumer.alert.AlertJson;
import io.newsalert.schemas.Alert;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard in a real headless Chromium, served by the feed routes, with a small stand-in for the alert
 * service's live stream and alert list: alerts pushed on the stream appear without a reload, newest first, and the
 * closures table and feed links work.
 */
class DashboardBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final InMemoryAlertQueries alerts = new InMemoryAlertQueries();
    private final Queue<SseClient> streams = new ConcurrentLinkedQueue<>();
    private final Queue<String> subscriptionRequests = new ConcurrentLinkedQueue<>();
    private static WebDriver browser;
    private Javalin app;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void start() {
        app = Javalin.create();
        new FeedRoutes(
                        alerts,
                        InMemoryClosureQueries.of(alerts),
                        Clock.fixed(Instant.parse("2022-06-01T02:00:00Z"), ZoneOffset.UTC),
                        (String) null)
                .register(app);
        app.get(
                "/api/alerts",
                ctx -> ctx.contentType("application/json")
                        .result(JSON.writeValueAsString(alerts.recent(null, 100).stream()
                                .map(AlertJson::fields)
                                .toList())));
        app.sse("/events", client -> {
            client.keepAlive();
            client.onClose(() -> streams.remove(client));
            streams.add(client);
        });
        app.post("/api/subscriptions", ctx -> {
            if (!"Bearer s3cret-token".equals(ctx.header("Authorization"))) {
                ctx.status(401).result("{\"error\":\"unauthorized\"}");
                return;
            }
            subscriptionRequests.add(ctx.body());
            ctx.status(201).contentType("application/json").result("{\"id\":\"sub-1\",\"secret\":\"whsec_abc\"}");
        });
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        browser.get("about:blank");
        app.stop();
    }

    @Test
    void shouldShowAlertsPushedOnTheStreamNewestFirstWithoutAReload() throws Exception {
        alerts.add(SeedAlerts.alert(2, "safety", SeedArticles.safetyMonth()));
        openDashboard();
        waitForAlerts("safety", 1);
        ((JavascriptExecutor) browser).executeScript("window.__sameDocument = 'yes';");

        push(SeedAlerts.alert(0, "traffic", SeedArticles.airport()));
        push(SeedAlerts.alert(1, "traffic", SeedArticles.gasPipe()));

        waitForAlerts("traffic", 2);
        HeadlessChromium.screenshotIfAsked(browser);
        assertThat(headlines("traffic")).containsExactly("更换燃气管线 占用部分道路", "施工占用停车场 机场出入有变更");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__sameDocument;"))
                .isEqualTo("yes");
    }

    @Test
    void shouldTableTheClosuresInForceOnTheChosenDay() throws Exception {
        openDashboard();
        push(SeedAlerts.alert(0, "traffic", SeedArticles.airport()));
        push(SeedAlerts.alert(1, "traffic", SeedArticles.gasPipe()));

        HeadlessChromium.waitUpTo(browser, 15)
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#closures tbody tr"), 5));
        assertThat(browser.findElement(By.cssSelector("#closures tbody")).getText())
                .contains("桃园北路", "旱西关街", "府西街", "东侧", "非机动车道", "2022-07-25", "武宿机场");
    }

    @Test
    void shouldOpenTheClosuresOnTheLatestEditionWhenNoneIsInForceToday() {
        alerts.add(SeedAlerts.alert(0, "traffic", SeedArticles.airport()));
        alerts.add(SeedAlerts.alert(1, "traffic", SeedArticles.gasPipe()));

        browser.get("http://127.0.0.1:" + app.port() + "/");

        // The seed's closures ended long before the browser's today; the table opens on the seed edition instead.
        HeadlessChromium.waitUpTo(browser, 15)
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#closures tbody tr"), 5));
        assertThat(browser.findElement(By.id("closures-date")).getDomProperty("value"))
                .isEqualTo("2022-05-25");
    }

    @Test
    void shouldFollowTheTrafficFeedLink() throws Exception {
        openDashboard();
        push(SeedAlerts.alert(1, "traffic", SeedArticles.gasPipe()));
        waitForAlerts("traffic", 1);

        browser.findElement(By.cssSelector("#feed-links li[data-topic='traffic'] a.feed-atom"))
                .click();

        HeadlessChromium.waitUpTo(browser, 15).until(ExpectedConditions.urlContains("/feeds/traffic.atom"));
        HeadlessChromium.waitUpTo(browser, 15).until(d -> d.getPageSource().contains("更换燃气管线 占用部分道路"));
        assertThat(browser.getPageSource()).contains("urn:newsalert:alert:" + SeedAlerts.gasPipeAlertId());
    }

    @Test
    void shouldCreateAWebhookSubscriptionWithTheTokenGivenInTheForm() {
        openDashboard();

        browser.findElement(By.name("url")).sendKeys("https://hooks.example.org/newsalert");
        browser.findElement(By.name("keywords")).sendKeys("桃园北路，燃气");
        browser.findElement(By.name("token")).sendKeys("s3cret-token");
        browser.findElement(By.cssSelector("#subscribe-form button")).click();

        HeadlessChromium.waitUpTo(browser, 15)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscribe-result"), "sub-1"));
        assertThat(subscriptionRequests)
                .singleElement()
                .asString()
                .contains(
                        "\"topics\":[\"traffic\"]",
                        "\"url\":\"https://hooks.example.org/newsalert\"",
                        "\"keywords\":[\"桃园北路\",\"燃气\"]");
    }

    private void openDashboard() {
        browser.get("http://127.0.0.1:" + app.port() + "/?date=2022-06-01");
        HeadlessChromium.waitUpTo(browser, 15)
                .until(ExpectedConditions.attributeContains(By.id("status"), "class", "live"));
        HeadlessChromium.waitUpTo(browser, 15).until(d -> !streams.isEmpty());
    }

    private void push(final Alert alert) throws Exception {
        alerts.add(alert);
        final String data = JSON.writeValueAsString(AlertJson.fields(alert));
        for (final SseClient client : streams) {
            client.sendEvent("alert", data, alert.getId());
        }
    }

    private void waitForAlerts(final String topic, final int n) {
        HeadlessChromium.waitUpTo(browser, 15)
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#alerts-" + topic + " li.alert"), n));
    }

    private List<String> headlines(final String topic) {
        return browser.findElements(By.cssSelector("#alerts-" + topic + " li.alert .headline")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
