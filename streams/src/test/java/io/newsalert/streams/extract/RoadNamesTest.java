package io.newsalert.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoadNamesTest {

    private final RoadNames roads = RoadNames.rules();

    private java.util.List<String> names(final String text) {
        return roads.find(text).stream().map(RoadNames.Span::name).toList();
    }

    @Test
    void shouldSplitRoadsWrittenOneAfterAnother() {
        assertThat(names("此次施工占用的具体路段是桃园北路旱西关街至府西街段的东侧非机动车道"))
                .containsExactly("桃园北路", "旱西关街", "府西街");
    }

    @Test
    void shouldKeepANumberedBranchWithItsRoad() {
        assertThat(names("并州南路西一巷的体育路至并州南路段")).containsExactly("并州南路西一巷", "体育路", "并州南路");
    }

    @Test
    void shouldReadRingRoadsElevatedRoadsAndHighways() {
        assertThat(names("南内环街并州路至建设路段")).startsWith("南内环街");
        assertThat(names("京广高架在兴隆铺路的下桥匝道")).containsExactly("京广高架", "兴隆铺路");
        assertThat(names("西中环路太原科技大学北门")).containsExactly("西中环路");
    }

    @Test
    void shouldRejectWordsBuiltLikeRoadsThatAreNotRoads() {
        assertThat(names("部分路段的人行道、非机动车道和道路两侧的便道，以及地铁2号线沿线、75路公交车")).isEmpty();
    }

    @Test
    void shouldNotTakeAJoiningWordIntoTheNextName() {
        assertThat(names("解放北路（北中环以北900米处—柏杨树街口）和花园后街")).contains("解放北路", "花园后街");
        assertThat(names("，和平北路兴华街至千峰北路段")).startsWith("和平北路");
    }

    @Test
    void shouldRecogniseALearnedNameWholeWhereTheRulesWouldCutIt() {
        final RoadNames learning = RoadNames.rules().learning();
        learning.learn("和平路");

        assertThat(learning.find("东侧非机动车道和平路至五一路段").stream().map(RoadNames.Span::name))
                .contains("和平路");
        assertThat(names("东侧非机动车道和平路至五一路段")).doesNotContain("和平路");
    }

    @Test
    void shouldTellAnEastEastStreetFromItsStem() {
        assertThat(RoadNames.stem("坞城东路")).isEqualTo(RoadNames.stem("坞城东街"));
    }
}
