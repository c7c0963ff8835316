package io.newsalert.app.cli;

import io.newsalert.producer.eval.GoldPage;
import io.newsalert.producer.eval.ParseEvaluation;
import io.newsalert.producer.input.ArticleInputs;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.producer.page.PageResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores the page reader against a page and its gold file: one line per gold article saying whether it came out
 * right (and what is wrong when not), the spurious articles, and the total of articles fully right.
 */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = "Scores the page reader against a page and its gold file.")
public final class EvalParseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PAGE", description = "The page's text file.")
    private Path page;

    @Parameters(index = "1", paramLabel = "GOLD.json", description = "Its gold, in the format beside the seed page.")
    private Path gold;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Edition date; the gold's 'published' by default.")
    private LocalDate date;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        final PrintWriter out = spec.commandLine().getOut();
        final GoldPage goldPage = GoldPage.read(gold);
        final LocalDate edition = date != null ? date : goldPage.published();
        final PageResult result = new ArticleInputs(PageReaders.standard()).read(page, edition, null);
        final ParseEvaluation.Report report = ParseEvaluation.evaluate(result, goldPage);
        out.print(report.render());
        out.flush();
        return 0;
    }
}
