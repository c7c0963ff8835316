package io.newsalert.streams.extract;

import static io.newsalert.streams.extract.ExtractedClosures.closure;
import static io.newsalert.streams.extract.ExtractedClosures.closures;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import org.junit.jupiter.api.Test;

/**
 * An unnumbered list on the line after a closing head, works that move to the other half, a range before its road
 * ending at a {@code X路口}, a count of alleys that is no name, and parking advice that closes nothing.
 */
class TaiyuanRegisterShapesTest {

    @Test
    void shouldReadTheLineAfterAClosingHeadAsItsList() {
        assertThat(closures(
                        "2026-04-17",
                        "本报讯 4月16日，4月20日至6月10日，供水公司维修管网，施工占用以下路段：\n文源路（书院街至石楼街）西侧两条机动车道；青年路（迎春街至塔院街）南侧非机动车道。"))
                .containsExactly(
                        closure("文源路", "书院街", "石楼街", Side.WEST, Lane.MOTOR_LANE, "2026-04-20", "2026-06-10"),
                        closure("青年路", "迎春街", "塔院街", Side.SOUTH, Lane.NON_MOTOR_LANE, "2026-04-20", "2026-06-10"));
    }

    @Test
    void shouldCloseTheHalfTheWorksMoveTo() {
        assertThat(closures(
                        "2026-04-03",
                        "本报讯 4月2日，龙潭街（新华路至府东街）改造分两个阶段。第一阶段4月6日至5月15日，先封闭南半幅；第二阶段5月16日至6月25日，施工转到北半幅，车辆改走南半幅。"))
                .containsExactly(
                        closure("龙潭街", "新华路", "府东街", Side.SOUTH, Lane.HALF_ROAD, "2026-04-06", "2026-05-15"),
                        closure("龙潭街", "新华路", "府东街", Side.NORTH, Lane.HALF_ROAD, "2026-05-16", "2026-06-25"));
    }

    @Test
    void shouldEndARangeBeforeItsRoadAtTheRoadOfItsCrossing() {
        assertThat(closures("2026-04-21", "本报讯 4月20日，从新华北街口到建设南路口的柳园街4月24日起封闭改造，禁止一切车辆通行。"))
                .extracting(c -> c.to())
                .containsExactly("建设南路");
    }

    @Test
    void shouldCloseTheAlleysCountedAndNotTheCarParkAdvised() {
        assertThat(closures(
                        "2026-04-22", "本报讯 4月21日，榆树巷、杏花巷、槐荫巷等三条巷子4月25日起改造，至6月30日完工。施工期间，这三条巷子全封闭，居民车辆请临时停放到府西街公共停车场。"))
                .extracting(c -> c.road())
                .doesNotContain("等三条巷", "府西街");
    }

    @Test
    void shouldCloseTheItemsOfWhatTheSentenceBeforeClosed() {
        assertThat(closures(
                        "2026-08-13",
                        "本报讯 8月12日，即日起至9月15日，青云路、松柏巷等两条道路的部分人行道封闭施工。\n具体为：青云路文化桥东至松柏巷段的东侧人行道；松柏巷全段的北侧人行道。"))
                .contains(closure("青云路", "文化桥东", "松柏巷", Side.EAST, Lane.SIDEWALK, "2026-08-12", "2026-09-15"));
    }

    @Test
    void shouldReadBoundsWrittenBeforeTheirRoadAsItsRange() {
        assertThat(closures("2026-08-20", "本报讯 8月19日，从8月22日起，东起春晓路、西至秋实路的长青东路北半幅将围挡施工，9月30日完工。"))
                .containsExactly(closure("长青东路", "春晓路", "秋实路", Side.NORTH, Lane.HALF_ROAD, "2026-08-22", "2026-09-30"));
    }

    @Test
    void shouldKeepTheFirstCharacterOfAShortNameThatIsAlsoAnAdverb() {
        assertThat(closures("2026-06-08", "本报讯 6月7日，以下路段半封闭：\n1.6月9日至7月25日，正阳北街（怀德路至兴隆巷）路段西侧两条机动车道。"))
                .extracting(c -> c.road())
                .containsExactly("正阳北街");
    }
}
