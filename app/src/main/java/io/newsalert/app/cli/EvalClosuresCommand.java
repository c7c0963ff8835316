package io.newsalert.app.cli;

import io.newsalert.streams.extract.ClosureExtractor;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.streams.extract.eval.ClosureEvaluation;
import io.newsalert.streams.extract.eval.EvaluationReport;
import io.newsalert.streams.extract.eval.LabelledArticle;
import io.newsalert.streams.extract.eval.LabelledArticles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores the closure extractor against labelled article files: precision, recall and F1 for each of road, from,
 * to, side, lane, start and end and overall, the segments exactly right, and every error (missed, spurious, wrong
 * field). How predicted and gold segments are matched is documented on {@link ClosureEvaluation}.
 */
@Command(
        name = "closures",
        mixinStandardHelpOptions = true,
        description =
                "Scores the closure extractor against labelled article files (JSON lines with a 'closures' field).")
public final class EvalClosuresCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE.jsonl", description = "Labelled articles, one JSON object a line.")
    private List<Path> files;

    @Option(
            names = "--roads",
            paramLabel = "FILE",
            description = "A list of road names, one a line, to recognise whole.")
    private Path roads;

    @Option(names = "--no-errors", description = "Print the scores only, not the list of errors.")
    private boolean noErrors;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        final List<LabelledArticle> articles = new ArrayList<>();
        files.forEach(f -> articles.addAll(LabelledArticles.read(f)));
        final ClosureExtractor extractor = ClosureExtractors.standard(Optional.ofNullable(roads));
        final EvaluationReport report = ClosureEvaluation.score(articles, extractor);
        final EvaluationReport shown = noErrors
                ? new EvaluationReport(
                        report.articles(),
                        report.goldSegments(),
                        report.predictedSegments(),
                        report.exactSegments(),
                        report.fields(),
                        List.of())
                : report;
        final PrintWriter out = spec.commandLine().getOut();
        out.print(shown.format());
        out.flush();
        return 0;
    }
}
