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
        assertThat(names("此次施工占用的具体路段是桃园北路旱西关街至府西街段的东侧非机动车道")).containsExactly("桃园北路", "旱西关街", "府西街");
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
    void shouldKeepTimeWordsOutOfRoadNames() {
        assertThat(names("明日起南内环街与体育路交叉口封闭")).containsExactly("南内环街", "体育路");
        assertThat(names("今日起新建路北大街至胜利街段")).containsExactly("新建路", "北大街", "胜利街");
    }

    @Test
    void shouldStartACrossStreetWhoseNameBeginsWithARoadWord() {
        assertThat(names("迎泽大街桥东街至五一路段南侧")).containsExactly("迎泽大街", "桥东街", "五一路");
    }

    @Test
    void shouldReadBridgesNamedByTheirRoadsAndNumberedHighwaysWhole() {
        assertThat(names("长风街跨汾河桥将进行加固维修")).containsExactly("长风街跨汾河桥");
        assertThat(names("龙城大街晋祠路下穿隧道全封闭")).containsExactly("龙城大街晋祠路下穿隧道");
        assertThat(names("108国道K1010至K1016段")).containsExactly("108国道");
    }

    @Test
    void shouldNotTakeBusStopsApproachSpansOrLaneWordsForRoads() {
        assertThat(names("原途经的胜利桥东站暂停使用")).isEmpty();
        assertThat(names("北中环桥西引桥由东向西方向全封闭")).containsExactly("北中环桥");
        assertThat(names("东侧公交专用道封闭")).isEmpty();
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
    void shouldStartANameAtAJoiningCharacterTheSegmenterReadsAsPartOfIt() {
        assertThat(names("东侧非机动车道和平路至五一路段")).contains("和平路");
        assertThat(names("封闭和谐大道（春风路至秋实路段）")).contains("和谐大道");
        assertThat(names("，至善路（文昌街至武成街段）")).startsWith("至善路");
        assertThat(names("胜利街和平安路")).contains("胜利街");
    }

    @Test
    void shouldKeepANameWhoseEndingIsACommonWordWhenTheSegmenterGluesItToTheStem() {
        assertThat(names("东海路至澳门路两段")).contains("东海路", "澳门路");
        assertThat(names("经十路（舜耕路至历山路段）")).startsWith("经十路");
        assertThat(names("这条路是他的门路")).isEmpty();
    }

    @Test
    void shouldNotTakeGenericWordsForRoads() {
        assertThat(names("市城管执法局开展占道经营集中整治，清理了两个路段的流动摊点")).isEmpty();
        assertThat(names("对三处路口的乱停乱放进行劝导，管线迁改采取不断路施工方式")).isEmpty();
        assertThat(names("这两个路段将于11月2日封闭")).isEmpty();
        assertThat(names("第一阶段封闭西幅桥面")).isEmpty();
        assertThat(names("请市民错峰出行，不要占道停车")).isEmpty();
        assertThat(names("青年路、解放路、人民路三条道路")).containsExactly("青年路", "解放路", "人民路");
    }

    @Test
    void shouldTellAnEastEastStreetFromItsStem() {
        assertThat(RoadNames.stem("坞城东路")).isEqualTo(RoadNames.stem("坞城东街"));
    }

    @Test
    void shouldKeepACountOfPlacesOutOfRoadNames() {
        assertThat(names("城区有两处路段将封闭，分别是南关街（东门至西门）")).containsExactly("南关街");
    }

    @Test
    void shouldReadAHighwayWrittenClassFirstAndAConnectorWithItsRoad() {
        assertThat(names("国道G312临夏段封闭")).containsExactly("国道G312");
        assertThat(names("金港大道连接线封闭施工")).containsExactly("金港大道连接线");
    }
}
