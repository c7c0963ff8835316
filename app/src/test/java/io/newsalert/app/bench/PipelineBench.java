package io.newsalert.app.bench;

import io.newsalert.app.broker.EmbeddedBroker;
import io.newsalert.app.roles.ProgressWatcher;
import io.newsalert.app.roles.StreamsRunner;
import io.newsalert.consumer.AlertService;
import io.newsalert.consumer.AlertServiceConfig;
import io.newsalert.consumer.alert.AlertFactory;
import io.newsalert.producer.input.ArticleInputs;
import io.newsalert.producer.input.InputBatch;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.producer.publish.ArticlePublisher;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.Topics;
import io.newsalert.streams.classify.Classifiers;
import io.newsalert.streams.classify.Taxonomy;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.streams.topology.ArticleTopology;
import io.newsalert.streams.topology.StreamsSettings;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The whole pipeline in one JVM on the embedded broker (3 partitions per topic): articles published to
 * {@code news.articles} → classified by the article topology → alerts → signed webhooks to loopback receivers.
 * Prints the end-to-end rate over a batch, then the latency from publishing an article to receiving its webhook at
 * fixed offered rates and subscription counts. Run by {@code scripts/bench-pipeline.sh}.
 * Usage: {@code PipelineBench ARTICLES.jsonl SECONDS_PER_CELL [SUBSCRIPTIONS:RATE ...]}; cells given on the command
 * line skip the throughput run and measure only those, after a 10 s warm-up that is not measured; {@code throughput}
 * instead of cells runs only the throughput.
 */
public final class PipelineBench {

    private static final List<String> FEEDS = List.of("traffic", "employment", "safety");
    private static final List<int[]> ALL_CELLS = List.of(
            new int[] {1, 10},
            new int[] {1, 100},
            new int[] {1, 300},
            new int[] {100, 10},
            new int[] {100, 100},
            new int[] {100, 300},
            new int[] {1000, 10},
            new int[] {1000, 100},
            new int[] {1000, 300});

    /** The JIT compilers' share of a pass's CPU under which the pipeline counts as warmed up. */
    private static final double STEADY_JIT_SHARE = 0.1;

    private PipelineBench() {}

    public static void main(final String[] args) throws Exception {
        final Path file = Path.of(args[0]);
        final int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        final List<int[]> cells = new ArrayList<>();
        final boolean throughputOnly = args.length > 2 && args[2].equals("throughput");
        for (int i = throughputOnly ? args.length : 2; i < args.length; i++) {
            final String[] sr = args[i].split(":");
            cells.add(new int[] {Integer.parseInt(sr[0]), Integer.parseInt(sr[1])});
        }
        final List<Article> articles = read(file);
        final Taxonomy taxonomy = TaxonomyLoader.loadDefault();
        final Path state = Files.createTempDirectory("bench-pipeline");
        try (EmbeddedBroker broker = EmbeddedBroker.start(freePort(), freePort())) {
            final String servers = broker.bootstrapServers();
            final Set<String> topics = new LinkedHashSet<>(Topics.STANDARD);
            taxonomy.topics().forEach(t -> topics.add(t.outputTopic()));
            EmbeddedBroker.createTopics(servers, Topics.specs(topics), Integer.getInteger("bench.partitions", 3));
            try (StreamsRunner pipeline = new StreamsRunner(
                                    "The article pipeline",
                                    ArticleTopology.build(
                                            taxonomy,
                                            Classifiers.standard(taxonomy),
                                            ClosureExtractors.standard(Optional.empty())),
                                    StreamsSettings.of(servers, streamsOverrides(state.resolve("s"))))
                            .start(Duration.ofSeconds(60));
                    AlertService alerts = AlertService.start(
                            AlertServiceConfig.builder(servers)
                                    .feeds(FEEDS)
                                    .httpPort(0)
                                    .allowPrivateWebhooks(true)
                                    .stateDir(state.resolve("a"))
                                    .build(),
                            List.of(),
                            List.of(),
                            null);
                    BenchReceiver receiver = new BenchReceiver();
                    ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", servers))) {
                alerts.awaitReady(Duration.ofSeconds(60));
                final Subscriber subs = new Subscriber(alerts.port(), alerts.adminToken(), receiver);
                subs.topUp(1);
                if (cells.isEmpty()) {
                    // The same articles again and again under new ids. The first pass also measures the JVM
                    // compiling the pipeline, as a freshly started one would. The JIT compiler goes on compiling for
                    // a minute or two under load (broker, clients, Streams, Avro, Netty, the classifier: tens of
                    // CPU seconds on 2 cores), so passes follow until it takes under a tenth of a pass's CPU; then
                    // the steady passes measure the pipeline as a running service, several times, since one pass on
                    // a shared machine varies by a tenth either way.
                    throughput(servers, taxonomy, renamed(articles, "cold-"), publisher, receiver, "cold");
                    int pass = 0;
                    double jit = 1;
                    while (jit > STEADY_JIT_SHARE && pass < Integer.getInteger("bench.maxWarmUpPasses", 20)) {
                        pass++;
                        jit = throughput(
                                servers,
                                taxonomy,
                                renamed(articles, "w" + pass + "-"),
                                publisher,
                                receiver,
                                "warm-up " + pass);
                    }
                    final String steady = jit > STEADY_JIT_SHARE ? "warm" : "steady";
                    for (int i = 1; i <= Integer.getInteger("bench.steadyPasses", 3); i++) {
                        throughput(
                                servers,
                                taxonomy,
                                renamed(articles, "s" + i + "-"),
                                publisher,
                                receiver,
                                steady + " " + i);
                    }
                }
                if (throughputOnly) {
                    return;
                }
                try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                        Map.of("bootstrap.servers", servers, "linger.ms", 0, "acks", "all"),
                        Topics.ARTICLES.keySerde().serializer(),
                        Topics.ARTICLES.valueSerde().serializer())) {
                    if (!cells.isEmpty()) {
                        // Without the throughput run before them, the first cell would also measure the JIT
                        // compiling the whole pipeline: warm it up first, 10 s at 100 articles/s, reported to the log.
                        System.err.println("Warm-up, not measured:");
                        latency(producer, receiver, articles, "warmup-", 1, 100, 10, System.err);
                    }
                    System.out.println(
                            "| subscriptions | offered articles/s | articles | webhooks received | p50 ms | p90 ms | p99 ms | max ms | JVM RSS MiB |");
                    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
                    int cell = 0;
                    for (final int[] c : cells.isEmpty() ? ALL_CELLS : cells) {
                        subs.topUp(c[0]);
                        latency(producer, receiver, articles, "c" + cell++ + "-", c[0], c[1], seconds, System.out);
                    }
                }
            }
        }
    }

    /**
     * Runs the articles through once and prints the pass's rate and where its CPU went; returns the JIT compilers'
     * share of that CPU.
     */
    private static double throughput(
            final String servers,
            final Taxonomy taxonomy,
            final List<Article> articles,
            final ArticlePublisher publisher,
            final BenchReceiver receiver,
            final String pass)
            throws Exception {
        final Set<String> ids = articles.stream().map(Article::getId).collect(Collectors.toSet());
        final List<String> feedTopics = new ArrayList<>(taxonomy.topics().stream()
                .map(Taxonomy.TopicDefinition::outputTopic)
                .toList());
        feedTopics.add(Topics.OTHER.name());
        receiver.clear();
        System.err.println(java.time.Instant.now() + " the " + pass + " pass starts");
        final CpuUse cpu = CpuUse.now();
        final long start = System.nanoTime();
        publisher.publish(articles);
        try (ProgressWatcher watcher = new ProgressWatcher(servers, feedTopics, FEEDS)) {
            if (!watcher.awaitArticles(ids, Duration.ofMinutes(10))) {
                throw new IllegalStateException("Not every article was classified within 10 minutes.");
            }
            final double classified = (System.nanoTime() - start) / 1e9;
            final int expected = watcher.expectedAlerts(ids);
            ProgressWatcher.await(() -> receiver.arrivals().size() >= expected, Duration.ofMinutes(5));
            final double delivered = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "end-to-end, %s: %d articles classified in %.1f s, %d of %d alerts delivered "
                            + "to 1 webhook after %.1f s: %.0f articles/s%n",
                    pass,
                    articles.size(),
                    classified,
                    receiver.arrivals().size(),
                    expected,
                    delivered,
                    articles.size() / delivered);
            final CpuUse end = CpuUse.now();
            System.out.println(end.since(cpu, 12));
            System.out.println(CpuUse.brokerRequests(12));
            return end.jitShare(cpu);
        }
    }

    private static void latency(
            final KafkaProducer<String, Article> producer,
            final BenchReceiver receiver,
            final List<Article> source,
            final String prefix,
            final int subscriptions,
            final int rate,
            final int seconds,
            final PrintStream out)
            throws Exception {
        receiver.clear();
        final CpuUse cpu = CpuUse.now();
        final Map<String, Long> sentAt = new HashMap<>();
        final int count = rate * seconds;
        final long start = System.nanoTime();
        final long firstSent = System.currentTimeMillis();
        for (int i = 0; i < count; i++) {
            final long due = start + i * 1_000_000_000L / rate;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            final Article a = Article.newBuilder(source.get(i % source.size()))
                    .setId(prefix + i)
                    .build();
            final long now = System.currentTimeMillis();
            FEEDS.forEach(f -> sentAt.put(AlertFactory.alertId(a.getId(), f), now));
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), a.getId(), a));
        }
        long seen = -1;
        final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (receiver.arrivals().size() != seen && System.nanoTime() < deadline) {
            seen = receiver.arrivals().size();
            Thread.sleep(3000);
        }
        final List<Long> ms = new ArrayList<>();
        receiver.arrivals().forEach((key, at) -> {
            final Long sent = sentAt.get(key.substring(0, key.indexOf(' ')));
            if (sent != null) {
                ms.add(at - sent);
            }
        });
        ms.sort(Long::compare);
        out.printf(
                Locale.ROOT,
                "| %d | %d | %d | %d | %d | %d | %d | %d | %d |%n",
                subscriptions,
                rate,
                count,
                ms.size(),
                pct(ms, 50),
                pct(ms, 90),
                pct(ms, 99),
                ms.isEmpty() ? -1 : ms.get(ms.size() - 1),
                rssMiB());
        final long last = receiver.arrivals().values().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(firstSent);
        System.err.printf(
                Locale.ROOT,
                "%d subscriptions at %d articles/s: %d webhooks in %.1f s from the first article to the last "
                        + "webhook: %.0f webhooks/s%n",
                subscriptions,
                rate,
                receiver.arrivals().size(),
                (last - firstSent) / 1000.0,
                receiver.arrivals().size() * 1000.0 / Math.max(1, last - firstSent));
        System.err.println(CpuUse.now().since(cpu, 12));
        System.err.println(CpuUse.brokerRequests(12));
    }

    private static List<Article> renamed(final List<Article> articles, final String prefix) {
        return articles.stream()
                .map(a -> Article.newBuilder(a).setId(prefix + a.getId()).build())
                .toList();
    }

    /** The article topology's state directory, plus any {@code -Dbench.streams.NAME=VALUE} to try a setting. */
    private static Map<String, Object> streamsOverrides(final Path stateDir) {
        final Map<String, Object> overrides = new HashMap<>();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("bench.streams."))
                .forEach(k -> overrides.put(k.substring("bench.streams.".length()), System.getProperty(k)));
        return overrides;
    }

    private static long pct(final List<Long> sorted, final int p) {
        return sorted.isEmpty()
                ? -1
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long rssMiB() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                .findFirst()
                .orElse(-1L);
    }

    private static List<Article> read(final Path file) throws Exception {
        final List<Article> articles = new ArrayList<>();
        new InputBatch(new ArticleInputs(PageReaders.standard()), null, "bench", System.in)
                .run(
                        List.of(file.toString()),
                        (index, total, outcome) ->
                                articles.addAll(outcome.result().articles()));
        return articles;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Creates subscriptions through the API: the first follows every feed, the others one feed each in turn. */
    private static final class Subscriber {
        private final int port;
        private final String token;
        private final BenchReceiver receiver;
        private int created;

        Subscriber(final int port, final String token, final BenchReceiver receiver) {
            this.port = port;
            this.token = token;
            this.receiver = receiver;
        }

        void topUp(final int total) throws Exception {
            final ExecutorService pool = Executors.newFixedThreadPool(8);
            // A client per top-up: a connection kept from the last one, minutes ago, may be closed by the server just
            // as a request goes out on it, and a POST is not retried.
            final HttpClient http = HttpClient.newHttpClient();
            try {
                final List<Future<Integer>> answers = new ArrayList<>();
                for (int i = created; i < total; i++) {
                    final String topics = i == 0
                            ? "[\"traffic\",\"employment\",\"safety\"]"
                            : "[\"" + FEEDS.get(i % FEEDS.size()) + "\"]";
                    final String body =
                            "{\"topics\": " + topics + ", \"webhook\": {\"url\": \"" + receiver.url(i) + "\"}}";
                    answers.add(pool.submit(() -> http.send(
                                    HttpRequest.newBuilder(
                                                    URI.create("http://127.0.0.1:" + port + "/api/subscriptions"))
                                            .header("Authorization", "Bearer " + token)
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(body))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()));
                }
                for (final Future<Integer> f : answers) {
                    if (f.get() != 201) {
                        throw new IllegalStateException("Subscribing failed with HTTP " + f.get() + ".");
                    }
                }
                created = total;
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
