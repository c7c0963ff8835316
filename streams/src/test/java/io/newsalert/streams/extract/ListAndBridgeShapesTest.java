package io.newsalert.streams.extract;

import static io.newsalert.streams.extract.ExtractedClosures.closure;
import static io.newsalert.streams.extract.ExtractedClosures.closures;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import org.junit.jupiter.api.Test;

/**
 * Roads listed after a closing head and a colon, ranges written {@code 自A起至B止}, bridges named right after the
 * road they are on, numbered bridges of a road, alleys ({@code 弄}), a direction before a station, and words that
 * look like names but are not ({@code 沿线路口}, {@code 步行街}).
 */
class ListAndBridgeShapesTest {

    @Test
    void shouldCloseEveryRoadListedAfterAClosingHeadAndAColon() {
        assertThat(closures("2026-10-14", "本报讯 10月13日，10月18日7时至12时，对以下道路实行临时交通管制，禁止一切车辆通行：滨湖路、青枫路、云杉隧道。"))
                .extracting(c -> c.road())
                .containsExactly("滨湖路", "青枫路", "云杉隧道");
    }

    @Test
    void shouldLeaveTheRangesOwnQiAndZhiOut() {
        assertThat(closures("2026-09-04", "本报讯 9月3日，桃坞河路自翠苑小区北门起至落霞桥止约500米的路段，9月6日起全幅封闭。"))
                .containsExactly(closure("桃坞河路", "翠苑小区北门", "落霞桥", null, Lane.FULL_ROAD, "2026-09-06", null));
    }

    @Test
    void shouldPlaceABridgeNamedAfterItsRoadOnThatRoad() {
        assertThat(closures("2026-07-20", "本报讯 7月19日，7月25日至9月30日，桐溪线石门桥维修加固，全封闭施工，车辆请绕行。"))
                .containsExactly(closure("桐溪线", "石门桥", null, null, Lane.FULL_ROAD, "2026-07-25", "2026-09-30"));
    }

    @Test
    void shouldNameANumberedBridgeAndAnAlley() {
        assertThat(closures("2026-06-01", "本报讯 5月31日，6月5日至7月15日，运河路2号桥半幅封闭施工。"))
                .extracting(c -> c.road())
                .containsExactly("运河路2号桥");
        assertThat(closures("2026-06-01", "本报讯 5月31日，即日起至8月31日，春晖弄全线封闭施工。"))
                .extracting(c -> c.road())
                .containsExactly("春晖弄");
    }

    @Test
    void shouldLeaveTheDirectionBeforeAStationOut() {
        assertThat(closures("2026-03-01", "3月5日至3月20日，甬台高速宁波方向青溪收费站入口匝道封闭。"))
                .extracting(c -> c.from())
                .containsExactly("青溪收费站");
    }

    @Test
    void shouldNotNameWordsThatLookLikeRoads() {
        assertThat(closures("2026-05-01", "本报讯 4月30日，5月1日至5月5日每天18时至23时，文庙街实行步行街管理，沿线路口车辆照常通行。"))
                .extracting(c -> c.road())
                .doesNotContain("步行街", "沿线路");
    }
}
