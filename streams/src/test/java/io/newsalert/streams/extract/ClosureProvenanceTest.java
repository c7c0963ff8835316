package io.newsalert.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every closure says how sure the extractor is and where in the article body it was read. */
class ClosureProvenanceTest {

    private final ClosureExtractor extractor = ClosureExtractors.standard(Optional.empty());

    private List<TrafficClosure> extract(final String body) {
        return extractor.extract(Article.newBuilder()
                .setId("p-1")
                .setPublished(LocalDate.parse("2024-06-01"))
                .setHeadline("测试")
                .setBody(body)
                .build());
    }

    @Test
    void shouldPointTheSpanAtTheSentenceInThePublishedBody() {
        final String body = "本报讯 记者获悉，市政部门将对管网进行检修。因雨水管道施工，6月3日至6月30日，至善路（文昌街至武成街段）封闭北半幅。";

        final TrafficClosure closure = extract(body).get(0);

        assertThat(body.substring(closure.getSpanStart(), closure.getSpanEnd()))
                .isEqualTo("因雨水管道施工，6月3日至6月30日，至善路（文昌街至武成街段）封闭北半幅。");
    }

    @Test
    void shouldPointTheSpanAtThePublishedTextWhenNormalisingDroppedCharacters() {
        final String body = "本报讯（星期一） 记者获悉，６月３日至６月３０日， 至善路（文昌街至武成街段） 封闭北半幅。";

        final TrafficClosure closure = extract(body).get(0);

        assertThat(body.substring(closure.getSpanStart(), closure.getSpanEnd()))
                .startsWith("本报讯")
                .contains("至善路")
                .endsWith("封闭北半幅。");
    }

    @Test
    void shouldBeSurerOfAnExplicitSegmentThanOfOneReachedThroughAPointingWord() {
        final double explicit = extract("6月3日至6月30日，至善路（文昌街至武成街段）封闭北半幅。").get(0).getConfidence();
        final double pointed =
                extract("文化路将进行管道迁改，施工范围为和平街至光明巷段。6月3日至6月30日，该路段将全封闭。").get(0).getConfidence();

        assertThat(explicit).isGreaterThan(pointed).isLessThanOrEqualTo(1.0);
        assertThat(pointed).isGreaterThan(0.0);
    }

    @Test
    void shouldLowerTheConfidenceOfAClosureWithoutAStartDate() {
        final double dated = extract("6月3日至6月30日，至善路（文昌街至武成街段）封闭北半幅。").get(0).getConfidence();
        final double undated = extract("至善路（文昌街至武成街段）将封闭北半幅。").get(0).getConfidence();

        assertThat(undated).isLessThan(dated);
    }
}
