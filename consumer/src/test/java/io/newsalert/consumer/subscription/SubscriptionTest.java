package io.newsalert.consumer.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Alert;
import io.newsalert.schemas.TrafficClosure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final Alert GAS_MAINS = Alert.newBuilder()
            .setId("traffic-1")
            .setTopic("traffic")
            .setHeadline("更换燃气管线 占用部分道路")
            .setSummary("桃园北路 旱西关街—府西街 EAST NON_MOTOR_LANE")
            .setArticleId("a1")
            .setPublished(LocalDate.of(2022, 5, 25))
            .setCreatedAt(Instant.EPOCH)
            .setClosures(List.of(TrafficClosure.newBuilder()
                    .setId("c1")
                    .setArticleId("a1")
                    .setRoad("胜利街")
                    .build()))
            .build();

    private static Subscription subscription(
            final List<String> topics, final List<String> keywords, final List<String> roads) {
        return new Subscription(
                "sub_1", topics, keywords, roads, "https://203.0.113.10/h", "whsec_x", Instant.EPOCH, null);
    }

    @Test
    void shouldWantAlertsOfItsTopicsWhenThereIsNoFilter() {
        assertThat(subscription(List.of("traffic"), List.of(), List.of()).wants(GAS_MAINS))
                .isTrue();
        assertThat(subscription(List.of("safety"), List.of(), List.of()).wants(GAS_MAINS))
                .isFalse();
    }

    @Test
    void shouldMatchKeywordsInTheHeadlineOrSummary() {
        assertThat(subscription(List.of("traffic"), List.of("燃气"), List.of()).wants(GAS_MAINS))
                .isTrue();
        assertThat(subscription(List.of("traffic"), List.of("地铁"), List.of()).wants(GAS_MAINS))
                .isFalse();
    }

    @Test
    void shouldMatchRoadsNamedInTheTextOrInAClosure() {
        assertThat(subscription(List.of("traffic"), List.of(), List.of("桃园北路")).wants(GAS_MAINS))
                .isTrue();
        assertThat(subscription(List.of("traffic"), List.of(), List.of("胜利街")).wants(GAS_MAINS))
                .isTrue();
        assertThat(subscription(List.of("traffic"), List.of(), List.of("迎泽大街")).wants(GAS_MAINS))
                .isFalse();
    }

    @Test
    void shouldRequireEveryNonEmptyFilterListToMatch() {
        assertThat(subscription(List.of("traffic"), List.of("地铁"), List.of("桃园北路"))
                        .wants(GAS_MAINS))
                .isFalse();
    }

    @Test
    void shouldNotShowTheSecretInItsView() {
        assertThat(subscription(List.of("traffic"), List.of(), List.of()).view().toString())
                .doesNotContain("whsec_");
    }
}
