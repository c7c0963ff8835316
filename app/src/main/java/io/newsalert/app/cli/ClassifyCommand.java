package io.newsalert.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.producer.input.ArticleInputs;
import io.newsalert.producer.json.ArticleJson;
import io.newsalert.producer.page.SimplePageReader;
import io.newsalert.schemas.Article;
import io.newsalert.streams.classify.ArticleLines;
import io.newsalert.streams.classify.Classification;
import io.newsalert.streams.classify.Classifier;
import io.newsalert.streams.classify.Classifiers;
import io.newsalert.streams.classify.LabelledArticle;
import io.newsalert.streams.classify.InvalidTaxonomyException;
import io.newsalert.streams.classify.Taxonomy;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ClosureExtractor;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.streams.extract.ClosureJson;
import io.newsalert.streams.topology.ArticleTopology;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads page or article files and prints each article with its topics and closures, one JSON object a line
 * (DESIGN.md's contract), with the same classifier and extractor as the streams role. {@code .jsonl} files are
 * articles whose ids are kept; any other file is the text of a page.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Reads page or article files and prints each article with its topics and closures.")
public final class ClassifyCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Page text files or .jsonl article files.")
    private List<Path> files;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Edition date of page files.")
    private LocalDate date;

    @Option(names = "--taxonomy", paramLabel = "FILE", description = "Taxonomy YAML replacing the bundled one.")
    private Path taxonomy;

    @Option(names = "--roads", paramLabel = "FILE", description = "Road names for the closure extractor.")
    private Path roads;

    @Override
    public Integer call() throws IOException {
        final Classifier classifier = Classifiers.standard(loadTaxonomy());
        final ClosureExtractor extractor = ClosureExtractors.standard(Optional.ofNullable(roads));
        final PrintWriter out = spec.commandLine().getOut();
        for (final Path file : files) {
            for (final Article article : read(file)) {
                out.println(JSON.writeValueAsString(line(article, classifier, extractor)));
            }
        }
        out.flush();
        return 0;
    }

    private List<Article> read(final Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            return ArticleLines.read(file).stream().map(LabelledArticle::article).toList();
        }
        // The layout-aware reader (PageReaders.standard()) replaces this first reader when it lands.
        return new ArticleInputs(new SimplePageReader()).read(file, date, null).articles();
    }

    private static Map<String, Object> line(final Article article, final Classifier classifier,
            final ClosureExtractor extractor) {
        final Classification result = classifier.classify(article);
        final Map<String, Object> json = ArticleJson.toMap(article);
        json.put("topics", result.topics());
        json.put("closures", result.topics().contains(ArticleTopology.TRAFFIC)
                ? extractor.extract(article).stream().map(ClosureJson::toMap).toList() : List.of());
        return json;
    }

    private Taxonomy loadTaxonomy() {
        try {
            return TaxonomyLoader.loadOrDefault(Optional.ofNullable(taxonomy));
        } catch (InvalidTaxonomyException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
