package io.newsalert.consumer.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void shouldRenderTheDomainSeriesUnderTheirNamesInPrometheusText() {
        final Metrics m = new Metrics();
        m.alertCreated("traffic");
        m.delivered("webhook", Duration.ofMillis(30));
        m.retried("webhook");
        m.failed("webhook");
        m.lagGauge("alert-log", () -> 7);

        final Map<String, Double> series = samples(m.render());

        assertThat(series)
                .containsEntry("newsalert_alerts_total{topic=\"traffic\"}", 1.0)
                .containsEntry("newsalert_alerts_delivered_total{channel=\"webhook\"}", 1.0)
                .containsEntry("newsalert_alerts_retried_total{channel=\"webhook\"}", 1.0)
                .containsEntry("newsalert_alerts_failed_total{channel=\"webhook\"}", 1.0)
                .containsEntry("newsalert_delivery_latency_seconds_bucket{channel=\"webhook\",le=\"0.05\"}", 1.0)
                .containsEntry("newsalert_delivery_latency_seconds_bucket{channel=\"webhook\",le=\"0.025\"}", 0.0)
                .containsEntry("newsalert_delivery_latency_seconds_count{channel=\"webhook\"}", 1.0)
                .containsEntry("newsalert_consumer_lag{consumer=\"alert-log\"}", 7.0);
        assertThat(m.counter("newsalert_alerts_retried_total{channel=\"webhook\"}"))
                .isEqualTo(1);
    }

    @Test
    void shouldExportJvmAndProcessMetrics() {
        final String text = new Metrics().render();

        assertThat(text)
                .contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "process_uptime_seconds", "system_cpus")
                .doesNotContain("system_cpu_count", "process_cpu_time_ns");
    }

    @Test
    void shouldReplaceALagGaugeRegisteredTwice() {
        final Metrics m = new Metrics();
        m.lagGauge("webhook-sub_1", () -> 3);
        m.lagGauge("webhook-sub_1", () -> 5);

        assertThat(samples(m.render())).containsEntry("newsalert_consumer_lag{consumer=\"webhook-sub_1\"}", 5.0);
        m.removeLagGauge("webhook-sub_1");
        assertThat(m.render()).doesNotContain("webhook-sub_1");
    }

    private static Map<String, Double> samples(final String text) {
        return text.lines()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .collect(Collectors.toMap(
                        l -> l.substring(0, l.lastIndexOf(' ')),
                        l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)),
                        (a, b) -> b));
    }
}
