package io.newsalert.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.producer.input.ArticleInputs;
import io.newsalert.producer.input.InputBatch;
import io.newsalert.producer.json.ArticleJson;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.json.ClosureJson;
import io.newsalert.schemas.json.JsonMappers;
import io.newsalert.streams.classify.Classification;
import io.newsalert.streams.classify.Classifier;
import io.newsalert.streams.classify.Classifiers;
import io.newsalert.streams.classify.InvalidTaxonomyException;
import io.newsalert.streams.classify.Taxonomy;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ClosureExtractor;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.streams.topology.ArticleTopology;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Reads page or article files and prints each article with its topics and closures, one JSON object a line
 * (docs/architecture.md's contract), with the same classifier and extractor as the streams role. Inputs are read like
 * {@code newsalert parse} reads them: {@code .jsonl} files are articles whose ids are kept, other files are pages
 * read by the layout-aware page reader; a bad input is reported by name and the exit status is 1.
 */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = "Reads page or article files and prints each article with its topics and closures.")
public final class ClassifyCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = JsonMappers.standard();

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Page text files, .jsonl article files, folders, or - for standard input.")
    private List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Edition date of page files.")
    private LocalDate date;

    @Option(names = "--taxonomy", paramLabel = "FILE", description = "Taxonomy YAML replacing the bundled one.")
    private Path taxonomy;

    @Option(names = "--roads", paramLabel = "FILE", description = "Road names for the closure extractor.")
    private Path roads;

    @Override
    public Integer call() throws IOException {
        final Taxonomy loaded = loadTaxonomy();
        // HanLP's dictionaries and the topic model load on the second core while the first reads the inputs.
        final CompletableFuture<Classifier> building =
                CompletableFuture.supplyAsync(() -> warm(Classifiers.standard(loaded)));
        final ClosureExtractor extractor = ClosureExtractors.standard(Optional.ofNullable(roads));
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final AtomicInteger unread = new AtomicInteger();
        final InputBatch batch = new InputBatch(new ArticleInputs(PageReaders.standard()), date, null, System.in);
        final InputBatch.Summary summary = batch.run(inputs, (index, total, outcome) -> {
            outcome.result().warnings().forEach(w -> err.println("warning: " + w));
            outcome.problems().forEach(p -> err.println("error: " + p));
            // Articles are independent and the classifier and extractor are thread-safe: use every core, print in
            // order.
            final Classifier classifier = built(building);
            outcome.result().articles().parallelStream()
                    .map(article -> json(line(article, classifier, extractor, err, unread)))
                    .toList()
                    .forEach(out::println);
            err.flush();
        });
        out.flush();
        return summary.failed() > 0 || unread.get() > 0 ? 1 : 0;
    }

    /** The classifier after one article, so that its dictionaries and model are loaded. */
    private static Classifier warm(final Classifier classifier) {
        classifier.classify(Article.newBuilder()
                .setId("warm-up")
                .setPublished(LocalDate.of(2022, 5, 25))
                .setHeadline("道路封闭施工")
                .setBody("道路封闭施工。")
                .build());
        return classifier;
    }

    private static Classifier built(final CompletableFuture<Classifier> building) {
        try {
            return building.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static String json(final Map<String, Object> line) {
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write an article as JSON.", e);
        }
    }

    private static Map<String, Object> line(
            final Article article,
            final Classifier classifier,
            final ClosureExtractor extractor,
            final PrintWriter err,
            final AtomicInteger unread) {
        final Classification result = classifier.classify(article);
        final Map<String, Object> json = ArticleJson.toMap(article);
        json.put("topics", result.topics());
        json.put(
                "closures",
                result.topics().contains(ArticleTopology.TRAFFIC)
                        ? closures(article, extractor, err, unread)
                        : List.of());
        return json;
    }

    /**
     * The article's closures; when the extractor fails on it, none, with an error naming the article, so that one
     * article the rules cannot read does not stop the batch.
     */
    private static List<Map<String, Object>> closures(
            final Article article,
            final ClosureExtractor extractor,
            final PrintWriter err,
            final AtomicInteger unread) {
        try {
            return extractor.extract(article).stream().map(ClosureJson::toMap).toList();
        } catch (RuntimeException e) {
            unread.incrementAndGet();
            synchronized (err) {
                err.println("error: article " + article.getId() + ": its closures could not be read (" + e
                        + "); it is printed without closures.");
            }
            return List.of();
        }
    }

    private Taxonomy loadTaxonomy() {
        try {
            return TaxonomyLoader.loadOrDefault(Optional.ofNullable(taxonomy));
        } catch (InvalidTaxonomyException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
