package io.newsalert.streams.extract;

import static io.newsalert.streams.extract.ExtractedClosures.closure;
import static io.newsalert.streams.extract.ExtractedClosures.closures;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import org.junit.jupiter.api.Test;

/**
 * The shapes that tie a closure together across a notice: sections that name segments, periods and measures apart,
 * words that point back without a demonstrative, phases without their road, lanes worked on without a closure verb.
 */
class NoticeFrameShapesTest {

    @Test
    void shouldCloseARoadNamedUnderALocationLabelWithTheMeasureOfALaterSection() {
        assertThat(closures(
                        "2025-06-02",
                        "因桂香路桥梁检测，决定实行临时交通管制，现通告如下：\n一、管制时间：2025年6月5日9时至6月7日18时。\n"
                                + "二、管制路段：桂香路。\n三、管制方式：断道施工，禁止机动车及行人通行。"))
                .containsExactly(closure("桂香路", null, null, null, Lane.FULL_ROAD, "2025-06-05", "2025-06-07"));
    }

    @Test
    void shouldTakeTheLaneOfALaterMeasureSectionForASegmentUnderALocationLabel() {
        assertThat(closures(
                        "2025-06-02",
                        "一、占道路段：松林街（青云路至白沙路）。\n二、占道时间：2025年6月9日至2025年6月30日。\n" + "三、占道方式：约120平方米，占用南侧人行道。"))
                .containsExactly(closure("松林街", "青云路", "白沙路", Side.SOUTH, Lane.SIDEWALK, "2025-06-09", "2025-06-30"));
    }

    @Test
    void shouldGiveEachRoadThePeriodOfItsOwnLineInTheSectionOfPeriods() {
        assertThat(closures(
                        "2025-02-10",
                        "因供水管网改造需要，决定对以下道路封闭施工：\n一、封闭路段\n青柳街：东湖路至西苑路。\n红枫街：东湖路至北塘路。\n"
                                + "二、封闭时间\n青柳街：2025年2月15日至4月30日。\n红枫街：2025年2月15日至5月31日。\n三、封闭期间禁止车辆和行人通行。"))
                .containsExactly(
                        closure("青柳街", "东湖路", "西苑路", null, Lane.FULL_ROAD, "2025-02-15", "2025-04-30"),
                        closure("红枫街", "东湖路", "北塘路", null, Lane.FULL_ROAD, "2025-02-15", "2025-05-31"));
    }

    @Test
    void shouldReadASidewalkWorkedOnWithoutAClosureVerbAsOccupied() {
        assertThat(closures("2025-05-01", "本报讯 5月6日至6月5日，明德路（崇文街至尚武街）北侧人行道翻修，行人请走南侧。"))
                .containsExactly(closure("明德路", "崇文街", "尚武街", Side.NORTH, Lane.SIDEWALK, "2025-05-06", "2025-06-05"));
    }

    @Test
    void shouldReadAMainRoadLaneTakenAfterAClosedServiceRoadAsASecondClosure() {
        assertThat(closures("2025-03-01", "本报讯 3月3日至4月3日，金山大道（银湖路至玉湖路）北侧辅路封闭，主路北侧占用一条机动车道。"))
                .containsExactly(
                        closure("金山大道", "银湖路", "玉湖路", Side.NORTH, Lane.SERVICE_ROAD, "2025-03-03", "2025-04-03"),
                        closure("金山大道", "银湖路", "玉湖路", Side.NORTH, Lane.MOTOR_LANE, "2025-03-03", "2025-04-03"));
    }

    @Test
    void shouldCloseEachLaneNamedByACountWithoutADemonstrative() {
        assertThat(closures("2025-09-01", "本报讯 9月5日起，青石巷、白果巷一并进行管网改造，两条巷子施工期间封闭，预计10月底完工。"))
                .containsExactly(
                        closure("青石巷", null, null, null, Lane.FULL_ROAD, "2025-09-05", "2025-10-31"),
                        closure("白果巷", null, null, null, Lane.FULL_ROAD, "2025-09-05", "2025-10-31"));
    }

    @Test
    void shouldReadEveryPhaseOfARoadNamedAloneIncludingOneWrittenOnlyAsTheWholeWidth() {
        assertThat(closures(
                        "2025-04-01",
                        "本报讯 松涛路整治分三步实施：第一步4月10日至4月30日，围挡东半幅；第二步5月1日至5月20日，围挡西半幅；" + "第三步5月21日至6月5日，全幅封闭摊铺沥青。"))
                .containsExactly(
                        closure("松涛路", null, null, Side.EAST, Lane.HALF_ROAD, "2025-04-10", "2025-04-30"),
                        closure("松涛路", null, null, Side.WEST, Lane.HALF_ROAD, "2025-05-01", "2025-05-20"),
                        closure("松涛路", null, null, null, Lane.FULL_ROAD, "2025-05-21", "2025-06-05"));
    }

    @Test
    void shouldReadASecondRampOfAStationThroughItsPointingWord() {
        assertThat(closures("2025-07-01", "本报讯 7月3日至7月6日，沈海高速青屿收费站东向西方向入口匝道封闭施工；7月7日至7月9日，该站西向东方向出口匝道同样封闭。"))
                .containsExactly(
                        closure("沈海高速", "青屿收费站", null, null, Lane.RAMP, "2025-07-03", "2025-07-06"),
                        closure("沈海高速", "青屿收费站", null, null, Lane.RAMP, "2025-07-07", "2025-07-09"));
    }

    @Test
    void shouldReadHalfWorksAtACrossingAsTheCrossing() {
        assertThat(closures("2025-08-01", "本报讯 8月4日至8月14日，文华路与和顺街交叉口进行改造，路口实行半幅施工。"))
                .containsExactly(closure("文华路", "和顺街", null, null, Lane.INTERSECTION, "2025-08-04", "2025-08-14"));
    }

    @Test
    void shouldReadALevelCrossingAsAPointOfItsRoad() {
        assertThat(closures("2025-10-01", "本报讯 10月8日6时至10月9日20时，工农街铁路道口封闭检修，禁止一切车辆通过。"))
                .containsExactly(closure("工农街", "铁路道口", null, null, Lane.FULL_ROAD, "2025-10-08", "2025-10-09"));
    }

    @Test
    void shouldCloseACarParkForTheOneDayWrittenWithItsEvent() {
        assertThat(closures("2025-05-10", "本报讯 5月18日演唱会当天，奥体中心地面停车场暂停对外开放。"))
                .containsExactly(closure("奥体中心", null, null, null, Lane.PARKING, "2025-05-18", "2025-05-18"));
    }

    @Test
    void shouldKeepAConnectorRoadWholeAsItsName() {
        assertThat(closures("2025-11-01", "本报讯 11月3日至11月20日，金港大道连接线封闭施工。"))
                .containsExactly(closure("金港大道连接线", null, null, null, Lane.FULL_ROAD, "2025-11-03", "2025-11-20"));
    }

    @Test
    void shouldReadEachSegmentListedAfterAHeadThatCountsThem() {
        assertThat(closures("2025-05-30", "本报讯 记者获悉，城区有两处路段将于6月2日起封闭施工，分别是：南关街（东门至南门）、北关街（西门至北门）。"))
                .containsExactly(
                        closure("南关街", "东门", "南门", null, Lane.FULL_ROAD, "2025-06-02", null),
                        closure("北关街", "西门", "北门", null, Lane.FULL_ROAD, "2025-06-02", null));
    }

    @Test
    void shouldReadHalfWorksAsAHalfOfTheSegment() {
        assertThat(closures("2025-03-28", "本报讯 记者获悉，4月10日起，崇德路（建设路至和平路）半幅施工，工期约两个月。"))
                .containsExactly(closure("崇德路", "建设路", "和平路", null, Lane.HALF_ROAD, "2025-04-10", null));
    }

    @Test
    void shouldEndOneNightOfWorksOnTheNextDay() {
        assertThat(closures("2025-05-20", "本报讯 记者获悉，因排水管道抢修，5月22日晚，永安路（长兴路至长乐路段）临时封闭，预计次日早6时恢复通行。"))
                .containsExactly(closure("永安路", "长兴路", "长乐路", null, Lane.FULL_ROAD, "2025-05-22", "2025-05-23"));
    }

    @Test
    void shouldEndAClosureOnTheDayTheRoadOpensAgain() {
        assertThat(closures("2025-07-01", "本报讯 记者获悉，7月5日起，和平西路将封闭施工，7月25日起该路段恢复通行。"))
                .containsExactly(closure("和平西路", null, null, null, Lane.FULL_ROAD, "2025-07-05", "2025-07-25"));
    }

    @Test
    void shouldReadPhasesOfOneSegmentEachWithItsOwnPeriodInOneSentence() {
        assertThat(closures("2025-06-27", "本报讯 记者获悉，7月1日至7月31日，城北路（长青路至长乐路）西半幅封闭施工，8月1日至8月31日封闭东半幅。"))
                .containsExactly(
                        closure("城北路", "长青路", "长乐路", Side.WEST, Lane.HALF_ROAD, "2025-07-01", "2025-07-31"),
                        closure("城北路", "长青路", "长乐路", Side.EAST, Lane.HALF_ROAD, "2025-08-01", "2025-08-31"));
    }

    @Test
    void shouldReadPhasesWrittenAfterTheWorksOfTheSegment() {
        assertThat(closures("2025-08-30", "本报讯 记者获悉，光华路（天府大道至益州大道）将实施管网改造，9月5日至10月5日封闭北半幅，10月6日至11月6日封闭南半幅。"))
                .containsExactly(
                        closure("光华路", "天府大道", "益州大道", Side.NORTH, Lane.HALF_ROAD, "2025-09-05", "2025-10-05"),
                        closure("光华路", "天府大道", "益州大道", Side.SOUTH, Lane.HALF_ROAD, "2025-10-06", "2025-11-06"));
    }

    @Test
    void shouldReadBoundsByDirectionAfterARoadClosedByItsNameAlone() {
        assertThat(closures("2025-03-06", "本报讯 记者获悉，3月10日至4月10日，迎春街实施封闭施工，封闭范围东起建设路，西至解放路。"))
                .containsExactly(closure("迎春街", "建设路", "解放路", null, Lane.FULL_ROAD, "2025-03-10", "2025-04-10"));
    }

    @Test
    void shouldReadAStartAndAnEndNamedAloneAsTheSegment() {
        assertThat(closures("2025-03-28", "本报讯 记者获悉，因管道施工，花园路将于4月1日起封闭，起点为农业路口，终点为东风路口，工期约45天。"))
                .containsExactly(closure("花园路", "农业路", "东风路", null, Lane.FULL_ROAD, "2025-04-01", null));
    }

    @Test
    void shouldNotCloseALaneWhoseWorksArePlannedOrFinished() {
        assertThat(closures("2025-05-08", "本报讯 记者获悉，历时两个月，兴安路（和顺街至安康路）人行道改造已全部完成，5月10日起恢复通行。"))
                .isEmpty();
        assertThat(closures("2025-05-08", "本报讯 记者获悉，市政部门计划明年对永宁路人行道进行改造，具体时间另行通知。"))
                .isEmpty();
        assertThat(closures("2025-05-08", "本报讯 记者获悉，定远路非机动车道改造工程昨日完工，市民出行更加便利。"))
                .isEmpty();
    }
}
