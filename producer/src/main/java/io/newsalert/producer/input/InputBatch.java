package io.newsalert.producer.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a batch of inputs one after the other and keeps the tally: a bad input is reported and counted, and the
 * rest of the batch still goes through. With {@link #watch}, keeps reading the files that later appear in the
 * batch's folders.
 */
public final class InputBatch {

    /** Receives each input's outcome as soon as it has been read. */
    @FunctionalInterface
    public interface Listener {

        /**
         * @param index   1-based position of the input in the batch (0 for files found while watching)
         * @param total   number of inputs in the batch
         * @param outcome what became of it
         */
        void accept(int index, int total, ArticleInputs.Outcome outcome) throws IOException;
    }

    /**
     * The tally of a batch.
     *
     * @param inputs   inputs read
     * @param articles articles found
     * @param captions photo captions skipped
     * @param failed   inputs that failed
     */
    public record Summary(int inputs, int articles, int captions, int failed) {

        Summary plus(final ArticleInputs.Outcome outcome) {
            return new Summary(
                    inputs + 1,
                    articles + outcome.result().articles().size(),
                    captions + outcome.result().captions().size(),
                    failed + (outcome.failed() ? 1 : 0));
        }
    }

    private final ArticleInputs inputs;
    private final LocalDate date;
    private final String source;
    private final InputStream stdin;
    private Summary summary = new Summary(0, 0, 0, 0);

    public InputBatch(final ArticleInputs inputs, final LocalDate date, final String source, final InputStream stdin) {
        this.inputs = inputs;
        this.date = date;
        this.source = source;
        this.stdin = stdin;
    }

    /** Reads every input named (folders expanded) and returns the tally so far. */
    public Summary run(final List<String> names, final Listener listener) throws IOException {
        final List<String> expanded = ArticleInputs.expand(names);
        for (int i = 0; i < expanded.size(); i++) {
            handle(i + 1, expanded.size(), expanded.get(i), listener);
        }
        return summary;
    }

    /** After {@link #run}, reads new or changed files in the folders among {@code names} until interrupted. */
    public Summary watch(final List<String> names, final Listener listener) throws IOException {
        final List<Path> folders =
                names.stream().map(Path::of).filter(Files::isDirectory).toList();
        if (folders.isEmpty()) {
            return summary;
        }
        try (FolderWatcher watcher = new FolderWatcher(folders, file -> {
            try {
                handle(0, 0, file.toString(), listener);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })) {
            watcher.alreadyRead(folders.stream()
                    .flatMap(f -> ArticleInputs.pagesIn(f).stream())
                    .toList());
            watcher.run();
        }
        return summary;
    }

    private void handle(final int index, final int total, final String name, final Listener listener)
            throws IOException {
        final ArticleInputs.Outcome outcome = inputs.read(name, date, source, stdin);
        summary = summary.plus(outcome);
        listener.accept(index, total, outcome);
    }

    public Summary summary() {
        return summary;
    }
}
