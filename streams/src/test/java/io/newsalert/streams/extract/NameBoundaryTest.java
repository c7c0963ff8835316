package io.newsalert.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Road names start at a word boundary: the sentence's verbs, time words, districts and positions stay outside. */
class NameBoundaryTest {

    private final RoadNames roads = RoadNames.rules();

    private List<String> names(final String text) {
        return roads.find(text).stream().map(RoadNames.Span::name).toList();
    }

    @Test
    void shouldLeaveAVerbOfTheSentenceOutOfTheName() {
        assertThat(names("为确保槐树路改造顺利完成")).containsExactly("槐树路");
        assertThat(names("工程需占去芙蓉路北侧一条车道")).containsExactly("芙蓉路");
    }

    @Test
    void shouldLeaveTheSecondOfTwoOneCharacterVerbsOutOfTheName() {
        assertThat(names("夜间车辆可改走银杏大道")).containsExactly("银杏大道");
    }

    @Test
    void shouldReadAVerbOnTheStartOfAWordAsNoName() {
        assertThat(names("松涛大桥下月更换桥面栏杆")).containsExactly("松涛大桥");
        assertThat(names("年内将建设桥梁三座")).isEmpty();
    }

    @Test
    void shouldKeepNamesThatOpenWithAVerb() {
        assertThat(names("封闭新建北路东半幅")).containsExactly("新建北路");
        assertThat(names("振兴北大街施工")).containsExactly("振兴北大街");
        assertThat(names("解放路封闭")).containsExactly("解放路");
    }

    @Test
    void shouldLeaveTimeWordsDistrictsAndStationsOutOfTheName() {
        assertThat(names("即日起桂花路全封闭")).containsExactly("桂花路");
        assertThat(names("高新区科技路将封闭")).containsExactly("科技路");
        assertThat(names("汽车站柳荫巷封闭")).containsExactly("柳荫巷");
    }

    @Test
    void shouldNotJoinTwoWordsOrAPositionIntoAName() {
        assertThat(names("封闭时间和路段如下")).isEmpty();
        assertThat(names("K215至K220路段")).isEmpty();
        assertThat(names("西环路至梧桐路之间路段")).containsExactly("西环路", "梧桐路");
        assertThat(names("占用路口西南角半个路口")).isEmpty();
    }

    @Test
    void shouldEndANameBeforeTheWordThatSaysWhichSideOrSegmentOfIt() {
        assertThat(names("将临时占用建华路路北侧非机动车道")).containsExactly("建华路");
        assertThat(names("长岗立交路段将进行养护")).containsExactly("长岗立交");
    }

    @Test
    void shouldReadTunnelsAsRoadsAndStationsAsNoRoad() {
        assertThat(names("狮子山隧道全封闭施工")).containsExactly("狮子山隧道");
        assertThat(names("其间，湖塘收费站出口匝道封闭")).isEmpty();
    }

    @Test
    void shouldReadANumberedMaluAsAName() {
        assertThat(names("封闭西关三马路（庙后街以南）、西关横马路车道")).containsExactly("西关三马路", "庙后街", "西关横马路");
        assertThat(names("过马路时请注意安全")).isEmpty();
    }
}
