package io.newsalert.consumer.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void shouldRenderCountersHistogramsAndGaugesInPrometheusText() {
        final Metrics m = new Metrics();
        m.alertCreated("traffic");
        m.delivered("webhook", Duration.ofMillis(30));
        m.retried("webhook");
        m.failed("webhook");
        m.lagGauge("alert-log", () -> 7);

        final String text = m.render();

        assertThat(text).contains("newsalert_alerts_created_total{topic=\"traffic\"} 1",
                "newsalert_alerts_delivered_total{channel=\"webhook\"} 1",
                "newsalert_alerts_retried_total{channel=\"webhook\"} 1",
                "newsalert_alerts_failed_total{channel=\"webhook\"} 1",
                "newsalert_delivery_latency_seconds_bucket{channel=\"webhook\",le=\"0.05\"} 1",
                "newsalert_delivery_latency_seconds_bucket{channel=\"webhook\",le=\"0.025\"} 0",
                "newsalert_delivery_latency_seconds_count{channel=\"webhook\"} 1",
                "newsalert_consumer_lag{consumer=\"alert-log\"} 7");
    }
}
