package io.newsalert.producer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.producer.page.PageInfo;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.producer.page.PageResult;
import io.newsalert.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParseEvaluationTest {

    private static ParseEvaluation.Report score(final String page, final LocalDate date) throws Exception {
        final String text = Files.readString(Corpus.file(page + ".txt"), StandardCharsets.UTF_8);
        final PageResult result = PageReaders.standard().read(text, new PageInfo(page, date, null));
        final ParseEvaluation.Report report =
                ParseEvaluation.evaluate(result, GoldPage.read(Corpus.file(page + ".gold.json")));
        System.out.println(report.render());
        return report;
    }

    @Test
    void shouldReadEveryArticleOfTheSeedPageRight() throws Exception {
        final ParseEvaluation.Report report = score("taiyuan-daily-2022-05-25-p2", LocalDate.of(2022, 5, 25));

        assertThat(report.right()).isEqualTo(11);
        assertThat(report.total()).isEqualTo(11);
        assertThat(report.spurious()).isEmpty();
    }

    @Test
    void shouldReadEveryArticleOfTheDevPageRight() throws Exception {
        final ParseEvaluation.Report report = score("dev-page-01", LocalDate.of(2022, 9, 16));

        assertThat(report.right()).isEqualTo(report.total());
        assertThat(report.spurious()).isEmpty();
    }
}
