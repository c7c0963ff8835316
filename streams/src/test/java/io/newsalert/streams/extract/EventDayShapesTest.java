package io.newsalert.streams.extract;

import static io.newsalert.streams.extract.ExtractedClosures.closure;
import static io.newsalert.streams.extract.ExtractedClosures.closures;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import org.junit.jupiter.api.Test;

/**
 * The day of an event named in one sentence and closed in the next ({@code 比赛当天}), halves of a bridge's deck,
 * numbered alleys, roads listed under a notice's heading, and {@code 路路段}.
 */
class EventDayShapesTest {

    @Test
    void shouldCloseOnTheEventDayNamedInAnEarlierSentence() {
        assertThat(closures("2026-10-13", "本报讯 10月12日，记者获悉，秋季半程马拉松将于本周日在滨江新区开跑。\n比赛当天6时至12时，江滨大道（望江路至观澜路）全封闭。"))
                .containsExactly(closure("江滨大道", "望江路", "观澜路", null, Lane.FULL_ROAD, "2026-10-18", "2026-10-18"));
        assertThat(closures("2026-06-02", "本报讯 6月1日，记者获悉，青云大桥将于6月6日进行荷载试验。当天7时至19时全桥封闭，禁止一切车辆和行人通行。"))
                .containsExactly(closure("青云大桥", null, null, null, Lane.FULL_ROAD, "2026-06-06", "2026-06-06"));
    }

    @Test
    void shouldCloseTheHalvesOfABridgeDeckInTurn() {
        assertThat(closures(
                        "2026-03-20",
                        "本报讯 3月19日，记者获悉，柳溪大桥桥面维修将分两个阶段施工。第一阶段3月23日至4月10日，封闭大桥东半幅；第二阶段4月11日至4月30日，改为封闭西半幅。"))
                .containsExactly(
                        closure("柳溪大桥", null, null, Side.EAST, Lane.HALF_ROAD, "2026-03-23", "2026-04-10"),
                        closure("柳溪大桥", null, null, Side.WEST, Lane.HALF_ROAD, "2026-04-11", "2026-04-30"));
    }

    @Test
    void shouldCloseEveryRoadListedUnderAClosingHeading() {
        assertThat(closures(
                        "2026-05-02",
                        "关于灯会期间实施交通管制的通告\n一、管制时间\n2026年5月9日18时至23时。\n二、管制路段\n海月大道（渔港公园至银沙路口段）、凤尾路全段、龙眼二巷。"))
                .extracting(c -> c.road())
                .containsExactly("海月大道", "凤尾路", "龙眼二巷");
    }

    @Test
    void shouldLeaveTheRoadOfLuDuanOutOfARangeEnd() {
        assertThat(closures("2026-04-06", "2026年4月10日至2026年8月9日，封闭莲花山路（梅林街至松岗路路段）进行施工。"))
                .extracting(c -> c.to())
                .containsExactly("松岗路");
    }

    @Test
    void shouldNotTakeTheDayOfTheAnnouncementForTheEventDay() {
        assertThat(closures(
                        "2026-10-15",
                        "本报讯（记者 李明）城市半程马拉松将于10月18日7时30分开跑。\n10月14日，交警支队发布通告，比赛当天将实行交通管制。\n"
                                + "比赛当天6时至12时，河西大街（文化路至体育路段）禁止一切车辆通行。"))
                .extracting(c -> c.start())
                .containsExactly(java.time.LocalDate.of(2026, 10, 18));
    }
}
