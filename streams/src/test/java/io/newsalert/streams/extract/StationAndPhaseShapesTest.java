package io.newsalert.streams.extract;

import static io.newsalert.streams.extract.ExtractedClosures.closure;
import static io.newsalert.streams.extract.ExtractedClosures.closures;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import org.junit.jupiter.api.Test;

/**
 * Ramps of highway stations and interchanges, bridges and tunnels closed a clause after they are named, sides worked
 * in sequence after a segment named as a project, a dateline of the day alone, and both carriageways closed together.
 */
class StationAndPhaseShapesTest {

    @Test
    void shouldPlaceTheRampOfAnInterchangeOnTheHighwayNamedBefore() {
        assertThat(closures("2026-05-30", "6月3日至6月20日，G25长深高速改扩建施工，青龙互通往南京方向出口匝道封闭。"))
                .containsExactly(closure("G25长深高速", "青龙互通", null, null, Lane.RAMP, "2026-06-03", "2026-06-20"));
    }

    @Test
    void shouldReadEveryStationOfAListOfRampsAndCutTheDirectionOffARange() {
        assertThat(closures("2026-05-30", "6月3日至6月20日，S38常合高速锡东枢纽至周铁枢纽宜兴方向半幅封闭施工。其间，湖塘收费站出入口匝道及云溪收费站入口匝道临时封闭。"))
                .containsExactlyInAnyOrder(
                        closure("S38常合高速", "锡东枢纽", "周铁枢纽", null, Lane.HALF_ROAD, "2026-06-03", "2026-06-20"),
                        closure("S38常合高速", "湖塘收费站", null, null, Lane.RAMP, "2026-06-03", "2026-06-20"),
                        closure("S38常合高速", "云溪收费站", null, null, Lane.RAMP, "2026-06-03", "2026-06-20"));
    }

    @Test
    void shouldCloseATunnelOrABridgeClosedInTheClauseAfterItsName() {
        assertThat(closures("2026-06-28", "7月1日至7月5日每晚22时至次日6时，狮子山隧道全封闭施工。"))
                .containsExactly(closure("狮子山隧道", null, null, null, Lane.FULL_ROAD, "2026-07-01", "2026-07-05"));
        assertThat(closures("2026-08-28", "石门桥将进行检测，9月2日至9月3日全天封闭，禁止一切车辆通行。"))
                .containsExactly(closure("石门桥", null, null, null, Lane.FULL_ROAD, "2026-09-02", "2026-09-03"));
    }

    @Test
    void shouldCloseEachSideWorkedInSequenceOnTheSegmentNamedAsAProject() {
        assertThat(closures("2026-07-28", "海棠路（云杉街至白桦街）管网改造工程8月1日开工。先施工东侧人行道，到8月20日结束；再施工西侧人行道，从8月21日到9月10日。"))
                .containsExactly(
                        closure("海棠路", "云杉街", "白桦街", Side.EAST, Lane.SIDEWALK, "2026-08-01", "2026-08-20"),
                        closure("海棠路", "云杉街", "白桦街", Side.WEST, Lane.SIDEWALK, "2026-08-21", "2026-09-10"));
        assertThat(closures(
                        "2026-08-28",
                        "本报讯 8月27日，北湖路（青松路至翠竹路）热力管沟工程9月1日零时至9月15日24时围蔽北侧半幅进行施工；9月16日零时至9月30日24时围蔽南侧半幅进行施工。"))
                .containsExactly(
                        closure("北湖路", "青松路", "翠竹路", Side.NORTH, Lane.HALF_ROAD, "2026-09-01", "2026-09-15"),
                        closure("北湖路", "青松路", "翠竹路", Side.SOUTH, Lane.HALF_ROAD, "2026-09-16", "2026-09-30"));
    }

    @Test
    void shouldResolveTodayAgainstADatelineOfTheDayAlone() {
        assertThat(closures("2025-09-12", "本报讯 11日，记者从交警部门了解到，因管网维修，即日至9月20日，紫荆路（松林街至柏树街）东侧非机动车道封闭施工。"))
                .containsExactly(
                        closure("紫荆路", "松林街", "柏树街", Side.EAST, Lane.NON_MOTOR_LANE, "2025-09-11", "2025-09-20"));
    }

    @Test
    void shouldReadTheMainAndTheServiceRoadClosedTogetherAsTheWholeRoad() {
        assertThat(closures("2025-09-12", "9月14日0时至15日24时，青松路（竹园街至梅林街）主路和辅路全部封闭，禁止一切车辆通行。"))
                .containsExactly(closure("青松路", "竹园街", "梅林街", null, Lane.FULL_ROAD, "2025-09-14", "2025-09-15"));
    }

    @Test
    void shouldReadARampClosedWithoutItsRoadAsARampOfTheInterchangeNamedBefore() {
        assertThat(closures(
                        "2025-05-07",
                        "本报讯 5月6日，交警支队通报，东风立交将进行维修，三条匝道轮流封闭。5月10日至5月20日，先封闭由西环路往机场路方向的匝道；"
                                + "5月21日至5月31日，封闭由机场路往西环路方向的匝道。"))
                .containsExactly(
                        closure("东风立交", null, null, null, Lane.RAMP, "2025-05-10", "2025-05-20"),
                        closure("东风立交", null, null, null, Lane.RAMP, "2025-05-21", "2025-05-31"));
    }
}
