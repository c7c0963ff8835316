package io.newsalert.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.streams.extract.eval.ClosureFields;
import io.newsalert.streams.extract.eval.LabelledArticles;
import io.newsalert.testing.Corpus;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeedClosuresTest {

    private final ClosureExtractor extractor = ClosureExtractors.standard(Optional.empty());

    @Test
    void shouldExtractTheSeedPagesFiveClosuresExactlyAsItsGold() throws IOException {
        final List<ClosureFields> predicted = new ArrayList<>();
        SeedArticles.traffic()
                .forEach(a ->
                        extractor.extract(a).stream().map(ClosureFields::of).forEach(predicted::add));

        assertThat(predicted).containsExactlyElementsOf(gold());
    }

    @Test
    void shouldFindTheFiveClosuresAndNoOthersOnTheWholePageAsThePageReaderReadsIt() throws IOException {
        final List<ClosureFields> predicted = SeedArticles.wholePage().stream()
                .flatMap(a -> extractor.extract(a).stream())
                .map(ClosureFields::of)
                .toList();

        assertThat(predicted).containsExactlyElementsOf(gold());
    }

    @Test
    void shouldFindNoClosuresOnTheSecondDevPageWhoseOnlyTrafficArticleStopsBusesButClosesNoRoad() throws IOException {
        final String text = java.nio.file.Files.readString(Corpus.file("dev-page-01.txt"));
        final List<Article> articles = io.newsalert.producer.page.PageReaders.standard()
                .read(text, new io.newsalert.producer.page.PageInfo("dev-page-01.txt", LocalDate.of(2022, 9, 16), null))
                .articles();

        assertThat(articles).isNotEmpty();
        assertThat(articles.stream().flatMap(a -> extractor.extract(a).stream()).toList())
                .isEmpty();
    }

    @Test
    void shouldResolveTodayAgainstTheDatelineTheReaderSet() {
        final Article read = SeedArticles.article(SeedArticles.GAS_MAINS, "gas");
        final Article withDateline = Article.newBuilder(read)
                .setDateline(LocalDate.of(2022, 5, 24))
                .setBody(read.getBody().replace("本报讯 5月24日，", ""))
                .build();

        assertThat(extractor.extract(withDateline))
                .extracting(TrafficClosure::getStart)
                .containsOnly(LocalDate.of(2022, 5, 24));
    }

    @Test
    void shouldGiveTheReasonTheAuthorityAndTheSentence() {
        final TrafficClosure first = extractor
                .extract(SeedArticles.article(SeedArticles.GAS_MAINS, "gas"))
                .get(0);

        assertThat(first.getReason()).isEqualTo("更换老旧燃气管线");
        assertThat(first.getAuthority()).isEqualTo("交警支队");
        assertThat(first.getSentence()).contains("桃园北路旱西关街至府西街段的东侧非机动车道");
    }

    @Test
    void shouldGiveTheSameIdsWhenTheSameArticleIsReadAgain() {
        final Article article = SeedArticles.article(SeedArticles.GAS_MAINS, "gas");
        final List<String> first =
                extractor.extract(article).stream().map(TrafficClosure::getId).toList();
        final List<String> again = ClosureExtractors.standard(Optional.empty()).extract(article).stream()
                .map(TrafficClosure::getId)
                .toList();

        assertThat(again).isEqualTo(first).doesNotHaveDuplicates().hasSize(4);
    }

    private static List<ClosureFields> gold() throws IOException {
        final JsonNode page = new ObjectMapper()
                .readTree(Corpus.file("taiyuan-daily-2022-05-25-p2.gold.json").toFile());
        final List<ClosureFields> gold = new ArrayList<>();
        for (final JsonNode article : page.get("articles")) {
            for (final JsonNode c : article.path("closures")) {
                gold.add(new ClosureFields(
                        c.get("road").asText(),
                        text(c, "from"),
                        text(c, "to"),
                        LabelledArticles.side(text(c, "side"), "seed gold"),
                        LabelledArticles.lane(text(c, "lane"), "seed gold"),
                        LocalDate.parse(c.get("start").asText()),
                        LocalDate.parse(c.get("end").asText())));
            }
        }
        return gold;
    }

    private static String text(final JsonNode node, final String field) {
        return node.get(field) == null || node.get(field).isNull()
                ? null
                : node.get(field).asText();
    }
}
