package io.newsalert.consumer.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsalert.consumer.alert.AlertFactory;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CapMessageTest {

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
    void shouldValidateTheGasPipeAlertAgainstTheCap12Schema() {
        final String xml = cap(SeedAlerts.gasPipeAlertId());

        CapRules.validateSchema(xml);
        assertThat(CapRules.violations(xml)).isEmpty();
    }

    @Test
    void shouldTakeEffectiveAndExpiresFromTheClosureDatesInTaiyuanTime() {
        final XmlDocs cap = XmlDocs.parse(cap(SeedAlerts.gasPipeAlertId()));

        assertThat(cap.text("//cap:info/cap:effective")).isEqualTo("2022-05-24T00:00:00+08:00");
        assertThat(cap.text("//cap:info/cap:expires")).isEqualTo("2022-07-25T23:59:59+08:00");
        assertThat(cap.text("/cap:alert/cap:sent")).isEqualTo("2022-05-25T08:31:00+08:00");
    }

    @Test
    void shouldCarryTheRequiredAlertAndInfoElements() {
        final XmlDocs cap = XmlDocs.parse(cap(SeedAlerts.gasPipeAlertId()));

        assertThat(cap.text("/cap:alert/cap:identifier")).isEqualTo(SeedAlerts.gasPipeAlertId());
        assertThat(cap.text("/cap:alert/cap:sender")).isEqualTo("newsalert@alerts.example.org");
        assertThat(cap.text("/cap:alert/cap:status")).isEqualTo("Actual");
        assertThat(cap.text("/cap:alert/cap:msgType")).isEqualTo("Alert");
        assertThat(cap.text("/cap:alert/cap:scope")).isEqualTo("Public");
        assertThat(cap.text("//cap:info/cap:category")).isEqualTo("Transport");
        assertThat(cap.text("//cap:info/cap:event")).isNotBlank();
        assertThat(cap.text("//cap:info/cap:urgency")).isEqualTo("Expected");
        assertThat(cap.text("//cap:info/cap:severity")).isEqualTo("Minor");
        assertThat(cap.text("//cap:info/cap:certainty")).isEqualTo("Observed");
        assertThat(cap.text("//cap:info/cap:headline")).isEqualTo("更换燃气管线 占用部分道路");
        assertThat(cap.text("//cap:info/cap:description")).contains("桃园北路（旱西关街至府西街段）东侧非机动车道");
    }

    @Test
    void shouldNameEveryClosedRoadInAnArea() {
        final XmlDocs cap = XmlDocs.parse(cap(SeedAlerts.gasPipeAlertId()));

        assertThat(cap.texts("//cap:area/cap:areaDesc"))
                .containsExactly(
                        "太原市桃园北路（旱西关街至府西街段）", "太原市胜利街（涧河路至新建路段）",
                        "太原市坞城东街（坞城路至太榆路段）", "太原市并州南路西一巷（体育路至并州南路段）");
        assertThat(cap.count("//cap:area[cap:polygon]")).isEqualTo(4);
    }

    @Test
    void shouldPublishTheAirportCarParkUntil2024() {
        final String xml = cap(AlertFactory.alertId(SeedArticles.AIRPORT_ID, "traffic"));

        CapRules.validateSchema(xml);
        assertThat(CapRules.violations(xml)).isEmpty();
        assertThat(XmlDocs.parse(xml).text("//cap:info/cap:expires")).isEqualTo("2024-05-23T23:59:59+08:00");
    }

    @Test
    void shouldPublishSafetyAlertsUnderTheSafetyCategoryWithoutGuessingTheirSeverity() {
        final String xml = cap(AlertFactory.alertId(SeedArticles.COAL_MINE_ID, "safety"));

        CapRules.validateSchema(xml);
        assertThat(CapRules.violations(xml)).isEmpty();
        final XmlDocs cap = XmlDocs.parse(xml);
        assertThat(cap.text("//cap:info/cap:category")).isEqualTo("Safety");
        assertThat(cap.text("//cap:info/cap:severity")).isEqualTo("Unknown");
        // The coal-mine article is about 清徐县, a county of Taiyuan: its own area, not the paper's city.
        assertThat(cap.texts("//cap:area/cap:areaDesc")).containsExactly("清徐县");
        assertThat(cap.texts("//cap:area/cap:geocode/cap:value")).containsExactly("140121");
    }

    @Test
    void shouldPassTheGoogleProfileRulesForEveryTrafficAndSafetyAlert() {
        for (final String id : java.util.List.of(
                SeedAlerts.gasPipeAlertId(),
                AlertFactory.alertId(SeedArticles.AIRPORT_ID, "traffic"),
                AlertFactory.alertId(SeedArticles.SAFETY_MONTH_ID, "safety"),
                AlertFactory.alertId(SeedArticles.COAL_MINE_ID, "safety"))) {
            assertThat(CapRules.googleProfileViolations(cap(id))).as(id).isEmpty();
        }
    }

    @Test
    void shouldDrawAPolygonAroundEveryLocatedClosure() {
        final XmlDocs cap = XmlDocs.parse(cap(SeedAlerts.gasPipeAlertId()));

        assertThat(cap.texts("//cap:area/cap:polygon")).hasSize(4);
        assertThat(cap.texts("//cap:area/cap:geocode/cap:valueName")).containsOnly("GB/T 2260");
        assertThat(cap.texts("//cap:area/cap:geocode/cap:value")).containsOnly("140100");
        final XmlDocs airport = XmlDocs.parse(cap(AlertFactory.alertId(SeedArticles.AIRPORT_ID, "traffic")));
        assertThat(airport.text("//cap:area/cap:circle")).endsWith(" 0.05");
    }

    @Test
    void shouldNotPublishEmploymentAlertsAsCap() {
        assertThat(server.get("/alerts/" + AlertFactory.alertId(SeedArticles.JOBS_ID, "employment") + ".cap")
                        .statusCode())
                .isEqualTo(404);
        assertThat(server.get("/feeds/employment.cap.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldListTrafficCapMessagesInAnAtomIndexWhoseLinksAllValidate() {
        final String index = ok("/feeds/traffic.cap.atom").body();

        assertThat(AtomRules.violations(index)).isEmpty();
        final XmlDocs feed = XmlDocs.parse(index);
        assertThat(feed.count("/atom:feed/atom:entry")).isEqualTo(2);
        for (final String href : feed.texts("//atom:entry/atom:link[@type='application/cap+xml']/@href")) {
            final String xml =
                    ok(href.substring(FeedServer.PUBLIC_URL.length())).body();
            CapRules.validateSchema(xml);
            assertThat(CapRules.violations(xml)).as(href).isEmpty();
        }
        assertThat(feed.texts("//atom:entry/cap:expires"))
                .containsExactly("2022-07-25T23:59:59+08:00", "2024-05-23T23:59:59+08:00");
    }

    @Test
    void shouldRejectAMessageThatBreaksTheSchema() {
        final String broken = cap(SeedAlerts.gasPipeAlertId())
                .replace("<category>Transport</category>", "<category>Traffic</category>");

        assertThatThrownBy(() -> CapRules.validateSchema(broken)).isInstanceOf(AssertionError.class);
    }

    @Test
    void shouldReportTheProseRulesASchemaCannotExpress() {
        final String broken = cap(SeedAlerts.gasPipeAlertId())
                .replace("<msgType>Alert</msgType>", "<msgType>Update</msgType>")
                .replace("<sender>newsalert@alerts.example.org</sender>", "<sender>news alert</sender>");

        assertThat(CapRules.violations(broken)).hasSize(2);
    }

    private static String cap(final String id) {
        final HttpResponse<String> response = ok("/alerts/" + id + ".cap");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/cap+xml");
        return response.body();
    }

    private static HttpResponse<String> ok(final String path) {
        final HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }
}
