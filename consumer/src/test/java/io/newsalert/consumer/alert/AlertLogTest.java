package io.newsalert.consumer.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.consumer.ops.Metrics;
import io.newsalert.schemas.Alert;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AlertLogTest {

    private static final Instant NOW = Instant.parse("2022-05-25T02:00:00Z");

    private final AlertLog log = new AlertLog(
            Map.of("bootstrap.servers", "127.0.0.1:1"),
            Duration.ofHours(1),
            3,
            Clock.fixed(NOW, ZoneOffset.UTC),
            new Metrics());

    @AfterEach
    void close() {
        log.close();
    }

    private static Alert alert(final String id, final String topic, final Instant created) {
        return Alert.newBuilder()
                .setId(id)
                .setTopic(topic)
                .setHeadline("清徐县开放煤矿 重大隐患举报通道")
                .setSummary("清徐县开放煤矿重大隐患举报通道")
                .setArticleId("a-" + id)
                .setPublished(LocalDate.of(2022, 5, 25))
                .setCreatedAt(created)
                .build();
    }

    @Test
    void shouldListNewestFirstByTopic() {
        log.append(alert("s1", "safety", NOW));
        log.append(alert("t1", "traffic", NOW));
        log.append(alert("s2", "safety", NOW));

        assertThat(log.recent("safety", 10)).extracting(Alert::getId).containsExactly("s2", "s1");
        assertThat(log.recent(null, 2)).extracting(Alert::getId).containsExactly("s2", "t1");
    }

    @Test
    void shouldKeepOnlyTheRetentionWindowAndTheCountCap() {
        log.append(alert("old", "safety", NOW.minus(Duration.ofHours(2))));
        log.append(alert("a", "safety", NOW));
        log.append(alert("b", "safety", NOW));
        log.append(alert("c", "safety", NOW));
        log.append(alert("d", "safety", NOW));

        assertThat(log.recent(null, 10)).extracting(Alert::getId).containsExactly("d", "c", "b");
        assertThat(log.byId("old")).isEmpty();
    }

    @Test
    void shouldReplayWhatCameAfterTheLastEventIdAndThenFollow() throws Exception {
        log.append(alert("a", "safety", NOW));
        log.append(alert("b", "traffic", NOW));
        log.append(alert("c", "safety", NOW));
        final List<String> got = new ArrayList<>();

        try (AutoCloseable following = log.follow("a", x -> x.getTopic().equals("safety"), x -> got.add(x.getId()))) {
            log.append(alert("d", "safety", NOW));
            log.append(alert("e", "traffic", NOW));
        }
        log.append(alert("f", "safety", NOW));

        assertThat(got).containsExactly("c", "d");
    }

    @Test
    void shouldReplayNothingToANewClient() throws Exception {
        log.append(alert("a", "safety", NOW));
        final List<String> got = new ArrayList<>();

        try (AutoCloseable following = log.follow(null, x -> true, x -> got.add(x.getId()))) {
            assertThat(got).isEmpty();
        }
    }

    @Test
    void shouldIgnoreAnAlertSeenBefore() {
        log.append(alert("a", "safety", NOW));
        log.append(alert("a", "safety", NOW));

        assertThat(log.recent(null, 10)).hasSize(1);
    }
}
