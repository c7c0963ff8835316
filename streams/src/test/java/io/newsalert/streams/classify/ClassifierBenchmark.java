package io.newsalert.streams.classify;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import io.newsalert.schemas.Article;
import io.newsalert.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The classifier on real article text (the labelled corpus and the seed page), single-threaded, beside HanLP's
 * standard segmenter alone on the same text, so the classifier's own cost shows as a ratio. Scores are articles per
 * second (one operation is one article); the {@code bytes} counter is UTF-8 bytes of text per second.
 * Run: {@code mvn -B -q -pl streams -am -Pbench test-compile}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m", "-Dfile.encoding=UTF-8"})
@Threads(1)
public class ClassifierBenchmark {

    /** The articles, read once. */
    @State(Scope.Benchmark)
    public static class Articles {
        List<Article> articles;
        long[] bytes;
        Classifier classifier;
        WordSegmenter segmenter;
        int next;

        @Setup(Level.Trial)
        public void read() throws IOException {
            articles = new ArrayList<>();
            TopicLabelledArticle.read(Corpus.file("dev-topics.jsonl")).forEach(a -> articles.add(a.article()));
            TopicLabelledArticle.read(Corpus.file("dev-traffic.jsonl")).forEach(a -> articles.add(a.article()));
            GoldPageArticles.read(
                            Corpus.file("taiyuan-daily-2022-05-25-p2.txt"),
                            Corpus.file("taiyuan-daily-2022-05-25-p2.gold.json"))
                    .forEach(a -> articles.add(a.article()));
            bytes = articles.stream()
                    .mapToLong(a -> text(a).getBytes(StandardCharsets.UTF_8).length)
                    .toArray();
            classifier = Classifiers.standard(TaxonomyLoader.loadDefault());
            segmenter = new HanlpSegmenter();
        }

        int nextIndex() {
            final int i = next;
            next = (next + 1) % articles.size();
            return i;
        }
    }

    /** Text volume, reported per second beside the article rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Volume {
        public long bytes;
    }

    @Benchmark
    public void classify(final Articles in, final Volume volume, final Blackhole sink) {
        final int i = in.nextIndex();
        sink.consume(in.classifier.classify(in.articles.get(i)));
        volume.bytes += in.bytes[i];
    }

    /** The classifier's own segmenter alone: the difference to {@link #classify} is the matching and scoring. */
    @Benchmark
    public void classifierSegmenterOnly(final Articles in, final Volume volume, final Blackhole sink) {
        final int i = in.nextIndex();
        final Article article = in.articles.get(i);
        for (final String part :
                new String[] {article.getHeadline(), article.getKicker(), article.getSubtitle(), article.getBody()}) {
            if (part != null) {
                sink.consume(in.segmenter.words(part));
            }
        }
        volume.bytes += in.bytes[i];
    }

    @Benchmark
    public void hanlpStandardSegmenterOnly(final Articles in, final Volume volume, final Blackhole sink) {
        final int i = in.nextIndex();
        final Article article = in.articles.get(i);
        segment(article.getHeadline(), sink);
        segment(article.getKicker(), sink);
        segment(article.getSubtitle(), sink);
        segment(article.getBody(), sink);
        volume.bytes += in.bytes[i];
    }

    private static void segment(final String text, final Blackhole sink) {
        if (text != null && !text.isEmpty()) {
            final List<Term> terms = HanLP.segment(text);
            sink.consume(terms);
        }
    }

    private static String text(final Article a) {
        return String.join(
                "\n",
                a.getHeadline() == null ? "" : a.getHeadline(),
                a.getKicker() == null ? "" : a.getKicker(),
                a.getSubtitle() == null ? "" : a.getSubtitle(),
                a.getBody());
    }

    public static void main(final String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(ClassifierBenchmark.class.getName())
                        .build())
                .run();
    }
}
