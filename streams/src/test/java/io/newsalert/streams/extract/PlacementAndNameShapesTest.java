package io.newsalert.streams.extract;

import static io.newsalert.streams.extract.ExtractedClosures.closure;
import static io.newsalert.streams.extract.ExtractedClosures.closures;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import org.junit.jupiter.api.Test;

/**
 * Which part of a road a closure takes when it is written as a direction, a carriageway or an extreme lane, and how
 * the names of highways, their stretches, interchanges and landmark crossings are read.
 */
class PlacementAndNameShapesTest {

    @Test
    void shouldReadOneDirectionOfTravelClosedAsAHalfWithoutASide() {
        assertThat(closures("2025-09-01", "本报讯 9月2日至9月12日，每晚22时至次日5时，长江大道（汉阳路至武昌路）由北向南方向封闭施工，由南向北方向正常通行。"))
                .containsExactly(closure("长江大道", "汉阳路", "武昌路", null, Lane.HALF_ROAD, "2025-09-02", "2025-09-12"));
    }

    @Test
    void shouldKeepADirectionClosedOutrightAsTheWholeRoad() {
        assertThat(closures("2025-09-01", "本报讯 9月3日至9月5日，长江大道（汉阳路至武昌路）由北向南方向全封闭。"))
                .containsExactly(closure("长江大道", "汉阳路", "武昌路", null, Lane.FULL_ROAD, "2025-09-03", "2025-09-05"));
    }

    @Test
    void shouldReadOneCarriagewayOfABridgeAsItsHalf() {
        assertThat(closures("2025-03-01", "本报讯 从3月5日起，清溪桥进入维修阶段，第一阶段封闭东幅桥面，西幅桥面双向通行，至4月20日结束。"))
                .containsExactly(closure("清溪桥", null, null, Side.EAST, Lane.HALF_ROAD, "2025-03-05", "2025-04-20"));
    }

    @Test
    void shouldReadAHalfOfTheCarriagewayNamedBeforeItAsTheHalf() {
        assertThat(closures("2025-04-01", "本报讯 4月8日至4月28日，将对兴业路（光明路—幸福路）机动车道实行南半幅封闭施工。"))
                .containsExactly(closure("兴业路", "光明路", "幸福路", Side.SOUTH, Lane.HALF_ROAD, "2025-04-08", "2025-04-28"));
    }

    @Test
    void shouldNotReadTheOutermostLaneAsASide() {
        assertThat(closures("2025-06-01", "本报讯 6月3日至6月5日，建安路与振华路交叉口以南约80米处将占用由北向南方向最西侧一条车道。"))
                .containsExactly(
                        closure("建安路", "振华路交叉口以南约80米处", null, null, Lane.MOTOR_LANE, "2025-06-03", "2025-06-05"));
    }

    @Test
    void shouldReadTheLaneTakenAfterAPeriodWrittenBetweenTheVerbs() {
        assertThat(closures("2025-06-25", "本报讯 为铺设燃气管道，安澜路（新华路至朝阳路）将实施围挡施工，时间为2025年7月1日至8月15日，围挡期间占用道路西侧一条机动车道。"))
                .containsExactly(closure("安澜路", "新华路", "朝阳路", Side.WEST, Lane.MOTOR_LANE, "2025-07-01", "2025-08-15"));
    }

    @Test
    void shouldReadAHighwayWrittenClassFirstWithTheRangeOfItsStretch() {
        assertThat(closures("2025-07-20", "本报讯 受强降雨影响，自2025年7月20日18时起，国道G205清远段（石角镇至飞来峡）封闭，解除时间另行通知。"))
                .containsExactly(closure("国道G205", "石角镇", "飞来峡", null, Lane.FULL_ROAD, "2025-07-20", null));
    }

    @Test
    void shouldReadTheRampOfAnInterchangeAfterADirection() {
        assertThat(closures("2025-11-20", "本报讯 记者从高速交警获悉，12月1日0时至12月10日24时，京港澳高速望城立交往长沙方向匝道封闭施工。"))
                .containsExactly(closure("京港澳高速", "望城立交", null, null, Lane.RAMP, "2025-12-01", "2025-12-10"));
    }

    @Test
    void shouldKeepALandmarkCrossingWithoutAddingARoadWord() {
        assertThat(closures("2025-10-28", "本报讯 11月1日7时至12时，滨江路（海洋馆路口至人民广场路口）实施全封闭交通管制。"))
                .containsExactly(closure("滨江路", "海洋馆", "人民广场", null, Lane.FULL_ROAD, "2025-11-01", "2025-11-01"));
    }

    @Test
    void shouldReadARangeFromAPointBesideACrossingToACrossStreet() {
        assertThat(closures("2025-05-08", "本报讯 记者获悉，5月12日至6月12日，解放路与建设大街交叉口往北150米处一直到学府街口，东半幅围挡施工。"))
                .containsExactly(
                        closure("解放路", "建设大街交叉口往北150米处", "学府街", Side.EAST, Lane.HALF_ROAD, "2025-05-12", "2025-06-12"));
    }

    @Test
    void shouldReadEveryRangeListedInTheBracketsOfOneRoad() {
        assertThat(closures("2025-07-28", "本报讯 记者获悉，文化路（人民路至中山路、中山路至北环路两段）将于8月1日至8月31日封闭施工。"))
                .containsExactly(
                        closure("文化路", "人民路", "中山路", null, Lane.FULL_ROAD, "2025-08-01", "2025-08-31"),
                        closure("文化路", "中山路", "北环路", null, Lane.FULL_ROAD, "2025-08-01", "2025-08-31"));
    }

    @Test
    void shouldReadHalvesWorkedOnOneAfterTheOtherAsHalves() {
        assertThat(closures("2025-06-10", "本报讯 记者获悉，杏花岭街将于6月15日至7月15日分段封闭施工，先施工北半幅，再施工南半幅。"))
                .containsExactly(
                        closure("杏花岭街", null, null, Side.NORTH, Lane.HALF_ROAD, "2025-06-15", "2025-07-15"),
                        closure("杏花岭街", null, null, Side.SOUTH, Lane.HALF_ROAD, "2025-06-15", "2025-07-15"));
    }

    @Test
    void shouldReadAMainRoadNarrowedByALaneAsThatLaneTaken() {
        assertThat(closures("2025-07-28", "本报讯 记者获悉，8月1日至10月31日，龙城大街（晋阳街至南中环街）西侧辅路封闭，主路双向各压缩一条车道。"))
                .containsExactly(
                        closure("龙城大街", "晋阳街", "南中环街", Side.WEST, Lane.SERVICE_ROAD, "2025-08-01", "2025-10-31"),
                        closure(
                                "龙城大街",
                                "晋阳街",
                                "南中环街",
                                Side.BOTH_DIRECTIONS,
                                Lane.MOTOR_LANE,
                                "2025-08-01",
                                "2025-10-31"));
    }

    @Test
    void shouldEndWorksDueWithinAMonthAtThatMonthsEnd() {
        assertThat(closures("2025-10-10", "本报讯 记者获悉，10月12日起，宁波路、温州路将实施提升改造。这两个路段施工期间全封闭，预计12月份完工。"))
                .containsExactly(
                        closure("宁波路", null, null, null, Lane.FULL_ROAD, "2025-10-12", "2025-12-31"),
                        closure("温州路", null, null, null, Lane.FULL_ROAD, "2025-10-12", "2025-12-31"));
    }
}
