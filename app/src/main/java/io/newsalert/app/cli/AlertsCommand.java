package io.newsalert.app.cli;

import io.newsalert.app.roles.KafkaReachability;
import io.newsalert.app.config.ConfigLoader;
import io.newsalert.app.config.NewsalertConfig;
import io.newsalert.app.roles.ProducerPagePublisher;
import io.newsalert.consumer.AlertService;
import io.newsalert.consumer.AlertServiceConfig;
import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.consumer.feeds.FeedRoutes;
import io.newsalert.consumer.http.HttpRoutes;
import java.util.function.Function;
import io.newsalert.producer.publish.ArticlePublisher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the alert service (alerts, delivery channels, HTTP API) against a Kafka cluster until Ctrl-C. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Runs the alert service (alerts, webhooks, live stream, HTTP API) against a Kafka cluster.")
public final class AlertsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (default: the configuration's kafka.bootstrapServers).")
    private String bootstrapServers;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port; 0 takes any free port (default: the configuration's).")
    private Integer port;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: the bundled newsalert.yaml).")
    private Path configFile;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where the store of issued alert ids lives (default: a folder in the temp directory).")
    private Path stateDir;

    @Override
    public Integer call() throws Exception {
        final PrintWriter out = spec.commandLine().getOut();
        NewsalertConfig config = ConfigLoader.fromEnvironment().load(configFile);
        if (bootstrapServers != null) {
            config = config.withBootstrapServers(bootstrapServers);
        }
        if (port != null) {
            config = config.withHttpPort(port);
        }
        if (config.alerts().httpPort() != 0) {
            Ports.requireFree("0.0.0.0", config.alerts().httpPort(), "--port or NEWSALERT_HTTP_PORT");
        }
        KafkaReachability.require(config.kafka().bootstrapServers(), config.kafka().client(), config.kafka().timeout());
        final AlertServiceConfig serviceConfig = serviceConfig(config, stateDir);
        final Map<String, Object> kafka = config.kafka().producer();
        kafka.put("bootstrap.servers", config.kafka().bootstrapServers());
        final CountDownLatch stopping = new CountDownLatch(1);
        final CountDownLatch stopped = new CountDownLatch(1);
        final String publicUrl = config.alerts().publicUrl();
        final Function<AlertQueries, HttpRoutes> feeds = queries -> new FeedRoutes(queries, Clock.systemUTC(),
                publicUrl).forTopics(serviceConfig.feeds());
        try (ArticlePublisher articles = new ArticlePublisher(kafka);
             AlertService service = AlertService.start(serviceConfig, List.of(), List.of(feeds),
                     new ProducerPagePublisher(articles, null))) {
            out.printf("Alert service on http://127.0.0.1:%d (Kafka %s); press Ctrl-C to stop.%n", service.port(),
                    serviceConfig.bootstrapServers());
            if (config.alerts().adminToken().isEmpty()) {
                out.printf("Admin token (generated for this run): %s%n", service.adminToken());
            }
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopping.countDown();
                try {
                    stopped.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "alerts-shutdown"));
            stopping.await();
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    /** The alert service's settings from the deployment's configuration. */
    static AlertServiceConfig serviceConfig(final NewsalertConfig config, final Path stateDir) {
        final AlertServiceConfig.Builder b = AlertServiceConfig.builder(config.kafka().bootstrapServers())
                .feeds(config.alerts().feeds())
                .httpPort(config.alerts().httpPort())
                .adminToken(config.alerts().adminToken())
                .allowPrivateWebhooks(config.alerts().allowPrivateWebhooks())
                .kafka(Map.copyOf(config.kafka().client()));
        if (stateDir != null) {
            b.stateDir(stateDir);
        }
        return b.build();
    }
}
