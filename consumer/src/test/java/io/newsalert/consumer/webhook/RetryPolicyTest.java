package io.newsalert.consumer.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.consumer.AlertServiceConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-05-25T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldFollowTheStandardWebhooksScheduleByDefault() {
        final RetryPolicy policy = new RetryPolicy(AlertServiceConfig.STANDARD_WEBHOOKS_SCHEDULE, () -> 0.0, CLOCK);

        assertThat(policy.attempts()).isEqualTo(10);
        assertThat(policy.delayBefore(0, null)).contains(Duration.ZERO);
        assertThat(policy.delayBefore(1, null)).contains(Duration.ofSeconds(5));
        assertThat(policy.delayBefore(9, null)).contains(Duration.ofHours(24));
        assertThat(policy.delayBefore(10, null)).isEmpty();
    }

    @Test
    void shouldAddUpToTenPercentOfJitter() {
        final RetryPolicy policy = new RetryPolicy(List.of(Duration.ZERO, Duration.ofSeconds(10)), () -> 0.999, CLOCK);

        assertThat(policy.delayBefore(1, null))
                .hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(11)));
    }

    @Test
    void shouldWaitAtLeastWhatRetryAfterAsksCappedAtTheLongestDelay() {
        final RetryPolicy policy =
                new RetryPolicy(List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5)), () -> 0.0, CLOCK);

        assertThat(policy.delayBefore(1, "60")).contains(Duration.ofSeconds(60));
        assertThat(policy.delayBefore(1, "86400")).contains(Duration.ofMinutes(5));
        assertThat(policy.delayBefore(1, "Wed, 25 May 2022 02:02:00 GMT")).contains(Duration.ofMinutes(2));
        assertThat(policy.delayBefore(1, "soon")).contains(Duration.ofSeconds(5));
    }
}
