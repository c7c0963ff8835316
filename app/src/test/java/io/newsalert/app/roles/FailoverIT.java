package io.newsalert.app.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.Topics;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code streams} and two {@code alerts} processes (real JVMs) share the work; one of each is killed with
 * SIGKILL while articles keep coming. Every article published around the kill reaches its feed and its webhook
 * within 10 s, and the feed and {@code alerts} hold each record exactly once.
 */
@Tag("integration")
class FailoverIT {

    private static final String TOKEN = "failover-admin-token-1234";
    private static final Duration TAKEOVER = Duration.ofSeconds(10);
    /** Several subscriptions, so both alert instances own some of the delivery partitions. */
    private static final int SUBSCRIBERS = 8;

    @TempDir
    Path dir;

    private static final String SECRET_KEY = io.newsalert.consumer.subscription.SecretBox.newKey();

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void shouldResumeFeedsAndWebhooksWithinTenSecondsWhenOneInstanceOfEachRoleIsKilled() throws Exception {
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            createTopics(kafka.bootstrapServers());
            final Process streams1 = start("streams", kafka, "s1");
            start("streams", kafka, "s2");
            final int port1 = freePort();
            final int port2 = freePort();
            final Process alerts1 = start("alerts", kafka, "a1", "--port", Integer.toString(port1));
            start("alerts", kafka, "a2", "--port", Integer.toString(port2));
            awaitCondition(Duration.ofSeconds(120), () -> healthy(port1) && healthy(port2));
            final Map<String, Long> received = new ConcurrentHashMap<>();
            final HttpServer receiver = receiver(received);
            try {
                for (int i = 0; i < SUBSCRIBERS; i++) {
                    subscribe(port2, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook/" + i);
                }
                final Map<String, Long> sent = new ConcurrentHashMap<>();
                try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                        Map.of("bootstrap.servers", kafka.bootstrapServers(), "linger.ms", 0),
                        Topics.ARTICLES.keySerde().serializer(),
                        Topics.ARTICLES.valueSerde().serializer())) {
                    publish(producer, sent, 0, 40);
                    awaitCondition(Duration.ofSeconds(120), () -> received.size() >= 40 * SUBSCRIBERS);
                    streams1.destroyForcibly();
                    alerts1.destroyForcibly();
                    publish(producer, sent, 40, 200);
                }
                final Set<String> expected = alertIds(sent.keySet()).stream()
                        .flatMap(id ->
                                java.util.stream.IntStream.range(0, SUBSCRIBERS).mapToObj(i -> id + " /hook/" + i))
                        .collect(Collectors.toSet());
                awaitCondition(Duration.ofSeconds(90), () -> received.keySet().containsAll(expected));
                final long worst = sent.entrySet().stream()
                        .flatMap(e -> java.util.stream.IntStream.range(0, SUBSCRIBERS)
                                .mapToObj(i -> received.get(alertId(e.getKey()) + " /hook/" + i) - e.getValue()))
                        .mapToLong(Long::longValue)
                        .max()
                        .orElseThrow();
                System.out.printf("Worst article-to-webhook latency around the kill: %d ms.%n", worst);
                assertThat(worst).isLessThan(TAKEOVER.toMillis());
                assertExactlyOnce(kafka, Topics.EMPLOYMENT.name(), sent.keySet());
                assertExactlyOnce(kafka, Topics.ALERTS.name(), alertIds(sent.keySet()));
            } finally {
                receiver.stop(0);
            }
        }
    }

    private void publish(
            final KafkaProducer<String, Article> producer, final Map<String, Long> sent, final int from, final int to)
            throws Exception {
        for (int i = from; i < to; i++) {
            final String id = "fo-" + i;
            final long at = System.currentTimeMillis();
            producer.send(new ProducerRecord<>(
                            Topics.ARTICLES.name(),
                            id,
                            Article.newBuilder()
                                    .setId(id)
                                    .setPublished(LocalDate.of(2022, 5, 25))
                                    .setHeadline("近千个岗位迎春招才 宁海大中专毕业生招聘会人气旺")
                                    .setBody("本报讯 宁海县春季大中专毕业生招聘会在县人才市场举行，全县146家用人单位带着948个岗位设摊招才。")
                                    .build()))
                    .get();
            sent.put(id, at);
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static Set<String> alertIds(final Set<String> articleIds) {
        return articleIds.stream().map(FailoverIT::alertId).collect(Collectors.toSet());
    }

    private static String alertId(final String articleId) {
        return io.newsalert.consumer.alert.AlertFactory.alertId(articleId, "employment");
    }

    private static void assertExactlyOnce(final EmbeddedKafkaCluster kafka, final String topic, final Set<String> keys)
            throws Exception {
        final List<ConsumerRecord<String, byte[]>> records = kafka.readCommitted(
                topic, new StringDeserializer(), new ByteArrayDeserializer(), keys.size() + 50, Duration.ofSeconds(10));
        final List<String> ours =
                records.stream().map(ConsumerRecord::key).filter(keys::contains).toList();
        assertThat(ours).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(keys);
    }

    private Process start(final String role, final EmbeddedKafkaCluster kafka, final String name, final String... extra)
            throws IOException {
        final List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "io.newsalert.app.Main",
                role,
                "--bootstrap-servers",
                kafka.bootstrapServers()));
        if (role.equals("streams")) {
            command.addAll(List.of("-p", "state.dir=" + dir.resolve(name)));
        } else {
            command.addAll(List.of("--state-dir", dir.resolve(name).toString()));
        }
        command.addAll(List.of(extra));
        final ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("NEWSALERT_ADMIN_TOKEN", TOKEN);
        pb.environment().put("NEWSALERT_ALLOW_PRIVATE_WEBHOOKS", "true");
        // Instances that share subscriptions share the key that seals their secrets.
        pb.environment().put("NEWSALERT_SECRET_KEY", SECRET_KEY);
        final Process p = pb.start();
        processes.add(p);
        return p;
    }

    private static void createTopics(final String servers) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", servers))) {
            final List<NewTopic> topics = new ArrayList<>();
            for (final String t : Topics.STANDARD) {
                topics.add(
                        t.equals(Topics.SUBSCRIPTIONS.name())
                                ? new NewTopic(t, 1, (short) 1).configs(Map.of("cleanup.policy", "compact"))
                                : new NewTopic(t, 4, (short) 1));
            }
            admin.createTopics(topics).all().get();
        }
    }

    private static HttpServer receiver(final Map<String, Long> received) throws IOException {
        final HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.putIfAbsent(
                    exchange.getRequestHeaders().getFirst("webhook-id") + " "
                            + exchange.getRequestURI().getPath(),
                    System.currentTimeMillis());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static void subscribe(final int port, final String url) throws Exception {
        final HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/subscriptions"))
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"topics\": [\"employment\"], \"webhook\": {\"url\": \"" + url + "\"}}",
                                        StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static boolean healthy(final int port) {
        try {
            return HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void awaitCondition(final Duration timeout, final BooleanSupplier condition) throws Exception {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
