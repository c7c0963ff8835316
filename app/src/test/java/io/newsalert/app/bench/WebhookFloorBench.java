package io.newsalert.app.bench;

import io.newsalert.consumer.subscription.WebhookUrlPolicy;
import io.newsalert.consumer.webhook.HttpWebhookClient;
import io.newsalert.consumer.webhook.WebhookSigner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The most signed webhooks per second this machine can send to a loopback receiver, with nothing else running: the
 * pipeline's webhook client and signer against {@link BenchReceiver}, a fixed number of requests in flight, one
 * alert-sized body. No Kafka, no bookkeeping; the rate a latency cell asks for must stay well below this floor.
 * Usage: {@code WebhookFloorBench SECONDS [IN_FLIGHT]}; run by {@code scripts/bench-pipeline.sh ... http}.
 */
public final class WebhookFloorBench {

    private WebhookFloorBench() {}

    public static void main(final String[] args) throws Exception {
        final int seconds = Integer.parseInt(args[0]);
        final int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        final byte[] body =
                ("{\"id\":\"traffic-0\",\"text\":\"" + "交通管制".repeat(200) + "\"}").getBytes(StandardCharsets.UTF_8);
        final String secret = "whsec_" + Base64.getEncoder().encodeToString(new byte[24]);
        try (BenchReceiver receiver = new BenchReceiver();
                HttpWebhookClient client = new HttpWebhookClient(Duration.ofSeconds(5), new WebhookUrlPolicy(true))) {
            // Parsed once: the floor is the client and the receiver, not the parsing of URLs.
            final URI[] urls = IntStream.range(0, 1000)
                    .mapToObj(i -> URI.create(receiver.url(i)))
                    .toArray(URI[]::new);
            for (final String pass : new String[] {"warm-up", "measured"}) {
                final Semaphore slots = new Semaphore(inFlight);
                final AtomicLong failed = new AtomicLong();
                final long before = receiver.requests();
                final CpuUse cpu = CpuUse.now();
                final long start = System.nanoTime();
                final long end = start + Duration.ofSeconds(seconds).toNanos();
                long sent = 0;
                while (System.nanoTime() < end) {
                    slots.acquire();
                    final String id = pass + "-" + sent;
                    final long ts = System.currentTimeMillis() / 1000;
                    client.postAsync(
                                    urls[(int) (sent % urls.length)],
                                    Map.of(
                                            "webhook-id", id,
                                            "webhook-timestamp", Long.toString(ts),
                                            "webhook-signature", WebhookSigner.sign(secret, id, ts, body)),
                                    body,
                                    Duration.ofSeconds(5),
                                    Runnable::run)
                            .whenComplete((r, e) -> {
                                if (e != null || !r.success()) {
                                    failed.incrementAndGet();
                                }
                                slots.release();
                            });
                    sent++;
                }
                slots.acquire(inFlight);
                final double took = (System.nanoTime() - start) / 1e9;
                final long received = receiver.requests() - before;
                System.out.printf(
                        Locale.ROOT,
                        "webhook floor, %s: %d signed webhooks in %.1f s with %d in flight, %d failed: %.0f webhooks/s%n",
                        pass,
                        received,
                        took,
                        inFlight,
                        failed.get(),
                        received / took);
                System.out.println(CpuUse.now().since(cpu, 6));
            }
        }
    }
}
