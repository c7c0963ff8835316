package io.newsalert.producer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.producer.page.PageInfo;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.producer.page.PageResult;
import io.newsalert.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The labelled page batches of {@code corpus/pages/}, each scored before the reader was changed for it (see
 * docs/evaluation-log.md): the reader must keep all but one article of each batch fully right, and make up none.
 */
class PageBatchQualityTest {

    @ParameterizedTest
    @CsvSource({"batch-01, 16", "batch-02, 14", "batch-03, 11", "batch-04, 10"})
    void shouldKeepEveryBatchAtMostOneArticleShortOfFullyRightWithNoSpuriousArticle(
            final String batch, final int articles) throws IOException {
        long right = 0;
        int total = 0;
        final StringBuilder renders = new StringBuilder();
        try (Stream<Path> files = Files.list(Corpus.file("pages").resolve(batch))) {
            for (final Path text :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                final Path gold =
                        text.resolveSibling(text.getFileName().toString().replace(".txt", ".gold.json"));
                final GoldPage expected = GoldPage.read(gold);
                final PageResult result = PageReaders.standard()
                        .read(
                                Files.readString(text, StandardCharsets.UTF_8),
                                new PageInfo(text.getFileName().toString(), expected.published(), "太原日报"));
                final ParseEvaluation.Report report = ParseEvaluation.evaluate(result, expected);
                renders.append(text.getFileName()).append('\n').append(report.render());
                assertThat(report.spurious()).as(renders.toString()).isEmpty();
                right += report.right();
                total += report.total();
            }
        }

        assertThat(total).isEqualTo(articles);
        assertThat(right).as(renders.toString()).isGreaterThanOrEqualTo(articles - 1);
    }
}
