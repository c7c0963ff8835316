package io.newsalert.streams.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.TrafficClosure;
import io.newsalert.streams.extract.ClosureExtractor;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over every labelled file in the repository (the corpus, the closure batches and the test
 * resources): no closure may name a generic word as its road, and the closures of an article may not depend on
 * what was read before it.
 */
class LabelledCorpusClosuresTest {

    /** Words taken for roads by earlier versions of the extractor, or built like them. */
    private static final List<String> GENERIC = List.of(
            "占道", "两个路段", "两个路", "三处路", "三处路口", "不断路", "断路", "这两个路段", "马路", "道路", "车道", "一条路", "该路", "此路", "修路", "封路",
            "路段", "路口", "大街", "大道");

    private static List<LabelledArticle> everyLabelledArticle() {
        final List<LabelledArticle> out = new ArrayList<>();
        for (final Path file : labelledFiles()) {
            out.addAll(LabelledArticles.read(file));
        }
        return out;
    }

    static List<Path> labelledFiles() {
        final List<Path> files = new ArrayList<>();
        try {
            final Path resources = Path.of(LabelledCorpusClosuresTest.class
                            .getResource("/extract")
                            .toURI())
                    .getParent();
            for (final Path dir : List.of(Corpus.dir(), Corpus.dir().resolve("closures"), resources)) {
                try (Stream<Path> walk = Files.walk(dir, dir.equals(resources) ? 3 : 1)) {
                    walk.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    @Test
    void shouldReadEnoughLabelledFilesToMeanSomething() {
        assertThat(labelledFiles())
                .extracting(p -> p.getFileName().toString())
                .contains("dev-traffic.jsonl", "dev-topics.jsonl", "batch-01.jsonl", "fresh-notices.jsonl");
    }

    @Test
    void shouldNeverNameAGenericWordAsARoad() {
        final ClosureExtractor extractor = ClosureExtractors.standard(Optional.empty());
        final List<String> generic = new ArrayList<>();
        for (final LabelledArticle labelled : everyLabelledArticle()) {
            for (final TrafficClosure closure : extractor.extract(labelled.article())) {
                if (GENERIC.contains(closure.getRoad())
                        || closure.getRoad().length() < 2
                        || closure.getRoad().matches("^[这那该此]?[一二三四五六七八九十两几\\d]+[个处条段座].*")) {
                    generic.add(labelled.article().getId() + ": " + closure.getRoad());
                }
            }
        }

        assertThat(generic).isEmpty();
    }

    @Test
    void shouldGiveTheSameClosuresWhateverWasReadBeforeAndOnAnyInstance() {
        final List<LabelledArticle> articles = everyLabelledArticle();
        final ClosureExtractor shared = ClosureExtractors.standard(Optional.empty());

        final List<Integer> order =
                new ArrayList<>(IntStream.range(0, articles.size()).boxed().toList());
        final Map<Integer, List<TrafficClosure>> forward = readAll(shared, articles, order);
        Collections.reverse(order);
        final Map<Integer, List<TrafficClosure>> backward = readAll(shared, articles, order);
        final Map<Integer, List<TrafficClosure>> fresh =
                readAll(ClosureExtractors.standard(Optional.empty()), articles, order);

        assertThat(forward.values().stream().mapToInt(List::size).sum()).isGreaterThan(100);
        assertThat(backward).isEqualTo(forward);
        assertThat(fresh).isEqualTo(forward);
    }

    private static Map<Integer, List<TrafficClosure>> readAll(
            final ClosureExtractor extractor, final List<LabelledArticle> articles, final List<Integer> order) {
        final Map<Integer, List<TrafficClosure>> out = new LinkedHashMap<>();
        for (final int i : order) {
            out.put(i, extractor.extract(articles.get(i).article()));
        }
        return out;
    }
}
