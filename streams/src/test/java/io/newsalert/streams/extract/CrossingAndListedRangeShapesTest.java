package io.newsalert.streams.extract;

import static io.newsalert.streams.extract.ExtractedClosures.closure;
import static io.newsalert.streams.extract.ExtractedClosures.closures;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import org.junit.jupiter.api.Test;

/**
 * A crossing pointed back at ({@code 该路口}), several ranges of one road joined by {@code 、} and {@code 和}, township
 * roads with their number, and underpasses under a railway named after their road.
 */
class CrossingAndListedRangeShapesTest {

    @Test
    void shouldCloseTheCrossingPointedBackAt() {
        assertThat(closures("2026-08-12", "本报讯 8月11日，热力公司将在文昌路与永和街交叉口开挖一条横穿路口的管沟。8月14日至8月18日，该路口全部封闭，各方向车辆均不能通过。"))
                .containsExactly(closure("文昌路", "永和街", null, null, Lane.INTERSECTION, "2026-08-14", "2026-08-18"));
    }

    @Test
    void shouldReadEveryRangeOfARoadListedWithDunAndHe() {
        assertThat(closures("2026-04-10", "本报讯 4月9日，4月12日至6月30日，建设东路光华街至育才街段、文苑街至和平街段和新兴街至朝阳街段将分段半幅封闭施工。"))
                .containsExactly(
                        closure("建设东路", "光华街", "育才街", null, Lane.HALF_ROAD, "2026-04-12", "2026-06-30"),
                        closure("建设东路", "文苑街", "和平街", null, Lane.HALF_ROAD, "2026-04-12", "2026-06-30"),
                        closure("建设东路", "新兴街", "朝阳街", null, Lane.HALF_ROAD, "2026-04-12", "2026-06-30"));
    }

    @Test
    void shouldNameATownshipRoadWithItsNumber() {
        assertThat(closures("2025-09-27", "本报讯 9月26日，乡道Y021石门村至X105交叉口段即日起至10月30日禁止一切车辆通行。"))
                .extracting(c -> c.road())
                .containsExactly("乡道Y021");
    }

    @Test
    void shouldNameAnUnderpassUnderARailwayAfterItsRoad() {
        assertThat(closures("2025-07-08", "本报讯 7月7日，区交警大队通报，振兴路铁路下穿通道7月10日起封闭，工期约20天。"))
                .extracting(c -> c.road())
                .containsExactly("振兴路铁路下穿通道");
    }

    @Test
    void shouldReadARangeBetweenPlacesWithoutItsRoadAsASegmentOfTheRoadNamedBefore() {
        assertThat(closures("2026-03-25", "本报讯 3月24日，公路部门将对省道212线石门大桥至龙潭镇段路面改造，分段封闭施工。其中，石门大桥至柏树湾段从4月1日起封闭，到5月31日结束。"))
                .contains(closure("省道212线", "石门大桥", "柏树湾", null, Lane.FULL_ROAD, "2026-04-01", "2026-05-31"));
    }
}
