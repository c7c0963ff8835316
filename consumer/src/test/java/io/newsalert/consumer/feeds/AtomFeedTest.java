package io.newsalert.consumer.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AtomFeedTest {

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
    void shouldListTheTwoTrafficAlertsOfTheSeedPageNewestFirst() {
        final XmlDocs feed = XmlDocs.parse(ok("/feeds/traffic.atom").body());

        assertThat(feed.texts("/atom:feed/atom:entry/atom:title")).containsExactly("更换燃气管线 占用部分道路", "施工占用停车场 机场出入有变更");
    }

    @Test
    void shouldListTheTwoSafetyAlertsOfTheSeedPage() {
        final XmlDocs feed = XmlDocs.parse(ok("/feeds/safety.atom").body());

        assertThat(feed.texts("/atom:feed/atom:entry/atom:title"))
                .containsExactly("清徐县开放煤矿 重大隐患举报通道", "我市“安全生产月” 活动方案确定");
    }

    @Test
    void shouldFollowTheRulesOfRfc4287() {
        for (final String topic : new String[] {"traffic", "safety", "employment", "weather"}) {
            assertThat(AtomRules.violations(ok("/feeds/" + topic + ".atom").body()))
                    .as(topic)
                    .isEmpty();
        }
    }

    @Test
    void shouldGiveEachEntryAStableIdTitleUpdatedSummaryAndLinkToTheAlert() {
        final String id = SeedAlerts.gasPipeAlertId();
        final XmlDocs entry = XmlDocs.parse(ok("/feeds/traffic.atom").body())
                .nodes("/atom:feed/atom:entry[atom:id='urn:newsalert:alert:" + id + "']")
                .get(0);

        assertThat(entry.text("atom:updated")).isEqualTo("2022-05-25T08:31:00+08:00");
        assertThat(entry.text("atom:summary")).contains("桃园北路", "2022-07-25");
        assertThat(entry.text("atom:link[@rel='alternate' and @type='text/html']/@href"))
                .isEqualTo(FeedServer.PUBLIC_URL + "/alerts/" + id);
        assertThat(entry.text("atom:link[@type='application/cap+xml']/@href"))
                .isEqualTo(FeedServer.PUBLIC_URL + "/alerts/" + id + ".cap");
        assertThat(entry.text("atom:category/@term")).isEqualTo("traffic");
    }

    @Test
    void shouldIdentifyTheFeedAndLinkToItself() {
        final XmlDocs feed = XmlDocs.parse(ok("/feeds/traffic.atom").body());

        assertThat(feed.text("/atom:feed/atom:id")).isEqualTo("urn:newsalert:feed:traffic");
        assertThat(feed.text("/atom:feed/atom:link[@rel='self']/@href"))
                .isEqualTo(FeedServer.PUBLIC_URL + "/feeds/traffic.atom");
        assertThat(feed.text("/atom:feed/atom:updated")).isEqualTo("2022-05-25T08:31:00+08:00");
        assertThat(feed.text("/atom:feed/atom:author/atom:name")).isNotBlank();
    }

    @Test
    void shouldNeverTakeLinksFromTheRequestsHostHeader() {
        try (FeedServer local = new FeedServer(SeedAlerts.all(), Clock.systemUTC(), null)) {
            final XmlDocs feed = XmlDocs.parse(local.get("/feeds/safety.atom").body());

            assertThat(feed.text("/atom:feed/atom:link[@rel='self']/@href"))
                    .isEqualTo(FeedRoutes.DEFAULT_BASE_URL + "/feeds/safety.atom");
        }
    }

    @Test
    void shouldAnswerNotModifiedToAReaderThatHasTheFeedAlready() {
        final String etag =
                ok("/feeds/traffic.atom").headers().firstValue("ETag").orElseThrow();

        final HttpResponse<String> again = server.get("/feeds/traffic.atom", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void shouldAnswerWithTheAtomMediaType() {
        assertThat(ok("/feeds/traffic.atom")
                        .headers()
                        .firstValue("Content-Type")
                        .orElseThrow())
                .startsWith("application/atom+xml");
    }

    @Test
    void shouldServeAnAlertAsAPageAndAsJson() {
        final String id = SeedAlerts.gasPipeAlertId();

        assertThat(XmlDocs.parse(ok("/alerts/" + id).body()).text("//h:h1")).isEqualTo("更换燃气管线 占用部分道路");
        assertThat(ok("/alerts/" + id + ".json").body())
                .contains("\"articleId\":\"" + SeedArticles.GAS_PIPE_ID + "\"", "\"beginning_cross_street\":\"旱西关街\"");
    }

    @Test
    void shouldAnswer404ForAnUnknownAlertOrFeed() {
        assertThat(server.get("/alerts/traffic-0000000000000000").statusCode()).isEqualTo(404);
        assertThat(server.get("/feeds/traffic.rss").statusCode()).isEqualTo(404);
        assertThat(server.get("/feeds/Traffic%20News.atom").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> ok(final String path) {
        final HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }
}
