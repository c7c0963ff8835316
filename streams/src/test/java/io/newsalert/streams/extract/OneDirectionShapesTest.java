package io.newsalert.streams.extract;

import static io.newsalert.streams.extract.ExtractedClosures.closure;
import static io.newsalert.streams.extract.ExtractedClosures.closures;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import org.junit.jupiter.api.Test;

/**
 * One bore or one carriageway closed ({@code 单洞封闭}, {@code 中断单向交通}) as a half, hoardings written
 * {@code 打围}, and a half-closure section heading ({@code 二、半封闭路段}).
 */
class OneDirectionShapesTest {

    @Test
    void shouldReadOneBoreOfATunnelAsAHalf() {
        assertThat(closures("2026-03-10", "本报讯 3月9日，3月12日至4月20日每天0时至6时，青石岭隧道进城方向单洞封闭，白天恢复通行。"))
                .containsExactly(closure("青石岭隧道", null, null, null, Lane.HALF_ROAD, "2026-03-12", "2026-04-20"));
    }

    @Test
    void shouldReadOneDirectionInterruptedAsAHalf() {
        assertThat(closures("2025-03-16", "本报讯 3月15日，3月18日至4月7日每日23时至次日6时，北环快速路（石门立交至青岗立交段）夜间中断单向交通，利用对向车道单道双通。"))
                .containsExactly(closure("北环快速路", "石门立交", "青岗立交", null, Lane.HALF_ROAD, "2025-03-18", "2025-04-07"));
    }

    @Test
    void shouldCloseAHalfBehindHoardings() {
        assertThat(closures("2025-12-02", "本报讯 12月1日，玉溪路（石拱桥至白塔桥段）即日起半幅打围施工，工期至明年1月20日。"))
                .containsExactly(closure("玉溪路", "石拱桥", "白塔桥", null, Lane.HALF_ROAD, "2025-12-01", "2026-01-20"));
    }

    @Test
    void shouldCloseTheRoadsUnderAHalfClosureHeading() {
        assertThat(
                        closures(
                                "2025-01-06",
                                "关于地铁施工期间采取限制交通措施的通告\n一、半封闭时间\n2025年1月10日至2025年12月31日。\n二、半封闭路段\n银杏路（东塘路至西塘路）、枫林大道（望城路至白沙巷）路段。"))
                .extracting(c -> c.road() + "|" + c.lane())
                .containsExactly("银杏路|HALF_ROAD", "枫林大道|HALF_ROAD");
    }
}
