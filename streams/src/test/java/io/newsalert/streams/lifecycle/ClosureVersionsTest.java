package io.newsalert.streams.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClosureStatus;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClosureVersionsTest {

    private final Map<String, TrafficClosure> store = new HashMap<>();
    private final ClosureVersions.Known known = new ClosureVersions.Known() {
        @Override
        public TrafficClosure get(final String key) {
            return store.get(key);
        }

        @Override
        public Collection<TrafficClosure> all() {
            return store.values();
        }
    };

    @Test
    void shouldLeaveOtherSegmentsOfTheRoadAloneWhenTheSentenceNamesTheCrossStreets() {
        keep(apply(
                article("a1", "2022-06-01", "公告"),
                closure("a1", "新建路", "府东街", "府西街"),
                closure("a1", "新建路", "南内环街", "长风街")));

        final var changed = apply(article("a2", "2022-06-20", "新建路府东街至府西街段施工期限延长至7月20日。"));

        assertThat(changed).singleElement().satisfies(c -> {
            assertThat(c.getFrom()).isEqualTo("府东街");
            assertThat(c.getEnd()).isEqualTo(LocalDate.of(2022, 7, 20));
            assertThat(c.getRevision()).isEqualTo(2);
        });
    }

    @Test
    void shouldOpenANewLifeForASegmentAnnouncedAgainAfterItWasCalledOff() {
        keep(apply(article("a1", "2022-06-01", "公告"), closure("a1", "新建路", "府东街", "府西街")));
        keep(apply(article("a2", "2022-06-10", "新建路府东街至府西街段取消封闭。")));

        final var again = apply(article("a3", "2022-09-01", "公告"), closure("a3", "新建路", "府东街", "府西街"));

        assertThat(again).singleElement().satisfies(c -> {
            assertThat(c.getStatus()).isEqualTo(ClosureStatus.ACTIVE);
            assertThat(c.getRevision()).isEqualTo(3);
            assertThat(c.getAnnounced()).isEqualTo(LocalDate.of(2022, 9, 1));
        });
    }

    @Test
    void shouldNotLetAnOlderReportArrivingLateUndoAnExtension() {
        keep(apply(article("a1", "2022-06-01", "公告"), closure("a1", "新建路", "府东街", "府西街")));
        keep(apply(article("a3", "2022-06-25", "新建路府东街至府西街段施工期限延长至7月20日。")));

        assertThat(apply(article("a2", "2022-06-02", "报道"), closure("a2", "新建路", "府东街", "府西街")))
                .isEmpty();
    }

    @Test
    void shouldChangeNothingWhenNoKnownClosureIsOnTheRoadTheSentenceNames() {
        keep(apply(article("a1", "2022-06-01", "公告"), closure("a1", "新建路", "府东街", "府西街")));

        assertThat(apply(article("a2", "2022-06-10", "和平路施工期限延长至7月1日。"))).isEmpty();
    }

    private List<TrafficClosure> apply(final Article a, final TrafficClosure... extracted) {
        return ClosureVersions.apply(a, List.of(extracted), known);
    }

    private void keep(final List<TrafficClosure> versions) {
        versions.forEach(v -> store.put(v.getId(), v));
    }

    private static Article article(final String id, final String published, final String body) {
        return Article.newBuilder()
                .setId(id)
                .setPublished(LocalDate.parse(published))
                .setHeadline("h")
                .setBody(body)
                .build();
    }

    private static TrafficClosure closure(
            final String articleId, final String road, final String from, final String to) {
        return TrafficClosure.newBuilder()
                .setId(articleId + "/x")
                .setArticleId(articleId)
                .setRoad(road)
                .setFrom(from)
                .setTo(to)
                .setSide(Side.BOTH_DIRECTIONS)
                .setLane(Lane.HALF_ROAD)
                .setStart(LocalDate.of(2022, 6, 2))
                .setEnd(LocalDate.of(2022, 6, 30))
                .build();
    }
}
