package io.newsalert.streams.extract;

import static io.newsalert.streams.extract.ExtractedClosures.closures;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import io.newsalert.streams.extract.eval.ClosureFields;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Names cut at their word boundary whatever rule proposed them, and ranges written in prose (从A到B, 在A和B之间,
 * 东起A、西至B) before or after their road.
 */
class RangeAndLeadShapesTest {

    private static ClosureFields fullRoad(
            final String road, final String from, final String to, final String start, final String end) {
        return new ClosureFields(road, from, to, null, Lane.FULL_ROAD, LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void shouldLeaveLeadingFunctionWordsOutOfEveryName() {
        assertThat(NameLead.trimmed("在白沙收费站")).isEqualTo("白沙收费站");
        assertThat(NameLead.trimmed("均为花溪大道")).isEqualTo("花溪大道");
        assertThat(NameLead.trimmed("其间光华大道")).isEqualTo("光华大道");
        assertThat(NameLead.trimmed("县城向阳路")).isEqualTo("向阳路");
        assertThat(NameLead.trimmed("北至石桥巷")).isEqualTo("石桥巷");
    }

    @Test
    void shouldKeepNamesThatOpenWithAVerbOrADirection() {
        assertThat(NameLead.trimmed("运河西路")).isEqualTo("运河西路");
        assertThat(NameLead.trimmed("振兴路")).isEqualTo("振兴路");
        assertThat(NameLead.trimmed("东风大道")).isEqualTo("东风大道");
        assertThat(NameLead.trimmed("在路")).isEqualTo("在路");
        assertThat(NameLead.trimmed(null)).isNull();
    }

    @Test
    void shouldReadBoundsByDirectionRightAfterTheRoadAsItsRange() {
        assertThat(closures("2026-03-01", "3月5日至3月25日，青龙街东起柳树巷、西至老城墙一段实施全封闭施工。"))
                .containsExactly(fullRoad("青龙街", "柳树巷", "老城墙", "2026-03-05", "2026-03-25"));
        assertThat(closures("2026-03-01", "3月5日至3月25日，青龙街东起柳树巷、西至化肥厂大门实施全封闭施工。"))
                .containsExactly(fullRoad("青龙街", "柳树巷", "化肥厂大门", "2026-03-05", "2026-03-25"));
    }

    @Test
    void shouldReadARangeBetweenTwoCrossStreetsAsTheRoadsRange() {
        assertThat(closures("2026-03-01", "3月6日至3月9日，枫林路在桃源街和樱花路之间的路段全封闭施工。"))
                .containsExactly(fullRoad("枫林路", "桃源街", "樱花路", "2026-03-06", "2026-03-09"));
    }

    @Test
    void shouldReadARangeWrittenBeforeOrAfterItsRoadWithCong() {
        assertThat(closures("2026-03-01", "3月7日至3月8日，从杏花街口到梨园巷口的书院路将全封闭施工。"))
                .containsExactly(fullRoad("书院路", "杏花街", "梨园巷", "2026-03-07", "2026-03-08"));
        assertThat(closures("2026-03-01", "3月7日至3月8日，书院路从杏花街到梨园巷这一段将全封闭施工。"))
                .containsExactly(fullRoad("书院路", "杏花街", "梨园巷", "2026-03-07", "2026-03-08"));
    }
}
