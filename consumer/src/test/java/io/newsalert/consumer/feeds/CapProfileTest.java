package io.newsalert.consumer.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.TrafficClosure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapProfileTest {

    private static final Alert GAS_PIPE = SeedAlerts.alert(1, "traffic", SeedArticles.gasPipe());

    @Test
    void shouldCallAClosureThatHasNotStartedFutureAndLikely() {
        final CapProfile p = CapProfile.of(madeAt(GAS_PIPE, "2022-05-20T00:00:00Z"), FeedSettings.PAPER_ZONE)
                .orElseThrow();

        assertThat(p.urgency()).isEqualTo("Future");
        assertThat(p.certainty()).isEqualTo("Likely");
    }

    @Test
    void shouldCallAClosureThatHasEndedPast() {
        final CapProfile p = CapProfile.of(madeAt(GAS_PIPE, "2022-08-01T00:00:00Z"), FeedSettings.PAPER_ZONE)
                .orElseThrow();

        assertThat(p.urgency()).isEqualTo("Past");
    }

    @Test
    void shouldCallAWholeRoadClosureModerate() {
        final TrafficClosure whole = TrafficClosure.newBuilder(
                        GAS_PIPE.getClosures().get(0))
                .setLane(Lane.FULL_ROAD)
                .build();
        final Alert alert =
                Alert.newBuilder(GAS_PIPE).setClosures(List.of(whole)).build();

        assertThat(CapProfile.of(alert, FeedSettings.PAPER_ZONE).orElseThrow().severity())
                .isEqualTo("Moderate");
    }

    @Test
    void shouldLeaveExpiresOutWhenAClosureHasNoKnownEnd() {
        final TrafficClosure open = TrafficClosure.newBuilder(
                        GAS_PIPE.getClosures().get(0))
                .setEnd(null)
                .build();
        final Alert alert = Alert.newBuilder(GAS_PIPE)
                .setClosures(List.of(open))
                .setValidTo(null)
                .build();

        final CapProfile p = CapProfile.of(alert, FeedSettings.PAPER_ZONE).orElseThrow();

        assertThat(p.expires()).isNull();
        assertThat(p.effective().toLocalDate()).isEqualTo(LocalDate.of(2022, 5, 24));
    }

    @Test
    void shouldLeaveExpiresOutWhenTheDatesAreMisreadBackwards() {
        final TrafficClosure backwards = TrafficClosure.newBuilder(
                        GAS_PIPE.getClosures().get(0))
                .setEnd(LocalDate.of(2022, 5, 1))
                .build();
        final Alert alert =
                Alert.newBuilder(GAS_PIPE).setClosures(List.of(backwards)).build();

        assertThat(CapProfile.of(alert, FeedSettings.PAPER_ZONE).orElseThrow().expires())
                .isNull();
    }

    @Test
    void shouldUseTheHoursTheTextGives() {
        final TrafficClosure night = TrafficClosure.newBuilder(
                        GAS_PIPE.getClosures().get(0))
                .setStartHour(22)
                .setEndHour(6)
                .build();
        final Alert alert =
                Alert.newBuilder(GAS_PIPE).setClosures(List.of(night)).build();

        final CapProfile p = CapProfile.of(alert, FeedSettings.PAPER_ZONE).orElseThrow();

        assertThat(FeedTimes.cap(p.effective())).isEqualTo("2022-05-24T22:00:00+08:00");
        assertThat(FeedTimes.cap(p.expires())).isEqualTo("2022-07-25T06:00:00+08:00");
    }

    @Test
    void shouldNotPublishTopicsWithoutACapCategory() {
        assertThat(CapProfile.of(SeedAlerts.alert(4, "employment", SeedArticles.jobs()), FeedSettings.PAPER_ZONE))
                .isEmpty();
    }

    @Test
    void shouldSpellUtcAsMinusZeroInCapTimes() {
        assertThat(FeedTimes.cap(Instant.parse("2022-05-25T00:30:00Z"), ZoneOffset.UTC))
                .isEqualTo("2022-05-25T00:30:00-00:00");
    }

    private static Alert madeAt(final Alert alert, final String instant) {
        return Alert.newBuilder(alert).setCreatedAt(Instant.parse(instant)).build();
    }
}
