package io.newsalert.streams.extract;

import static io.newsalert.streams.extract.ExtractedClosures.closure;
import static io.newsalert.streams.extract.ExtractedClosures.closures;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import org.junit.jupiter.api.Test;

/**
 * Sections of a notice with their period on the next line, the second name of a range however it is segmented,
 * districts, towns and sub-districts before a name, K-post ranges described in brackets, works on a road that are
 * no project's name, a stretch beside a crossing, regional crossing words, the lanes of a half, a joined lane with
 * a count, underpasses named after their road and a planned closure called off.
 */
class NoticeSectionShapesTest {

    @Test
    void shouldGiveEachSectionThePeriodOnTheLineAfterIt() {
        assertThat(closures(
                        "2026-05-02",
                        "本报讯 交警部门1日公布了两处施工路段。\n施工路段：春林路（河堤街至麦香街），封闭施工。\n施工时间：5月3日至5月20日。\n"
                                + "施工路段：秋实路（麦香街至稻花街），封闭施工。\n施工时间：5月8日至6月1日。"))
                .containsExactly(
                        closure("春林路", "河堤街", "麦香街", null, Lane.FULL_ROAD, "2026-05-03", "2026-05-20"),
                        closure("秋实路", "麦香街", "稻花街", null, Lane.FULL_ROAD, "2026-05-08", "2026-06-01"));
    }

    @Test
    void shouldReadTheSecondNameOfARangeAfterTheRangeWord() {
        assertThat(closures("2026-09-01", "本报讯 8月31日，清源路分两段施工：9月2日至9月9日，封闭星河大街至正阳大街段。"))
                .extracting(c -> c.to())
                .containsExactly("正阳大街");
    }

    @Test
    void shouldLeaveTheDistrictOrTownBeforeANameOut() {
        assertThat(closures("2026-06-10", "本报讯 6月9日，新民路区月湖大桥东侧人行道6月12日起封闭，工期约20天。"))
                .extracting(c -> c.road())
                .containsExactly("月湖大桥");
        assertThat(closures("2026-06-10", "本报讯 6月9日，白音镇阿古拉大街（市场路至学校路）6月12日至6月30日全封闭。"))
                .extracting(c -> c.road())
                .containsExactly("阿古拉大街");
    }

    @Test
    void shouldKeepAKilometrePostRangeDescribedInBrackets() {
        assertThat(closures("2026-10-20", "本报讯 10月25日至11月30日，S118省道K20+100至K21+300段（红石村岔路口北侧）实行全封闭施工。"))
                .containsExactly(
                        closure("S118省道", "K20+100", "K21+300", null, Lane.FULL_ROAD, "2026-10-25", "2026-11-30"));
    }

    @Test
    void shouldCloseASegmentThatUndergoesWorksNamedAsAProject() {
        assertThat(closures("2026-06-15", "本报讯 即日至7月10日，海堤路（K3+100至K3+900）段进行供水工程施工，半幅封闭，请按指示标志通行。"))
                .containsExactly(closure("海堤路", "K3+100", "K3+900", null, Lane.HALF_ROAD, "2026-06-15", "2026-07-10"));
    }

    @Test
    void shouldPlaceAClosureBesideACrossingAtThatSide() {
        assertThat(closures("2026-09-08", "因雨水管抢修，自2026年9月9日起，红柳路与沙枣街交叉口西侧全幅封闭，预计封闭至2026年9月20日。"))
                .containsExactly(closure("红柳路", "沙枣街交叉口西侧", null, null, Lane.FULL_ROAD, "2026-09-09", "2026-09-20"));
    }

    @Test
    void shouldReadShiziAsACrossing() {
        assertThat(closures("2026-04-01", "本报讯 3月31日，4月2日至4月8日，金塔路与玉门路什字封闭施工，车辆绕行嘉峪路。"))
                .extracting(c -> c.from())
                .containsExactly("玉门路");
    }

    @Test
    void shouldReadTheLanesOfAHalfAsTheHalf() {
        assertThat(closures("2026-05-20", "5月23日22时至5月24日11时，对阳光大道（北湖街至南湖街段）东半幅车道进行封闭。"))
                .containsExactly(closure("阳光大道", "北湖街", "南湖街", Side.EAST, Lane.HALF_ROAD, "2026-05-23", "2026-05-24"));
    }

    @Test
    void shouldCloseAJoinedLaneWrittenWithItsCountThroughAPlacePointedBack() {
        assertThat(closures("2026-01-20", "本报讯 南湖大街体育馆北侧西80米处的热力管道将进行更换。1月22日至1月30日对该处道路北侧非机动车道及一条机动车道采取部分封闭措施。"))
                .containsExactlyInAnyOrder(
                        closure(
                                "南湖大街",
                                "体育馆北侧西80米处",
                                null,
                                Side.NORTH,
                                Lane.NON_MOTOR_LANE,
                                "2026-01-22",
                                "2026-01-30"),
                        closure("南湖大街", "体育馆北侧西80米处", null, Side.NORTH, Lane.MOTOR_LANE, "2026-01-22", "2026-01-30"));
    }

    @Test
    void shouldNameAnUnderpassAfterItsRoad() {
        assertThat(closures("2026-04-15", "本报讯 4月14日，4月18日至6月10日，昌平街地道桥全封闭施工，车辆请绕行。"))
                .extracting(c -> c.road())
                .containsExactly("昌平街地道桥");
    }

    @Test
    void shouldNotCloseAPlannedClosureCalledOff() {
        assertThat(closures("2026-05-15", "本报讯 5月14日，原定本周六对黄河东路（建新街至平安路）实施的夜间封闭施工，因设备检修取消，该路段当晚照常通行。"))
                .isEmpty();
    }
}
