package io.newsalert.app.cli;

import io.newsalert.app.config.NewsalertConfig;
import io.newsalert.app.roles.KafkaReachability;
import io.newsalert.producer.input.ArticleInputs;
import io.newsalert.producer.input.InputBatch;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.producer.publish.ArticlePublisher;
import io.newsalert.schemas.Topics;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.ProducerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Publishes the articles of page or article files to {@code news.articles}, keyed by article id, through an
 * idempotent producer with {@code acks=all}: publishing the same pages twice leaves one record per id for
 * compacting readers and the same ids for everyone else. Shows a progress bar on batches of several files and a
 * summary at the end; the exit status is 1 when any input failed.
 */
@Command(
        name = "produce",
        mixinStandardHelpOptions = true,
        description = "Publishes the articles of page or article files to news.articles.")
public final class ProduceCommand implements Callable<Integer> {

    private static final int PROGRESS_FROM = 2;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description =
                    "Page text files (UTF-8 or GB18030/GBK), .jsonl article files, folders, or - for standard input.")
    private List<String> inputs;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT",
            description = "The Kafka cluster to publish to (default: the configuration's kafka.bootstrapServers).")
    private String bootstrapServers;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Edition date of the pages; inferred from the page or file name when absent, with a warning.")
    private LocalDate date;

    @Option(names = "--source", paramLabel = "NAME", description = "Name of the paper, stored with each article.")
    private String source;

    @Option(
            names = "--compression",
            paramLabel = "CODEC",
            description = "Codec of the records: none or gzip (the configuration's kafka.compression, gzip by default; "
                    + "every client reads them), snappy, lz4 or zstd (outside clients may need a plugin).")
    private String compression;

    @Option(
            names = "--watch",
            description = "After the inputs, keep publishing new files that appear in the folders given.")
    private boolean watch;

    @CommandLine.Mixin
    private KafkaTimeoutOption kafkaTimeout = new KafkaTimeoutOption();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        final PrintWriter err = spec.commandLine().getErr();
        final InputBatch batch = new InputBatch(new ArticleInputs(PageReaders.standard()), date, source, System.in);
        final ProgressBar progress = new ProgressBar(err);
        final int[] published = {0};
        final NewsalertConfig settings = settings();
        KafkaReachability.require(
                settings.kafka().bootstrapServers(),
                settings.kafka().client(),
                settings.kafka().timeout());
        try (ArticlePublisher publisher = new ArticlePublisher(producerSettings(settings))) {
            final InputBatch.Listener listener = (index, total, outcome) -> {
                if (total >= PROGRESS_FROM) {
                    progress.clear();
                }
                outcome.result().warnings().forEach(w -> err.println("warning: " + w));
                outcome.problems().forEach(p -> err.println("error: " + p));
                try {
                    publisher.publish(outcome.result().articles());
                    published[0] += outcome.result().articles().size();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("Interrupted while publishing " + outcome.name() + ".");
                } catch (ExecutionException e) {
                    throw new IOException(
                            "Publishing the articles of " + outcome.name() + " to " + Topics.ARTICLES.name()
                                    + " failed: " + e.getCause().getMessage(),
                            e.getCause());
                }
                if (total >= PROGRESS_FROM) {
                    progress.show(index, total, batch.summary().articles());
                }
                err.flush();
            };
            batch.run(inputs, listener);
            progress.done();
            if (watch) {
                err.println("Watching " + inputs + " for new pages; press Ctrl-C to stop.");
                err.flush();
                batch.watch(inputs, listener);
            }
        } catch (IOException e) {
            progress.done();
            err.println("error: " + e.getMessage());
            summary(err, batch.summary(), published[0]);
            return 1;
        }
        summary(err, batch.summary(), published[0]);
        return batch.summary().failed() == 0 ? 0 : 1;
    }

    /** The configuration, with this command's options over it. */
    private NewsalertConfig settings() {
        return kafkaTimeout
                .over(config.option("kafka.bootstrapServers", "--bootstrap-servers", bootstrapServers)
                        .option("kafka.compression", "--compression", compression))
                .load();
    }

    /** The producer's settings: the configuration's client settings, codec and timeouts, this command's options over them. */
    Map<String, Object> producerSettings() {
        return producerSettings(settings());
    }

    private static Map<String, Object> producerSettings(final NewsalertConfig settings) {
        final Map<String, Object> producer = new HashMap<>(settings.clientSettings());
        final int timeout = (int) settings.kafka().timeout().toMillis();
        producer.putIfAbsent(
                ProducerConfig.COMPRESSION_TYPE_CONFIG, settings.kafka().compression());
        producer.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        producer.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout + 5_000);
        producer.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        return producer;
    }

    /** The tally: articles the broker acknowledged, of those read, and the inputs that failed. */
    private static void summary(final PrintWriter err, final InputBatch.Summary s, final int published) {
        err.printf(
                Locale.ROOT,
                "produce: %d of %d articles published to %s from %d inputs; %d captions skipped; "
                        + "%d inputs failed.%n",
                published,
                s.articles(),
                Topics.ARTICLES.name(),
                s.inputs(),
                s.captions(),
                s.failed());
        err.flush();
    }

    /** A one-line progress bar redrawn in place on standard error. */
    private static final class ProgressBar {

        private static final int WIDTH = 30;
        private final PrintWriter err;
        private boolean shown;

        ProgressBar(final PrintWriter err) {
            this.err = err;
        }

        void show(final int done, final int total, final int articles) {
            final int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.printf(
                    Locale.ROOT,
                    "\r[%s%s] %d/%d files, %d articles",
                    "#".repeat(filled),
                    " ".repeat(WIDTH - filled),
                    done,
                    total,
                    articles);
            shown = true;
        }

        void clear() {
            if (shown) {
                err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
                shown = false;
            }
        }

        void done() {
            if (shown) {
                err.println();
                shown = false;
            }
        }
    }
}
