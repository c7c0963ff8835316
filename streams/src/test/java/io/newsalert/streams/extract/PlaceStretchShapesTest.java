package io.newsalert.streams.extract;

import static io.newsalert.streams.extract.ExtractedClosures.closure;
import static io.newsalert.streams.extract.ExtractedClosures.closures;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import org.junit.jupiter.api.Test;

/**
 * The stretch of a road at a bridge, a village, a town or a landmark ({@code X线Y桥路段}, {@code X公路Y镇段},
 * {@code X路（Y公园段）}), names glued to a sub-district, an elevated main line, a direction written before a range,
 * works told by digging lanes, a place pointed back at, a way in for detoured traffic, and every lane of one side.
 */
class PlaceStretchShapesTest {

    @Test
    void shouldPlaceAStretchAtABridgeOrATownOnTheRoadBeforeIt() {
        assertThat(closures("2026-04-08", "本报讯 4月7日，县交警大队提醒，4月10日至5月20日，柳湾线石拱桥路段全封闭施工，车辆请绕行。"))
                .containsExactly(closure("柳湾线", "石拱桥", null, null, Lane.FULL_ROAD, "2026-04-10", "2026-05-20"));
        assertThat(closures("2026-04-08", "本报讯 4月7日，东沙公路青石镇段4月12日至4月30日半封闭施工，保留单向通行。"))
                .containsExactly(closure("东沙公路", "青石镇", null, null, Lane.HALF_ROAD, "2026-04-12", "2026-04-30"));
    }

    @Test
    void shouldPlaceAStretchAtALandmarkWrittenInBrackets() {
        assertThat(closures("2026-05-18", "本报讯 5月17日，因污水管道施工，育英路（湿地公园段）5月20日至5月26日全封闭。"))
                .containsExactly(closure("育英路", "湿地公园", null, null, Lane.FULL_ROAD, "2026-05-20", "2026-05-26"));
    }

    @Test
    void shouldStartANameAfterTheSubDistrictItIsIn() {
        assertThat(closures("2026-03-02", "决定自2026年3月5日至3月25日，对城关街道新华路（老电厂至水泥厂段）实施全封闭。"))
                .extracting(c -> c.road())
                .containsExactly("新华路");
    }

    @Test
    void shouldKeepADirectionWrittenBetweenANameAndItsRange() {
        assertThat(closures("2026-06-02", "本报讯 6月1日，海湾大道北（金沙路口至银滩路口）6月5日至6月25日封闭东半幅，车辆借西半幅双向通行。"))
                .containsExactly(closure("海湾大道北", "金沙路", "银滩路", Side.EAST, Lane.HALF_ROAD, "2026-06-05", "2026-06-25"));
    }

    @Test
    void shouldNameTheElevatedMainLineOfARoad() {
        assertThat(closures("2026-08-10", "本报讯 8月9日，8月12日至8月14日每晚23时至次日5时，临江路主线高架（春风路至秋水路段）禁止一切车辆通行。"))
                .containsExactly(closure("临江路主线高架", "春风路", "秋水路", null, Lane.FULL_ROAD, "2026-08-12", "2026-08-14"));
    }

    @Test
    void shouldCloseEachSideDugInTurnAsItsHalf() {
        assertThat(closures(
                        "2026-07-05",
                        "本报讯 7月4日，因雨水管横穿施工，建业路（科技馆段）将分两次开挖。7月7日至7月9日，开挖建业路南侧三条机动车道及非机动车道，北侧双向通行；"
                                + "7月10日至7月12日，转为开挖北侧三条机动车道及非机动车道，南侧双向通行。"))
                .containsExactly(
                        closure("建业路", "科技馆", null, Side.SOUTH, Lane.HALF_ROAD, "2026-07-07", "2026-07-09"),
                        closure("建业路", "科技馆", null, Side.NORTH, Lane.HALF_ROAD, "2026-07-10", "2026-07-12"));
    }

    @Test
    void shouldCloseTheSamePlaceAgainInTheNextPhase() {
        assertThat(closures(
                        "2026-03-10",
                        "本报讯 3月9日，第一阶段3月12日至3月15日，封闭南湖路青年路口以北30米处东侧的人行道；第二阶段3月16日至3月18日，同一位置改为封闭东侧一条机动车道。"))
                .containsExactly(
                        closure("南湖路", "青年路口以北30米处", null, Side.EAST, Lane.SIDEWALK, "2026-03-12", "2026-03-15"),
                        closure("南湖路", "青年路口以北30米处", null, Side.EAST, Lane.MOTOR_LANE, "2026-03-16", "2026-03-18"));
    }

    @Test
    void shouldNotCloseTheRoadGivenAsAWayIn() {
        assertThat(closures("2026-09-01", "本报讯 8月31日，9月3日至9月5日每晚，北环高架建设路上桥匝道封闭，上桥车辆可从和平路匝道驶入。"))
                .extracting(c -> c.road())
                .containsExactly("北环高架");
    }

    @Test
    void shouldCloseLaneWorksOnAPointWithoutAClosureVerb() {
        assertThat(closures("2026-06-10", "本报讯 6月9日，6月11日至6月13日对红星路与光明路路口南80米东侧机动车道进行施工，请车辆减速慢行。"))
                .containsExactly(
                        closure("红星路", "光明路路口南80米", null, Side.EAST, Lane.MOTOR_LANE, "2026-06-11", "2026-06-13"));
    }
}
