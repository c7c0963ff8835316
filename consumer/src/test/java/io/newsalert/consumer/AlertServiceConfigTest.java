package io.newsalert.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertServiceConfigTest {

    @Test
    void shouldDefaultToTheStandardFeedsAndTheSpecsRetrySchedule() {
        final AlertServiceConfig c =
                AlertServiceConfig.builder("127.0.0.1:9092").build();

        assertThat(c.feeds()).containsExactly("traffic", "employment", "safety");
        assertThat(c.retrySchedule()).isEqualTo(AlertServiceConfig.STANDARD_WEBHOOKS_SCHEDULE);
        assertThat(c.allowPrivateWebhooks()).isFalse();
    }

    @Test
    void shouldGenerateAnAdminTokenWhenNoneIsGiven() {
        final AlertServiceConfig c =
                AlertServiceConfig.builder("127.0.0.1:9092").adminToken("").build();

        assertThat(c.adminToken()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(AlertServiceConfig.builder("127.0.0.1:9092").build().adminToken())
                .isNotEqualTo(c.adminToken());
    }

    @Test
    void shouldNeverShowTheTokenInItsText() {
        final AlertServiceConfig c = AlertServiceConfig.builder("127.0.0.1:9092")
                .adminToken("s3cret-token-0123456789")
                .build();

        assertThat(c.toString()).doesNotContain("s3cret").contains("<hidden>");
    }

    @Test
    void shouldRefuseInvalidSettings() {
        assertThatThrownBy(() -> AlertServiceConfig.builder("").build()).hasMessageContaining("bootstrap");
        assertThatThrownBy(
                        () -> AlertServiceConfig.builder("h:1").feeds(List.of()).build())
                .hasMessageContaining("feed");
        assertThatThrownBy(
                        () -> AlertServiceConfig.builder("h:1").httpPort(70000).build())
                .hasMessageContaining("port");
        assertThatThrownBy(() ->
                        AlertServiceConfig.builder("h:1").adminToken("short").build())
                .hasMessageContaining("16");
        assertThatThrownBy(() -> AlertServiceConfig.builder("h:1")
                        .retrySchedule(List.of(Duration.ofSeconds(-1)))
                        .build())
                .hasMessageContaining("negative");
    }
}
