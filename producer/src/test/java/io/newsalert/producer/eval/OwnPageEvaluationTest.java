package io.newsalert.producer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.producer.page.PageInfo;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.producer.page.PageResult;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OwnPageEvaluationTest {

    private static Path resource(final String name) throws URISyntaxException {
        return Path.of(OwnPageEvaluationTest.class.getResource("/pages/" + name).toURI());
    }

    @Test
    void shouldReadEveryArticleOfAPageInTheSameStyleRight() throws Exception {
        final String page = "jinyang-2023-03-08-p4";
        final String text = Files.readString(resource(page + ".txt"), StandardCharsets.UTF_8);

        final PageResult result = PageReaders.standard().read(text, new PageInfo(page + ".txt", null, "晋阳晚报"));
        final ParseEvaluation.Report report =
                ParseEvaluation.evaluate(result, GoldPage.read(resource(page + ".gold.json")));

        System.out.println(report.render());
        assertThat(report.right()).as(report.render()).isEqualTo(report.total());
        assertThat(report.spurious()).isEmpty();
        assertThat(result.banners()).containsExactly("春风行动进行时 岗位送到家门口");
        assertThat(result.captions()).hasSize(1);
        assertThat(result.sectionLabels()).containsExactly("民生·城建");
        assertThat(result.articles().get(0).getPublished()).hasToString("2023-03-08");
    }
}
