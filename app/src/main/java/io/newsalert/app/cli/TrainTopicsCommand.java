package io.newsalert.app.cli;

import io.newsalert.producer.eval.GoldPageArticles;
import io.newsalert.streams.classify.TopicCorpus;
import io.newsalert.streams.classify.TopicLabelledArticle;
import io.newsalert.streams.classify.TopicModel;
import io.newsalert.streams.classify.TopicModelTrainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Trains the statistical topic model on the labelled articles of a checkout and writes it where the classifier
 * finds it, so that the bundled model can be rebuilt and reviewed: the same corpus always gives the same file.
 */
@Command(
        name = "train-topics",
        mixinStandardHelpOptions = true,
        description = "Trains the topic model on the labelled corpus and writes it as a model file.")
public final class TrainTopicsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The labelled corpus folder (default: corpus).")
    private Path corpus = Path.of("corpus");

    @Option(
            names = "--tests",
            paramLabel = "DIR",
            description = "The classifier's labelled test files (default: streams/src/test/resources/classify).")
    private Path tests = Path.of("streams", "src", "test", "resources", "classify");

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write the model (default: streams/src/main/resources/topic-model.tsv).")
    private Path out = Path.of("streams", "src", "main", "resources", "topic-model.tsv");

    @Override
    public Integer call() throws IOException {
        final List<Path> files = TopicCorpus.trainingFiles(corpus, tests);
        final List<TopicLabelledArticle> articles = new ArrayList<>(TopicCorpus.read(files));
        final List<Path> pages = TopicCorpus.pages(corpus);
        for (final Path page : pages) {
            GoldPageArticles.read(page, TopicCorpus.goldOf(page))
                    .forEach(a -> articles.add(new TopicLabelledArticle(a.article(), a.labels())));
        }
        final TopicModel model = new TopicModelTrainer(List.of("traffic", "employment", "safety")).train(articles);
        Files.writeString(out, model.write(), StandardCharsets.UTF_8);
        spec.commandLine()
                .getErr()
                .printf(
                        "Trained the topic model %s on %d articles of %d files and %d pages; wrote %s.%n",
                        model.fingerprint(), articles.size(), files.size(), pages.size(), out);
        return 0;
    }
}
