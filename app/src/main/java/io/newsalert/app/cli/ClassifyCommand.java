package io.newsalert.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.producer.input.ArticleInputs;
import io.newsalert.producer.json.ArticleJson;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.schemas.Article;
import io.newsalert.streams.classify.Classification;
import io.newsalert.streams.classify.Classifier;
import io.newsalert.streams.classify.Classifiers;
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
        final ArticleInputs inputs = new ArticleInputs(PageReaders.standard());
        int failed = 0;
        for (final String input : ArticleInputs.expand(files.stream().map(Path::toString).toList())) {
            final ArticleInputs.Outcome outcome = inputs.read(input, date, null, System.in);
            outcome.problems().forEach(p -> spec.commandLine().getErr().println("newsalert classify: " + p));
            outcome.result().warnings().forEach(w -> spec.commandLine().getErr().println(input + ": " + w));
            failed += outcome.failed() ? 1 : 0;
            for (final Article article : outcome.result().articles()) {
                out.println(JSON.writeValueAsString(line(article, classifier, extractor)));
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
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
