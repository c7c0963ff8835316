package io.newsalert.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.ArticleIds;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleLinesTest {

    private static final String GOOD = "{\"id\": \"t-1\", \"published\": \"2022-05-25\", \"headline\": \"桃园北路半幅封闭\","
            + " \"body\": \"本报讯 桃园北路东侧非机动车道封闭施工。\", \"labels\": [\"traffic\"]}";

    @Test
    void shouldKeepTheIdAndTheOtherFieldsOfTheLine() {
        final ArticleLines.Read read = ArticleLines.read(GOOD, "a.jsonl", null, null);

        assertThat(read.problems()).isEmpty();
        assertThat(read.articles()).singleElement().satisfies(a -> {
            assertThat(a.getId()).isEqualTo("t-1");
            assertThat(a.getPublished()).isEqualTo(LocalDate.of(2022, 5, 25));
        });
        assertThat(read.lines().get(0).node().path("labels").get(0).asText()).isEqualTo("traffic");
        assertThat(read.lines().get(0).where()).isEqualTo("a.jsonl line 1");
    }

    @Test
    void shouldMakeAMissingIdAsPageArticlesGetTheirsAndTakeTheEditionDateGiven() {
        final LocalDate edition = LocalDate.of(2022, 5, 25);
        final Article a = ArticleLines.read("{\"headline\": \"迎泽大街\", \"body\": \"道路施工。\"}", "b.jsonl", edition, "太原日报")
                .orThrow()
                .get(0)
                .article();

        assertThat(a.getId()).isEqualTo(ArticleIds.of(edition, "迎泽大街", "道路施工。"));
        assertThat(a.getPublished()).isEqualTo(edition);
        assertThat(a.getSource()).isEqualTo("太原日报");
    }

    @Test
    void shouldNameTheFileAndLineOfEachBadLineAndKeepTheRest() {
        final String text = GOOD + "\n{not json\n\n{\"id\": \"x\", \"published\": \"25/05/2022\", \"body\": \"正文\"}\n"
                + "{\"id\": \"y\", \"body\": \"正文\"}\n" + GOOD.replace("t-1", "t-2");

        final ArticleLines.Read read = ArticleLines.read(text, "c.jsonl", null, null);

        assertThat(read.articles()).extracting(Article::getId).containsExactly("t-1", "t-2");
        assertThat(read.problems()).hasSize(3);
        assertThat(read.problems().get(0)).startsWith("c.jsonl line 2: not a JSON object");
        assertThat(read.problems().get(1))
                .isEqualTo("c.jsonl line 4: \"published\" must be YYYY-MM-DD, not '25/05/2022'.");
        assertThat(read.problems().get(2)).startsWith("c.jsonl line 5: the article has no \"published\" date");
        assertThatThrownBy(read::orThrow)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c.jsonl line 2")
                .hasMessageContaining("c.jsonl line 5");
    }

    @Test
    void shouldRefuseALineWithoutBody() {
        assertThat(ArticleLines.read("{\"id\": \"z\", \"published\": \"2022-05-25\"}", "d.jsonl", null, null)
                        .problems())
                .containsExactly("d.jsonl line 1: the article has no \"body\".");
    }
}
