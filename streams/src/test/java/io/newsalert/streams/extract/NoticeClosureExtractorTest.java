package io.newsalert.streams.extract;

import static io.newsalert.streams.extract.ExtractedClosures.closure;
import static io.newsalert.streams.extract.ExtractedClosures.closures;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.streams.extract.eval.ClosureFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeClosureExtractorTest {

    private final ClosureExtractor extractor = ClosureExtractors.standard(Optional.empty());

    @Nested
    class Segments {

        @Test
        void shouldReadARangeInFullWidthBracketsWithADash() {
            assertThat(closures(
                            "2023-07-03", "本报讯 7月2日，市交警支队发布通告，长风街（新化路—滨河西路）段自7月5日起至9月30日" + "半幅封闭施工，封闭北半幅，车辆可绕行学府街。"))
                    .containsExactly(
                            closure("长风街", "新化路", "滨河西路", Side.NORTH, Lane.HALF_ROAD, "2023-07-05", "2023-09-30"));
        }

        @Test
        void shouldReadARangeWrittenWithADashAndNoBrackets() {
            assertThat(closures("2022-03-10", "本报讯 3月9日，交警部门通报，因雨污分流改造，即日起至4月30日，建设南路许坦东街—南内环街" + "东侧非机动车道封闭施工。"))
                    .containsExactly(closure(
                            "建设南路", "许坦东街", "南内环街", Side.EAST, Lane.NON_MOTOR_LANE, "2022-03-09", "2022-04-30"));
        }

        @Test
        void shouldReadAnIntersectionAsTheRoadAndItsCrossStreet() {
            assertThat(closures("2021-04-20", "本报讯 4月19日，交警支队消息，因地铁施工需要，明日起，迎泽大街与新建路交叉口" + "将封闭施工，预计工期3个月。"))
                    .containsExactly(closure("迎泽大街", "新建路", null, null, Lane.INTERSECTION, "2021-04-20", null));
        }

        @Test
        void shouldKeepAPointNamedByDistanceWhole() {
            assertThat(closures("2020-10-12", "本报讯 10月11日，交警支队通报，10月13日至11月20日，滨河东路摄乐桥以北300米处" + "西侧辅路封闭施工。"))
                    .containsExactly(closure(
                            "滨河东路", "摄乐桥以北300米处", null, Side.WEST, Lane.SERVICE_ROAD, "2020-10-13", "2020-11-20"));
        }

        @Test
        void shouldReadSeveralSegmentsOfOneSentenceSeparatedBySemicolonsAndCommas() {
            assertThat(closures(
                            "2022-08-02",
                            "本报讯 8月1日，交警支队通报，8月3日至8月31日，以下路段封闭施工：学府街长治路至"
                                    + "体育路段南侧人行道；平阳路南中环街至西里街段、亲贤街平阳路至体育路段双向机动车道。"))
                    .containsExactly(
                            closure("学府街", "长治路", "体育路", Side.SOUTH, Lane.SIDEWALK, "2022-08-03", "2022-08-31"),
                            closure(
                                    "平阳路",
                                    "南中环街",
                                    "西里街",
                                    Side.BOTH_DIRECTIONS,
                                    Lane.MOTOR_LANE,
                                    "2022-08-03",
                                    "2022-08-31"),
                            closure(
                                    "亲贤街",
                                    "平阳路",
                                    "体育路",
                                    Side.BOTH_DIRECTIONS,
                                    Lane.MOTOR_LANE,
                                    "2022-08-03",
                                    "2022-08-31"));
        }

        @Test
        void shouldReadPageTextWithStraySpacesAndFullWidthDigits() {
            assertThat(closures("2022-03-10", "本报讯 ３月９日，交警部门通报，即日起至４月３０日，建设南路 许坦东街至南内环街段" + "东侧非机动车道封闭施工。"))
                    .containsExactly(closure(
                            "建设南路", "许坦东街", "南内环街", Side.EAST, Lane.NON_MOTOR_LANE, "2022-03-09", "2022-04-30"));
        }

        @Test
        void shouldReadBothSidesOfAnEastWestRoadAsNorthAndSouth() {
            assertThat(closures("2022-06-15", "本报讯 6月14日，交警支队通报，即日起至7月10日，府东街五一路至建设路段两侧" + "非机动车道封闭施工。"))
                    .extracting(ClosureFields::side)
                    .containsExactly(Side.NORTH_AND_SOUTH);
        }
    }

    @Nested
    class Periods {

        @Test
        void shouldReadHoursAndExplicitYears() {
            final Article article = Article.newBuilder()
                    .setId("t-2")
                    .setPublished(LocalDate.of(2024, 7, 5))
                    .setBody("本报讯 为配合地铁施工，2024年7月6日0时至8月25日24时，长兴路南段全封闭，禁止一切车辆通行。")
                    .build();

            final TrafficClosure c = extractor.extract(article).get(0);

            assertThat(List.of(c.getStart(), c.getEnd()))
                    .containsExactly(LocalDate.of(2024, 7, 6), LocalDate.of(2024, 8, 25));
            assertThat(List.of(c.getStartHour(), c.getEndHour())).containsExactly(0, 24);
            assertThat(c.getLane()).isEqualTo(Lane.FULL_ROAD);
        }

        @Test
        void shouldTakeTheNextYearWhenTheRangeWraps() {
            assertThat(closures("2021-12-20", "本报讯 12月19日，交警支队通报，12月22日至3月15日，漪汾街千峰南路至西中环路段" + "北半幅封闭施工。"))
                    .extracting(ClosureFields::start, ClosureFields::end)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 12, 22), LocalDate.of(2022, 3, 15)));
        }

        @Test
        void shouldReadAPeriodWhoseDatesCarryTheirWeekdays() {
            assertThat(closures("2023-10-20", "本报讯 10月19日，交警支队通报，10月24日（星期二）0时至12月4日（星期一）24时，" + "青年路望江东路至宁国路段南半幅封闭。"))
                    .extracting(ClosureFields::start, ClosureFields::end)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 10, 24), LocalDate.of(2023, 12, 4)));
        }

        @Test
        void shouldCloseAnOpenPeriodWithAnEndWrittenInTheNextSentence() {
            assertThat(closures("2022-04-28", "本报讯 4月27日，交警支队通报，5月1日起，南沙河街建设北路至东山路段封闭施工。" + "预计7月底完工，届时恢复通行。"))
                    .extracting(ClosureFields::start, ClosureFields::end)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 7, 31)));
        }

        @Test
        void shouldReadAPeriodEndingInQiJian() {
            assertThat(closures("2022-05-20", "本报讯 5月19日，交警支队通报，5月21日至6月25日期间，新晋祠路南中环街至武洛街段" + "西侧机动车道封闭施工。"))
                    .extracting(ClosureFields::start, ClosureFields::end)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 5, 21), LocalDate.of(2022, 6, 25)));
        }
    }

    @Nested
    class NotClosures {

        @Test
        void shouldIgnoreAReopening() {
            assertThat(closures("2022-09-01", "本报讯 8月31日，交警支队通报，经过三个月施工，胜利街涧河路至新建路段9月1日起" + "恢复通行。"))
                    .isEmpty();
        }

        @Test
        void shouldIgnoreOneWayAndTurnRules() {
            assertThat(closures("2022-09-01", "本报讯 即日起，柳巷北路实行由南向北单向通行，五一路与府西街路口禁止左转。"))
                    .isEmpty();
        }

        @Test
        void shouldIgnoreABanOnOneDirectionOfTravel() {
            assertThat(closures("2022-09-01", "本报讯 即日起，解放路府西街至府东街段禁止由北向南方向车辆通行。"))
                    .isEmpty();
        }

        @Test
        void shouldIgnoreTheRemovalOfParkingBays() {
            assertThat(closures("2022-09-01", "本报讯 即日起，桥东街南侧的停车泊位将全部取消。")).isEmpty();
        }

        @Test
        void shouldIgnoreARangeThatIsPartOfAProjectsName() {
            assertThat(closures("2022-09-01", "本报讯 龙城大街（晋祠路—西中环路）提升改造工程近日通过验收，市民出行更加便捷。"))
                    .isEmpty();
        }
    }

    @Test
    void shouldRecogniseANameFromTheUsersRoadList(@TempDir final Path dir) throws IOException {
        final Path list = dir.resolve("roads.txt");
        Files.writeString(list, "# 本市道路\n南十方院\n", StandardCharsets.UTF_8);
        final Article article = Article.newBuilder()
                .setId("t-3")
                .setPublished(LocalDate.of(2022, 4, 2))
                .setBody("本报讯 4月1日，交警支队通报，即日起至4月30日，南十方院解放路至柳巷段封闭施工。")
                .build();

        assertThat(ClosureExtractors.standard(Optional.of(list)).extract(article))
                .extracting(TrafficClosure::getRoad, TrafficClosure::getFrom, TrafficClosure::getTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("南十方院", "解放路", "柳巷"));
    }

    /** Shapes learned from closure batches 6 to 8, each written here in sentences of its own. */
    @Nested
    class NoticeShapes {

        @Test
        void shouldReadStartAndEndPointsAtTwoCrossingsOfOneRoadAsARange() {
            assertThat(closures("2025-02-03", "二、封闭路段：起点为云杉路与松柏街交叉口，止点为云杉路与梧桐街交叉口。" + "三、封闭期间禁止一切车辆通行。"))
                    .extracting(ClosureFields::road, ClosureFields::from, ClosureFields::to)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("云杉路", "松柏街", "梧桐街"));
        }

        @Test
        void shouldReadTheDayWrittenBeforeAHourRangeOrTheWordSameDay() {
            assertThat(closures("2025-03-02", "本报讯 3月9日当天，东湖公园举行灯展，9时至16时，湖滨东路（公园路至湖心路）临时封闭。"))
                    .containsExactly(closure("湖滨东路", "公园路", "湖心路", null, Lane.FULL_ROAD, "2025-03-09", "2025-03-09"));
        }

        @Test
        void shouldReadKilometreRangesWrittenWithoutTheirRoadAsSegmentsOfTheRoadBefore() {
            assertThat(closures("2025-04-01", "本报讯 4月8日至4月18日，S302省道K5+100至K6+900段半幅封闭施工；" + "K9+000至K9+800段全封闭施工。"))
                    .extracting(ClosureFields::road, ClosureFields::from, ClosureFields::lane)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("S302省道", "K5+100", Lane.HALF_ROAD),
                            org.assertj.core.groups.Tuple.tuple("S302省道", "K9+000", Lane.FULL_ROAD));
        }

        @Test
        void shouldReadAStationsEntranceAndExitAsItsRamps() {
            assertThat(closures("2025-05-06", "本报讯 5月10日至5月20日，青银高速河东收费站出入口封闭，禁止一切车辆通行。"))
                    .containsExactly(closure("青银高速", "河东收费站", null, null, Lane.RAMP, "2025-05-10", "2025-05-20"));
        }

        @Test
        void shouldReadANameWhoseFirstWordEndsInAFunctionCharacter() {
            assertThat(closures("2025-06-02", "本报讯 6月5日至6月15日，自由路与光华街交叉口封闭施工。"))
                    .containsExactly(closure("自由路", "光华街", null, null, Lane.INTERSECTION, "2025-06-05", "2025-06-15"));
        }

        @Test
        void shouldNotTakeADateWeeksAfterTheEditionForTheDateline() {
            assertThat(closures("2025-07-01", "本报讯 7月12日晚，体育场举办音乐节，当日18时至23时，体育场北路（一环路至二环路）" + "实行交通管制，禁止社会车辆驶入。"))
                    .containsExactly(closure("体育场北路", "一环路", "二环路", null, Lane.FULL_ROAD, "2025-07-12", "2025-07-12"));
        }

        @Test
        void shouldReadSidesWorkedOneAfterTheOtherAsTwoClosures() {
            assertThat(closures("2025-08-01", "本报讯 8月4日至8月29日，槐荫路（新港路至石桥路）人行道翻修，先施工南侧，再施工北侧，" + "施工区域围挡封闭。"))
                    .extracting(ClosureFields::side, ClosureFields::lane)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(Side.SOUTH, Lane.SIDEWALK),
                            org.assertj.core.groups.Tuple.tuple(Side.NORTH, Lane.SIDEWALK));
        }

        @Test
        void shouldReadHalvesLabelledWithTheirOwnPeriodsAsPhasesOfTheRoadNamedBefore() {
            assertThat(closures("2025-09-01", "本报讯 白鹭桥将分南北两侧先后半幅施工。北半幅：9月8日至10月8日；南半幅：10月9日至11月9日。"))
                    .containsExactlyInAnyOrder(
                            closure("白鹭桥", null, null, Side.NORTH, Lane.HALF_ROAD, "2025-09-08", "2025-10-08"),
                            closure("白鹭桥", null, null, Side.SOUTH, Lane.HALF_ROAD, "2025-10-09", "2025-11-09"));
        }

        @Test
        void shouldReadBoundsWrittenByDirectionAsARangeOfTheRoadNamedBefore() {
            assertThat(closures("2025-10-01", "本报讯 10月6日至11月6日，临江大道实行交通管制，管制路段南起滨湖路口，北至望江路口，" + "管制期间全封闭施工。"))
                    .containsExactly(closure("临江大道", "滨湖路", "望江路", null, Lane.FULL_ROAD, "2025-10-06", "2025-11-06"));
        }
    }
}
