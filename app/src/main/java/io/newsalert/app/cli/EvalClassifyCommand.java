package io.newsalert.app.cli;

import io.newsalert.schemas.json.ArticleLines;
import io.newsalert.streams.classify.ClassifierEvaluation;
import io.newsalert.streams.classify.Classifiers;
import io.newsalert.streams.classify.InvalidTaxonomyException;
import io.newsalert.streams.classify.Taxonomy;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.classify.TopicLabelledArticle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Scores the classifier against labelled article files ({@code labels} field): per topic precision, recall and F1,
 * the macro-F1 over the taxonomy's topics, and the ids of the articles it got wrong. A bad line is named on standard
 * error and left out of the scores.
 */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = "Scores the classifier against labelled article files.")
public final class EvalClassifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE.jsonl", description = "Labelled article files.")
    private List<Path> files;

    @Option(names = "--taxonomy", paramLabel = "FILE", description = "Taxonomy YAML replacing the bundled one.")
    private Path taxonomyFile;

    @Override
    public Integer call() {
        final Taxonomy taxonomy = loadTaxonomy();
        final List<TopicLabelledArticle> articles = new ArrayList<>();
        for (final Path file : files) {
            final ArticleLines.Read read = ArticleLines.read(file);
            read.problems().forEach(spec.commandLine().getErr()::println);
            read.lines().forEach(line -> articles.add(TopicLabelledArticle.of(line)));
        }
        final ClassifierEvaluation.Report report = ClassifierEvaluation.evaluate(
                Classifiers.standard(taxonomy),
                taxonomy.topics().stream().map(Taxonomy.TopicDefinition::name).toList(),
                articles);
        print(report, spec.commandLine().getOut());
        return 0;
    }

    private static void print(final ClassifierEvaluation.Report report, final PrintWriter out) {
        out.printf(
                Locale.ROOT, "%-12s %9s %7s %6s %4s %4s %4s%n", "topic", "precision", "recall", "F1", "TP", "FP", "FN");
        for (final ClassifierEvaluation.TopicResult t : report.topics()) {
            out.printf(
                    Locale.ROOT,
                    "%-12s %9.3f %7.3f %6.3f %4d %4d %4d%n",
                    t.topic(),
                    t.precision(),
                    t.recall(),
                    t.f1(),
                    t.truePositives(),
                    t.falsePositives().size(),
                    t.falseNegatives().size());
        }
        out.printf(
                Locale.ROOT,
                "macro-F1 %.3f over %d articles; %d with exactly their labels.%n",
                report.macroF1(),
                report.articles(),
                report.exactMatches());
        for (final ClassifierEvaluation.TopicResult t : report.topics()) {
            if (!t.falsePositives().isEmpty()) {
                out.printf(Locale.ROOT, "%s false positives: %s%n", t.topic(), String.join(" ", t.falsePositives()));
            }
            if (!t.falseNegatives().isEmpty()) {
                out.printf(Locale.ROOT, "%s false negatives: %s%n", t.topic(), String.join(" ", t.falseNegatives()));
            }
        }
        out.flush();
    }

    private Taxonomy loadTaxonomy() {
        try {
            return TaxonomyLoader.loadOrDefault(Optional.ofNullable(taxonomyFile));
        } catch (InvalidTaxonomyException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
