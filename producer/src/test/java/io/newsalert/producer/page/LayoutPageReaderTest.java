package io.newsalert.producer.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LayoutPageReaderTest {

    private static final LocalDate EDITION = LocalDate.of(2023, 3, 8);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"), PageReaders.PAPER_ZONE);
    private final PageReader reader = new LayoutPageReader(CLOCK);

    private PageResult read(final String page) {
        return reader.read(page, new PageInfo("test-page.txt", EDITION, "晋阳晚报"));
    }

    private static String page(final String... blocks) {
        return "\n\n" + String.join("\n\n", blocks) + "\n";
    }

    @Nested
    class Headings {

        @Test
        void shouldTakeTheShortFirstLineAsTheSectionLabel() {
            final PageResult result = read(page("民生热线", "小店区新增三处便民市场", "本报讯 3月7日，小店区三处便民市场正式开业，方便周边居民买菜购物。（赵敏）"));

            assertThat(result.sectionLabels()).containsExactly("民生热线");
            assertThat(result.articles()).singleElement().satisfies(a -> {
                assertThat(a.getHeadline()).isEqualTo("小店区新增三处便民市场");
                assertThat(a.getSection()).isEqualTo("民生热线");
            });
        }

        @Test
        void shouldTakeATwoLineBlockAboveAHeadlineAsABannerNotAnArticle() {
            final PageResult result = read(page(
                    "民生热线",
                    "小店区新增三处便民市场",
                    "本报讯 3月7日，小店区三处便民市场正式开业。（赵敏）",
                    "聚焦一季度\n开门红",
                    "春耕备耕有序推进",
                    "本报讯 3月7日，清徐县组织农技人员下乡指导春耕。（钱峰）"));

            assertThat(result.banners()).containsExactly("聚焦一季度 开门红");
            assertThat(result.articles()).extracting(Article::getHeadline).containsExactly("小店区新增三处便民市场", "春耕备耕有序推进");
        }

        @Test
        void shouldJoinAHeadlineSetOnTwoLinesWithOneSpace() {
            final PageResult result =
                    read(page("民生热线", "阳曲县农村公路\n新建改造120公里", "本报讯 3月7日，记者从阳曲县交通运输局获悉，今年将新建改造农村公路120公里。（孙立）"));

            assertThat(result.articles())
                    .singleElement()
                    .satisfies(a -> assertThat(a.getHeadline()).isEqualTo("阳曲县农村公路 新建改造120公里"));
        }

        @Test
        void shouldTakeAShortLineWithACommaAboveADatelineAsTheHeadline() {
            final PageResult result = read(page(
                    "民生热线",
                    "小店区新增三处便民市场",
                    "本报讯 3月7日，小店区三处便民市场正式开业。",
                    "稳岗位，促就业",
                    "本报讯 3月7日，市人社局出台稳岗返还政策，惠及企业2.3万户。（孙立）"));

            assertThat(result.articles()).extracting(Article::getHeadline).containsExactly("小店区新增三处便民市场", "稳岗位，促就业");
        }

        @Test
        void shouldTakeTheShortLineAboveTheHeadlineAsTheKicker() {
            final PageResult result =
                    read(page("民生热线", "每户最高补贴3000元", "老旧小区加装电梯 补贴政策出台", "本报讯 3月7日，市住建局发布老旧小区加装电梯补贴办法。（周岚）"));

            assertThat(result.articles()).singleElement().satisfies(a -> {
                assertThat(a.getKicker()).isEqualTo("每户最高补贴3000元");
                assertThat(a.getHeadline()).isEqualTo("老旧小区加装电梯 补贴政策出台");
            });
        }

        @Test
        void shouldTakeTheDashedLineUnderTheHeadlineAsTheSubtitleWithoutDashes() {
            final PageResult result =
                    read(page("民生热线", "把服务送到群众家门口", "——记杏花岭区社区网格员张红", "清晨七点，张红已经走在社区的巷子里。她说：“群众的事再小也是大事。”记者 李明"));

            assertThat(result.articles()).singleElement().satisfies(a -> {
                assertThat(a.getSubtitle()).isEqualTo("记杏花岭区社区网格员张红");
                assertThat(a.getByline()).containsExactly("李明");
                assertThat(a.getBody()).doesNotContain("记者");
            });
        }
    }

    @Nested
    class DatelinesAndBylines {

        @Test
        void shouldResolveTheDatelineAgainstTheEditionYearAndKeepTheDateInTheBody() {
            final Article article = read(page("民生热线", "迎泽公园樱花进入盛花期", "本报讯 3月7日，迎泽公园的樱花进入盛花期，吸引大批市民前来观赏。（刘芳）"))
                    .articles()
                    .get(0);

            assertThat(article.getDateline()).isEqualTo(LocalDate.of(2023, 3, 7));
            assertThat(article.getBody()).startsWith("3月7日，迎泽公园");
            assertThat(article.getByline()).containsExactly("刘芳");
        }

        @Test
        void shouldTakeTheReportersFromTheDatelineBracket() {
            final Article article = read(page("民生热线", "晋祠博物馆推出夜游", "本报讯（记者 李娜）3月7日，晋祠博物馆宣布推出夜游项目，每周五至周日开放。"))
                    .articles()
                    .get(0);

            assertThat(article.getByline()).containsExactly("李娜");
            assertThat(article.getBody()).startsWith("3月7日，晋祠博物馆");
            assertThat(article.getDateline()).isEqualTo(LocalDate.of(2023, 3, 7));
        }

        @Test
        void shouldSplitSeveralReportersInOneBracket() {
            final Article article = read(page("民生热线", "汾河两岸绿化提质", "本报讯 3月7日，汾河两岸新一轮绿化提质工程启动。（申波、王清茗）"))
                    .articles()
                    .get(0);

            assertThat(article.getByline()).containsExactly("申波", "王清茗");
            assertThat(article.getBody()).endsWith("工程启动。");
        }

        @Test
        void shouldTakeAReporterLineOnItsOwnAsTheBylineOfTheArticleAbove() {
            final PageResult result = read(page(
                    "民生热线",
                    "汾河两岸绿化提质",
                    "本报讯 3月7日，汾河两岸新一轮绿化提质工程启动。",
                    "记者 徐方伟",
                    "晋源区启动植树月",
                    "本报讯 3月7日，晋源区启动全民义务植树月活动。（马强）"));

            assertThat(result.articles()).extracting(Article::getByline).containsExactly(List.of("徐方伟"), List.of("马强"));
        }

        @Test
        void shouldTakeABylineGluedToTheLastParagraph() {
            final Article article = read(page("民生热线", "一线工人的坚守", "夜里十一点，抢修现场依然灯火通明。", "他说，守护好城市的供水，是最基本的职业操守。记者 王春宇"))
                    .articles()
                    .get(0);

            assertThat(article.getByline()).containsExactly("王春宇");
            assertThat(article.getBody()).endsWith("职业操守。");
        }
    }

    @Nested
    class ColumnArtifacts {

        @Test
        void shouldNotMakeAPhotoCaptionAnArticle() {
            final PageResult result = read(page(
                    "民生热线",
                    "汾河两岸绿化提质",
                    "本报讯 3月7日，汾河两岸新一轮绿化提质工程启动。（申波）",
                    "3月7日，志愿者在汾河公园补植树苗。刘洋 摄",
                    "晋源区启动植树月",
                    "本报讯 3月7日，晋源区启动全民义务植树月活动。（马强）"));

            assertThat(result.captions()).containsExactly("3月7日，志愿者在汾河公园补植树苗。刘洋 摄");
            assertThat(result.articles())
                    .hasSize(2)
                    .allSatisfy(a -> assertThat(a.getBody()).doesNotContain("志愿者在汾河公园"));
        }

        @Test
        void shouldJoinAParagraphBrokenAcrossColumnsMidSentence() {
            final Article article = read(page(
                            "民生热线", "地铁2号线客流创新高", "本报讯 3月7日，地铁2号线日客流首次突破20万人次，运营公司在早晚高峰加开", "临客列车，缩短行车间隔。（郭亮）"))
                    .articles()
                    .get(0);

            assertThat(article.getBody()).contains("加开临客列车").doesNotContain("\n");
        }

        @Test
        void shouldTakeADisplacedSubtitleOutOfAnotherArticlesSentenceAndGiveItToItsOwner() {
            final PageResult result = read(page(
                    "民生热线",
                    "寒潮来袭 全市启动防寒预案",
                    "本报讯 3月7日，受强冷空气影响，市气象台发布寒潮蓝色预警，提醒市民注意防寒保暖。",
                    "供暖企业已全部进入应急状态，确保供暖温度达标。",
                    "高校毕业生就业见习岗位开放申请",
                    "本报讯 3月7日，市人社局面向高校毕业生推出首批就业见习岗位，涉及财务、",
                    "——供暖企业进入应急状态",
                    "行政、技术等类别，见习期间发放生活补贴。"));

            assertThat(result.articles()).hasSize(2);
            assertThat(result.articles().get(0).getSubtitle()).isEqualTo("供暖企业进入应急状态");
            assertThat(result.articles().get(1).getSubtitle()).isNull();
            assertThat(result.articles().get(1).getBody()).contains("财务、行政、技术").doesNotContain("供暖");
        }

        @Test
        void shouldJoinTheShortHeadOfAParagraphCutByAColumnToTheRestOfIt() {
            final PageResult result = read(page(
                    "民生热线",
                    "地铁2号线客流创新高",
                    "本报讯 3月7日，地铁2号线日客流首次突破20万人次。",
                    "运营公司在早晚高峰加开临客列车",
                    "并将行车间隔缩短至4分钟，方便市民通勤。",
                    "晋源区启动植树月",
                    "本报讯 3月7日，晋源区启动全民义务植树月活动。"));

            assertThat(result.articles()).extracting(Article::getHeadline).containsExactly("地铁2号线客流创新高", "晋源区启动植树月");
            assertThat(result.articles().get(0).getBody()).endsWith("加开临客列车并将行车间隔缩短至4分钟，方便市民通勤。");
        }

        @Test
        void shouldReadALineEndingMidPhraseAsText() {
            final Article article = read(page(
                            "民生热线",
                            "地铁2号线客流创新高",
                            "本报讯 3月7日，地铁2号线日客流首次突破20万人次，运营公司已在早晚高峰加开临客列车。",
                            "下一步将增加周末和",
                            "节假日的列车班次。（郭亮）"))
                    .articles()
                    .get(0);

            assertThat(article.getBody()).endsWith("增加周末和节假日的列车班次。");
        }

        @Test
        void shouldTakeAHeadlinesSecondPartOutOfItsOwnTextAsItsSubtitle() {
            final Article article = read(page(
                            "民生热线",
                            "春季招聘周",
                            "本报讯 3月7日，万柏林区春季招聘周开幕，120家企业带来岗位2000余个，涵盖普工、",
                            "线上线下同步招聘",
                            "电工、厨师等工种，线下招聘同步在线上招聘平台直播。（侯军）"))
                    .articles()
                    .get(0);

            assertThat(article.getSubtitle()).isEqualTo("线上线下同步招聘");
            assertThat(article.getBody()).contains("普工、电工");
        }
    }

    @Nested
    class Notices {

        @Test
        void shouldKeepNumberedIntertitlesAndTheSignatureOfANoticeInItsBody() {
            final PageResult result = read(page(
                    "民生热线",
                    "关于长风街部分路段封闭施工的通告",
                    "因雨污分流改造工程施工需要，现将有关事项通告如下：",
                    "一、封闭范围",
                    "长风街体育路至平阳路段南半幅封闭施工。",
                    "二、封闭时间",
                    "2023年3月10日至2023年6月30日。",
                    "特此通告。",
                    "太原市公安局交通警察支队\n太原市城乡管理局\n2023年3月7日",
                    "晋源区启动植树月",
                    "本报讯 3月7日，晋源区启动全民义务植树月活动。（马强）"));

            assertThat(result.articles()).hasSize(2);
            assertThat(result.articles().get(0).getBody())
                    .contains("一、封闭范围\n长风街", "二、封闭时间")
                    .endsWith("特此通告。\n太原市公安局交通警察支队\n太原市城乡管理局\n2023年3月7日");
            assertThat(result.articles().get(1).getKicker()).isNull();
        }

        @Test
        void shouldTakeTheEndMarkOffTheLastParagraph() {
            final Article article = read(page("民生热线", "迎泽公园樱花进入盛花期", "本报讯 3月7日，迎泽公园的樱花进入盛花期。（完）"))
                    .articles()
                    .get(0);

            assertThat(article.getBody()).endsWith("盛花期。");
            assertThat(article.getContinuesOnNextPage()).isFalse();
        }

        @Test
        void shouldReadADatelineThatNamesThePlace() {
            final Article article = read(page("民生热线", "晋祠博物馆推出夜游", "本报太原3月7日讯（记者 李娜 通讯员 王磊）晋祠博物馆宣布推出夜游项目。"))
                    .articles()
                    .get(0);

            assertThat(article.getDateline()).isEqualTo(LocalDate.of(2023, 3, 7));
            assertThat(article.getByline()).containsExactly("李娜", "王磊");
            assertThat(article.getBody()).isEqualTo("晋祠博物馆宣布推出夜游项目。");
        }
    }

    @Nested
    class PageTurns {

        @Test
        void shouldKeepAnArticleWhoseOpeningIsOnAnotherPageWithoutAHeadline() {
            final PageResult result = read(page(
                    "民生热线", "加快推进老旧管网改造，确保群众用水安全。他要求各部门密切配合，", "按期完成改造任务。", "汾河两岸绿化提质", "本报讯 3月7日，汾河两岸新一轮绿化提质工程启动。"));

            assertThat(result.articles()).hasSize(2);
            assertThat(result.articles().get(0).getHeadline()).isNull();
            assertThat(result.articles().get(0).getContinuedFromPreviousPage()).isTrue();
            assertThat(result.articles().get(0).getBody()).contains("密切配合，按期完成");
            assertThat(result.articles().get(1).getContinuedFromPreviousPage()).isFalse();
        }

        @Test
        void shouldFlagAnArticleThatRunsOffTheEndOfThePage() {
            final Article article = read(page("民生热线", "汾河两岸绿化提质", "本报讯 3月7日，汾河两岸新一轮绿化提质工程启动，计划新增绿地"))
                    .articles()
                    .get(0);

            assertThat(article.getContinuesOnNextPage()).isTrue();
        }

        @Test
        void shouldKeepTheLastLineOfThePageInTheArticleItBelongsTo() {
            final Article article = read(page("民生热线", "汾河两岸绿化提质", "本报讯 3月7日，汾河两岸新一轮绿化提质工程启动。", "具体线路及施工安排见《汾河两岸绿化提质工程"))
                    .articles()
                    .get(0);

            assertThat(article.getBody()).endsWith("见《汾河两岸绿化提质工程");
            assertThat(article.getContinuesOnNextPage()).isTrue();
        }

        @Test
        void shouldTakeAPageTurnMarkerOffTheTextAndFlagTheArticle() {
            final Article article = read(page("民生热线", "汾河两岸绿化提质", "本报讯 3月7日，汾河两岸新一轮绿化提质工程启动，计划新增绿地500亩。（下转第3版）"))
                    .articles()
                    .get(0);

            assertThat(article.getContinuesOnNextPage()).isTrue();
            assertThat(article.getBody()).endsWith("500亩。");
        }
    }

    @Nested
    class IdsAndDates {

        @Test
        void shouldGiveTheSameIdsWhenThePageIsReadTwice() {
            final String page =
                    page("民生热线", "汾河两岸绿化提质", "本报讯 3月7日，汾河两岸新一轮绿化提质工程启动。", "晋源区启动植树月", "本报讯 3月7日，晋源区启动全民义务植树月活动。");

            assertThat(read(page).articles())
                    .extracting(Article::getId)
                    .isEqualTo(
                            read(page).articles().stream().map(Article::getId).toList())
                    .doesNotHaveDuplicates();
        }

        @Test
        void shouldInferAMissingEditionDateFromTheFileNameAndSaySo() {
            final PageResult result = reader.read(
                    page("民生热线", "汾河两岸绿化提质", "本报讯 3月7日，汾河两岸绿化提质工程启动。"),
                    new PageInfo("taiyuan-2023-03-08-p5.txt", null, null));

            assertThat(result.articles().get(0).getPublished()).isEqualTo(EDITION);
            assertThat(result.warnings()).singleElement().asString().contains("2023-03-08", "--date");
        }

        @Test
        void shouldInferAMissingEditionDateFromTheLatestDatelineWhenNothingElseNamesIt() {
            final PageResult result =
                    reader.read(page("民生热线", "汾河两岸绿化提质", "本报讯 3月7日，汾河两岸绿化提质工程启动。"), new PageInfo("-", null, null));

            assertThat(result.articles().get(0).getPublished()).isEqualTo(LocalDate.of(2024, 3, 8));
            assertThat(result.warnings()).isNotEmpty();
        }
    }
}
