package io.newsalert.app.cli;

import io.newsalert.producer.input.ArticleInputs;
import io.newsalert.producer.input.InputBatch;
import io.newsalert.producer.output.ArticleSink;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.schemas.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Reads page or article files and prints their articles as JSON lines (docs/architecture.md's contract), or writes them into
 * an Avro object container file. Bad inputs are reported on standard error by name; the others still go through,
 * and the exit status is 1 when any input failed.
 */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = "Reads page or article files and prints their articles as JSON lines (or an Avro file).")
public final class ParseCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        jsonl,
        avro
    }

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description =
                    "Page text files (UTF-8 or GB18030/GBK), .jsonl article files, folders, or - for standard input.")
    private List<String> inputs;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Edition date of the pages; inferred from the page or file name when absent, with a warning.")
    private LocalDate date;

    @Option(names = "--source", paramLabel = "NAME", description = "Name of the paper, stored with each article.")
    private String source;

    @Option(
            names = "--format",
            defaultValue = "jsonl",
            paramLabel = "jsonl|avro",
            description = "Output format: JSON lines (default) or an Avro object container file of Article records.")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    private Path out;

    @Option(
            names = "--watch",
            description = "After the inputs, keep reading new files that appear in the folders given.")
    private boolean watch;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        final PrintWriter err = spec.commandLine().getErr();
        final InputBatch batch = new InputBatch(new ArticleInputs(PageReaders.standard()), date, source, System.in);
        try (ArticleSink sink = openSink()) {
            final InputBatch.Listener listener = (index, total, outcome) -> {
                outcome.result().warnings().forEach(w -> err.println("warning: " + w));
                outcome.problems().forEach(p -> err.println("error: " + p));
                for (final Article article : outcome.result().articles()) {
                    sink.write(article);
                }
                sink.flush();
                err.flush();
            };
            batch.run(inputs, listener);
            if (watch) {
                err.println("Watching " + inputs + " for new pages; press Ctrl-C to stop.");
                err.flush();
                batch.watch(inputs, listener);
            }
        }
        final InputBatch.Summary summary = batch.summary();
        err.printf(
                "parse: %d articles from %d inputs; %d captions skipped; %d inputs failed.%n",
                summary.articles(), summary.inputs(), summary.captions(), summary.failed());
        err.flush();
        return summary.failed() == 0 ? 0 : 1;
    }

    private ArticleSink openSink() throws IOException {
        if (format == Format.jsonl) {
            return out == null
                    ? ArticleSink.jsonLines(spec.commandLine().getOut())
                    : ArticleSink.jsonLines(Files.newOutputStream(out));
        }
        return ArticleSink.avroFile(out == null ? new StdoutStream() : Files.newOutputStream(out));
    }

    /** Standard output that stays open when the sink is closed. */
    private static final class StdoutStream extends OutputStream {

        @Override
        public void write(final int b) {
            System.out.write(b);
        }

        @Override
        public void write(final byte[] b, final int off, final int len) {
            System.out.write(b, off, len);
        }

        @Override
        public void flush() {
            System.out.flush();
        }
    }
}
