package io.newsalert.streams.classify;

import com.hankcs.hanlp.HanLP;
import io.newsalert.schemas.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Articles per second of CPU time, single-threaded, for the classifier, its segmenter alone and HanLP's standard
 * segmenter alone, measured in interleaved rounds on the same articles. Thread CPU time does not count the time
 * other processes take the cores, so the ratios hold on a busy machine where JMH's wall-clock scores swing.
 * Usage: {@code CpuRateMain FILE.jsonl [ROUNDS]}.
 */
public final class CpuRateMain {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuRateMain() {}

    public static void main(final String[] args) {
        final List<Article> articles = TopicLabelledArticle.read(Path.of(args[0])).stream()
                .map(TopicLabelledArticle::article)
                .toList();
        final int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        final long bytes = articles.stream()
                .mapToLong(a -> (text(a.getHeadline()) + a.getBody()).getBytes(StandardCharsets.UTF_8).length)
                .sum();
        final Classifier classifier = Classifiers.standard(TaxonomyLoader.loadDefault());
        final WordSegmenter own = new HanlpSegmenter();
        for (int round = 1; round <= rounds; round++) {
            final double classify =
                    rate(articles, a -> classifier.classify(a).topics().size());
            final double ownOnly = rate(
                    articles,
                    a -> own.words(text(a.getHeadline())).size()
                            + own.words(a.getBody()).size());
            final double standard = rate(
                    articles,
                    a -> HanLP.segment(text(a.getHeadline())).size()
                            + HanLP.segment(a.getBody()).size());
            System.out.printf(
                    Locale.ROOT,
                    "round %d: classify %.0f articles/s (%.2f MB/s); its segmenter alone %.0f/s;"
                            + " HanLP standard segmenter alone %.0f/s (%.2f MB/s); classify / standard = %.2f%n",
                    round,
                    classify,
                    classify * bytes / articles.size() / 1e6,
                    ownOnly,
                    standard,
                    standard * bytes / articles.size() / 1e6,
                    classify / standard);
        }
    }

    private static double rate(final List<Article> articles, final ToIntFunction<Article> work) {
        final long start = THREADS.getCurrentThreadCpuTime();
        long sink = 0;
        for (final Article article : articles) {
            sink += work.applyAsInt(article);
        }
        final long nanos = THREADS.getCurrentThreadCpuTime() - start;
        if (sink < 0) {
            throw new IllegalStateException("unreachable");
        }
        return articles.size() / (nanos / 1e9);
    }

    private static String text(final String s) {
        return s == null ? "" : s;
    }
}
