package io.newsalert.consumer.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.consumer.closures.ActiveRule;
import io.newsalert.consumer.closures.ClosureQueries;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.ClosureStatus;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A closure announced, extended and lifted: its three alerts' CAP messages go Alert → Update → Cancel. */
class CapLifecycleTest {

    private static final FeedSettings SETTINGS = FeedSettings.forBaseUrl("https://alerts.example.org");

    private final Alert announced = SeedAlerts.alert(0, "traffic", article("lc-1", "2022-05-20"));
    private final Alert extended = SeedAlerts.alert(60 * 24 * 69, "traffic", article("lc-3", "2022-07-28"));
    private final Alert lifted = SeedAlerts.alert(60 * 24 * 92, "traffic", article("lc-4", "2022-08-20"));
    private final InMemoryAlertQueries alerts =
            new InMemoryAlertQueries().add(announced).add(extended).add(lifted);
    private final ClosureQueries closures = store(TrafficClosure.newBuilder()
            .setId("迎泽西大街|千峰南路|滨河西路|SOUTH|NON_MOTOR_LANE")
            .setArticleId("lc-4")
            .setRoad("迎泽西大街")
            .setFrom("千峰南路")
            .setTo("滨河西路")
            .setSide(Side.SOUTH)
            .setLane(Lane.NON_MOTOR_LANE)
            .setStart(LocalDate.of(2022, 5, 23))
            .setEnd(LocalDate.of(2022, 8, 19))
            .setStatus(ClosureStatus.CANCELLED)
            .setRevision(3)
            .setArticleIds(List.of("lc-1", "lc-3", "lc-4"))
            .build());

    @Test
    void shouldSendTheAnnouncementAsAnAlertWithNoReferences() {
        final XmlDocs cap = XmlDocs.parse(write(announced));

        assertThat(cap.text("/cap:alert/cap:msgType")).isEqualTo("Alert");
        assertThat(cap.count("/cap:alert/cap:references")).isZero();
    }

    @Test
    void shouldSendTheExtensionAsAnUpdateReferencingTheAnnouncement() {
        final String xml = write(extended);
        final XmlDocs cap = XmlDocs.parse(xml);

        CapRules.validateSchema(xml);
        assertThat(CapRules.violations(xml)).isEmpty();
        assertThat(cap.text("/cap:alert/cap:msgType")).isEqualTo("Update");
        assertThat(cap.text("/cap:alert/cap:references")).isEqualTo(reference(announced));
    }

    @Test
    void shouldSendTheCallOffAsACancelReferencingEveryEarlierMessage() {
        final String xml = write(lifted);
        final XmlDocs cap = XmlDocs.parse(xml);

        CapRules.validateSchema(xml);
        assertThat(cap.text("/cap:alert/cap:msgType")).isEqualTo("Cancel");
        assertThat(cap.text("/cap:alert/cap:references")).isEqualTo(reference(announced) + " " + reference(extended));
    }

    private String write(final Alert alert) {
        return new CapAlertWriter(
                        SETTINGS, c -> io.newsalert.consumer.geo.Location.unlocated("no road network in this test"))
                .write(alert, CapLifecycle.of(alert, closures, alerts, SETTINGS.sender(), SETTINGS.zone()));
    }

    /** sender,identifier,sent of an earlier message, read back from that message itself. */
    private String reference(final Alert earlier) {
        final XmlDocs cap = XmlDocs.parse(new CapAlertWriter(
                        SETTINGS, c -> io.newsalert.consumer.geo.Location.unlocated("no road network in this test"))
                .write(earlier));
        return cap.text("/cap:alert/cap:sender") + "," + cap.text("/cap:alert/cap:identifier") + ","
                + cap.text("/cap:alert/cap:sent");
    }

    private static ClassifiedArticle article(final String id, final String published) {
        return ClassifiedArticle.newBuilder()
                .setArticle(Article.newBuilder()
                        .setId(id)
                        .setPublished(LocalDate.parse(published))
                        .setHeadline("迎泽西大街非机动车道施工")
                        .setBody("迎泽西大街千峰南路至滨河西路段南侧非机动车道施工。")
                        .build())
                .setTopics(List.of("traffic"))
                .setClosures(List.of())
                .build();
    }

    private static ClosureQueries store(final TrafficClosure only) {
        return new ClosureQueries() {
            @Override
            public List<TrafficClosure> activeOn(final LocalDate day) {
                return ActiveRule.isActive(only, day) ? List.of(only) : List.of();
            }

            @Override
            public List<TrafficClosure> all() {
                return List.of(only);
            }
        };
    }
}
