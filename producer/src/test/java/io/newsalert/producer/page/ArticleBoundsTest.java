package io.newsalert.producer.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where an article ends when its columns are printed apart, and subtitles set in unusual places. */
class ArticleBoundsTest {

    private static final LocalDate EDITION = LocalDate.of(2023, 7, 12);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"), PageReaders.PAPER_ZONE);
    private final PageReader reader = new LayoutPageReader(CLOCK);

    private PageResult read(final String page) {
        return reader.read(page, new PageInfo("test-page.txt", EDITION, "太原日报"));
    }

    private static String page(final String... blocks) {
        return "\n\n" + String.join("\n\n", blocks) + "\n";
    }

    @Test
    void shouldGiveTheRestOfALongArticlePrintedAfterAFinishedOneBackToIt() {
        final PageResult result = read(page(
                "城事",
                "老旧管网改造进入攻坚期",
                "本报讯（记者 王晓东） 7月11日，全市今年计划改造老旧管网420公里，目前已完成七成。",
                "社区食堂开进老旧小区",
                "本报讯 7月11日，柳巷街道首家社区长者食堂开门营业。（赵丽）",
                "改造完成后，小区供水压力不足等老问题将得到缓解。"));

        assertThat(result.articles()).extracting(Article::getHeadline).containsExactly("老旧管网改造进入攻坚期", "社区食堂开进老旧小区");
        assertThat(result.articles().get(0).getBody()).endsWith("等老问题将得到缓解。");
        assertThat(result.articles().get(0).getContinuesOnNextPage()).isFalse();
    }

    @Test
    void shouldMendASentenceBrokenAcrossAnotherArticleThatEndedWithItsByline() {
        final PageResult result = read(page(
                "民生",
                "汾河东岸步道月底贯通",
                "本报讯 8月2日，汾河东岸步道北延段主体已经完工，沿线新建的五处",
                "市民热线上半年受理诉求48万件",
                "本报讯 8月2日，市政务服务便民热线发布上半年运行情况。（高洁）",
                "驿站提供饮用水和应急药箱。"));

        assertThat(result.articles()).hasSize(2);
        assertThat(result.articles().get(0).getBody()).contains("新建的五处驿站提供饮用水");
    }

    @Test
    void shouldCarryOnAnOpenSentenceAfterAnUnfinishedShortArticleWhenTheWordsSayItBelongsThere() {
        final PageResult result = read(page(
                "要闻",
                "城中村安置房陆续交付",
                "本报讯 10月9日，今年全市城中村安置房已交付3.2万余套。为方便居民办理入住，各区在安置小区设立了临时",
                "重阳节敬老餐 社区为老人包饺子",
                "本报讯 10月9日，桥东街道组织志愿者为高龄老人包饺子。",
                "服务点，集中为安置小区居民办理入住手续。"));

        assertThat(result.articles().get(0).getBody()).contains("设立了临时服务点，集中为安置小区居民");
        assertThat(result.articles().get(1).getBody()).endsWith("包饺子。");
    }

    @Test
    void shouldKeepANewParagraphWithTheArticleItFollowsWhenItSharesNoWordsWithTheOpenOne() {
        final PageResult result = read(page(
                "要闻",
                "高层住宅消防设施体检启动",
                "本报讯 10月16日，消防救援支队启动高层住宅消防设施检查。对整改不力的",
                "一场秋雨一场寒",
                "本报讯 10月16日，市气象台预报本周后期全市将出现降温降雨。",
                "气象部门提醒市民及时添衣，注意预防感冒。"));

        assertThat(result.articles().get(1).getBody()).endsWith("注意预防感冒。");
    }

    @Test
    void shouldJoinASubtitleWrappedOntoTwoLines() {
        final PageResult result = read(page("把风险挡在事故之前", "——访市应急管理局党委书记、局长\n刘建国", "“今年以来，全市没有发生较大以上生产安全事故。”刘建国说。"));

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.getHeadline()).isEqualTo("把风险挡在事故之前");
            assertThat(a.getSubtitle()).isEqualTo("访市应急管理局党委书记、局长刘建国");
        });
    }

    @Test
    void shouldReadDashesOnALineOfTheirOwnAsTheStartOfTheSubtitleUnderThem() {
        final PageResult result =
                read(page("化工企业夜查 查出问题17项", "——\n夏季高温时段每周至少夜查一次", "本报讯 8月1日晚，市应急管理局执法人员对两家化工企业进行夜间突击检查。（曹阳）"));

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.getHeadline()).isEqualTo("化工企业夜查 查出问题17项");
            assertThat(a.getSubtitle()).isEqualTo("夏季高温时段每周至少夜查一次");
        });
    }

    @Test
    void shouldTakeASubtitlePrintedAboveItsHeadline() {
        final PageResult result = read(page("要闻", "——全市抢抓晴好天气颗粒归仓", "秋粮收获过半 机收率超九成", "本报讯（贾雯） 10月9日，全市秋粮已收获62万亩。"));

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.getHeadline()).isEqualTo("秋粮收获过半 机收率超九成");
            assertThat(a.getSubtitle()).isEqualTo("全市抢抓晴好天气颗粒归仓");
        });
    }

    @Test
    void shouldOpenANoticeUnderItsTitleEvenWhenTheArticleBeforeHasNotEnded() {
        final PageResult result = read(page(
                "让“一老一小”在家门口享服务",
                "本报记者 刘洋",
                "小店区在38个社区建成“一老一小”服务站。",
                "关于延长部分公交线路运营时间的通告",
                "为方便市民夜间出行，自10月15日起调整以下公交线路运营时间。"));

        assertThat(result.articles())
                .extracting(Article::getHeadline)
                .containsExactly("让“一老一小”在家门口享服务", "关于延长部分公交线路运营时间的通告");
    }

    @Test
    void shouldKeepASubtitlePrintedAboveTheKickerWithItsArticle() {
        final PageResult result =
                read(page("——春耕前全市水渠清淤将全部完成", "引水灌溉早准备", "东山灌区渠道清淤过半", "本报讯（记者 周文） 3月4日，东山灌区干渠清淤已完成四十公里。"));

        final Article article = result.articles().get(0);
        assertThat(article.getHeadline()).isEqualTo("东山灌区渠道清淤过半");
        assertThat(article.getKicker()).isEqualTo("引水灌溉早准备");
        assertThat(article.getSubtitle()).isEqualTo("春耕前全市水渠清淤将全部完成");
    }

    @Test
    void shouldReadABriefsColumnTitleAsABannerAndAnEditorsLineAsNoContent() {
        final PageResult result = read(page(
                "民生",
                "老城区供暖管网改造完工",
                "本报讯 3月4日，老城区今年的供暖管网改造全部完工。（周文）",
                "本地快讯",
                "北城区开展电梯安全抽查",
                "本报讯 3月4日，北城区对12个小区的48部电梯进行抽查。（李想）",
                "责任编辑 赵明　美术编辑 孙悦　校对 钱红"));

        final Article article = result.articles().get(1);
        assertThat(article.getKicker()).isNull();
        assertThat(article.getSubtitle()).isNull();
        assertThat(article.getBody()).doesNotContain("责任编辑");
        assertThat(result.banners()).containsExactly("本地快讯");
    }

    @Test
    void shouldGiveTheRestOfAnArticleToItNotToANoticeEndedByItsSignature() {
        final PageResult result = read(page(
                "民生",
                "关于丰收路夜间封闭施工的通告",
                "因丰收路燃气管道改造施工需要，现将有关事项通告如下：",
                "一、3月10日至3月20日每日22时至次日6时，丰收路全幅封闭。",
                "特此通告。",
                "市公安局交通警察支队\n2026年3月8日",
                "老街区装上了智能烟感",
                "本报记者 周文",
                "“半夜报警器一响，手机就收到了提醒。”家住老街区的李阿姨说。今年以来，全区为独居老人安装智能烟感两千余个。",
                "春季植树活动启动",
                "本报讯 3月9日，全市春季义务植树活动在滨河公园启动。（孙悦）",
                "社区网格员每月上门检查一次设备，发现电池电量不足的及时更换。"));

        assertThat(result.articles())
                .extracting(Article::getHeadline)
                .containsExactly("关于丰收路夜间封闭施工的通告", "老街区装上了智能烟感", "春季植树活动启动");
        assertThat(result.articles().get(0).getBody()).endsWith("2026年3月8日");
        assertThat(result.articles().get(1).getBody()).endsWith("发现电池电量不足的及时更换。");
    }

    @Test
    void shouldReadAKickerAtThePageTopAsAKickerNotAsTheSectionLabel() {
        final PageResult result = read(page(
                "第3版　民生　　2026年5月6日　星期三",
                "五一文旅消费回暖",
                "景区接待游客同比增长两成",
                "——夜游项目成为新亮点",
                "本报讯（记者 周文） 5月5日，市文旅局发布五一假期全市文旅市场情况。"));

        assertThat(result.articles().get(0).getKicker()).isEqualTo("五一文旅消费回暖");
        assertThat(result.articles().get(0).getHeadline()).isEqualTo("景区接待游客同比增长两成");
    }

    @Test
    void shouldReadAnyBriefsColumnTitleAsABanner() {
        final PageResult result = read(page(
                "民生",
                "老城区供暖管网改造完工",
                "本报讯 3月4日，老城区今年的供暖管网改造全部完工。（周文）",
                "城事速递",
                "社区食堂推出老年套餐",
                "本报讯 3月4日，东关社区食堂推出10元老年套餐。（李想）"));

        assertThat(result.articles().get(1).getKicker()).isNull();
        assertThat(result.banners()).containsExactly("城事速递");
    }

    @Test
    void shouldReadAShortKickerUnderAHeadThatNamesTheSection() {
        final PageResult result =
                read(page("第5版　城市新闻　　2026年6月10日　星期三", "汛期将至", "老城区排水管网完成疏通", "本报讯（记者 孙悦） 6月9日，老城区今年的排水管网疏通工作全部完成。"));

        assertThat(result.articles()).hasSize(1);
        assertThat(result.articles().get(0).getKicker()).isEqualTo("汛期将至");
        assertThat(result.articles().get(0).getHeadline()).isEqualTo("老城区排水管网完成疏通");
    }

    @Test
    void shouldReadAMastheadAndASlashEditorsLineAsNoContent() {
        final PageResult result = read(page(
                "晋中日报　城市新闻　05",
                "2026年6月10日　星期三",
                "老城区排水管网完成疏通",
                "本报讯（记者 孙悦） 6月9日，老城区今年的排水管网疏通工作全部完成。（孙悦）",
                "编辑　周文　　校对　李想"));

        assertThat(result.articles()).hasSize(1);
        assertThat(result.articles().get(0).getKicker()).isNull();
        assertThat(result.articles().get(0).getSubtitle()).isNull();
    }

    @Test
    void shouldReadACommentarysColumnTitleAndAuthorLine() {
        final PageResult result = read(page(
                "要闻",
                "老城区供暖管网改造完工",
                "本报讯 3月4日，老城区今年的供暖管网改造全部完工。（周文）",
                "晋阳时评",
                "让老街巷留住烟火气",
                "□ 李想",
                "老街巷改造，改的是路面和管线，留的是街坊邻里的日子。"));

        final Article commentary = result.articles().get(1);
        assertThat(commentary.getHeadline()).isEqualTo("让老街巷留住烟火气");
        assertThat(commentary.getKicker()).isNull();
        assertThat(commentary.getByline()).containsExactly("李想");
        assertThat(result.banners()).containsExactly("晋阳时评");
    }

    @Test
    void shouldKeepASubheadOpeningOnAQuotationInsideAFeatureWhoseReportersAreNamedAbove() {
        final PageResult result = read(page(
                "城事",
                "老旧小区加装电梯提速",
                "本报讯（记者 孙悦） 今年以来，全市已有86部加装电梯投入使用。",
                "一栋楼一本账",
                "“先摸清每户的想法，再定方案。”社区书记说。",
                "春季植树活动启动",
                "本报记者 李想",
                "“今年种的都是本地树种。”园林工人说。"));

        assertThat(result.articles()).extracting(Article::getHeadline).containsExactly("老旧小区加装电梯提速", "春季植树活动启动");
        assertThat(result.articles().get(0).getBody()).contains("一栋楼一本账");
    }

    @Test
    void shouldKeepANoticesNextItemInItsListThoughItSharesWordsWithAnOpenFeature() {
        final PageResult result = read(page(
                "城事",
                "校门口接送难题怎么解",
                "本报讯（记者 孙悦） 早上7时，东关小学门前已排起车队。学校周边的",
                "失业保险金可网上申领",
                "本报讯 3月17日，记者从市人社局获悉，失业保险金可在网上申领。（冯洁）",
                "关于东关街施工期间实行交通管制的通告",
                "因东关街管网改造施工需要，现通告如下：",
                "一、3月22日至5月20日，东关街北半幅封闭。",
                "二、施工期间禁止大型货车驶入东关街。",
                "三、东关小学接送学生的车辆请在学校北侧临时接送区停放。",
                "特此通告。",
                "市公安局交通警察支队\n2026年3月16日",
                "护学岗由民警和家长志愿者轮流值守，东关小学门前的车队短了。"));

        assertThat(result.articles().get(2).getBody()).contains("三、东关小学接送学生的车辆").endsWith("2026年3月16日");
        assertThat(result.articles().get(0).getBody()).contains("学校周边的护学岗由民警");
    }

    @Test
    void shouldKeepANewParagraphThatSharesSomeWordsWithAnOpenArticleWithItsOwnArticle() {
        final PageResult result = read(page(
                "城事",
                "老旧小区加装电梯提速",
                "本报记者 孙悦",
                "东关街道一处建于上世纪90年代的小区，今年装上了电梯。对于",
                "旧人行天桥拆除 双塔西街两晚断交",
                "本报讯（记者 李想） 4月22日，交警部门发布双塔西街人行天桥拆除期间的绕行提示。",
                "据了解，这座人行天桥建于上世纪90年代，桥下净高不足，拆除后将设过街信号灯。",
                "确实受到影响的低层住户，由出资住户参照标准给予补偿，小区加装电梯的协调难题有了解法。"));

        assertThat(result.articles().get(1).getBody()).endsWith("拆除后将设过街信号灯。");
        assertThat(result.articles().get(0).getBody()).contains("对于确实受到影响的低层住户");
    }

    @Test
    void shouldOpenANoticeAfterAnOpenSentenceRatherThanCarryTheSentenceIntoIt() {
        final PageResult result = read(page(
                "社会",
                "暑期防溺水排查展开",
                "本报讯（记者 孙悦） 7月8日，各校通过家长群发放《致家长的一封信》，",
                "关于东关街施工期间实行交通管制的通告",
                "因东关街管网改造施工需要，现通告如下：",
                "一、7月12日至9月10日，东关街东半幅封闭。",
                "特此通告。",
                "市公安局交通警察支队\n2025年7月8日",
                "7月7日，网格员在蓄水池边检查救生设施。本报记者 孙悦 摄",
                "请家长切实履行监护责任，不让孩子单独到水边玩耍。"));

        assertThat(result.articles())
                .extracting(Article::getHeadline)
                .containsExactly("暑期防溺水排查展开", "关于东关街施工期间实行交通管制的通告");
        assertThat(result.articles().get(0).getBody()).contains("《致家长的一封信》，请家长切实履行监护责任");
        assertThat(result.articles().get(1).getBody()).startsWith("因东关街管网改造");
    }

    @Test
    void shouldResumeAReportAfterAShortItemAndACaptionWhenItsWordsSaySo() {
        final PageResult result = read(page(
                "综合新闻",
                "招聘会开到了镇上",
                "——返乡务工人员专场招聘会见闻",
                "2月24日一早，东阳镇政府院里就摆开了40多家企业的招聘展位，前来求职的返乡务工人员排起了长队。",
                "文苑街东段下月起封闭改造",
                "本报讯（记者 张瑞） 2月25日，记者从区住建局获悉，文苑街东段3月起封闭改造。",
                "2月24日，求职者在招聘会上了解岗位信息。本报记者 郭峰 摄",
                "记者在招聘会现场看到，不少企业的招聘展位前，返乡务工人员正在登记求职信息。",
                "记者 郭峰"));

        assertThat(result.articles().get(0).getBody()).endsWith("正在登记求职信息。");
        assertThat(result.articles().get(0).getByline()).containsExactly("郭峰");
        assertThat(result.articles().get(1).getBody()).endsWith("封闭改造。");
    }

    @Test
    void shouldResumeASentenceLeftOpenWhenTheTextComesRightAfterACaption() {
        final PageResult result = read(page(
                "经济",
                "数字经济产业园入驻企业过六十家",
                "本报讯（记者 王杰） 11月19日，园区与两所高校合作共建了实训基地，",
                "直播带岗进园区 三小时收到简历千余份",
                "本报讯（记者 韩琪） 11月18日，市人社局在园区举办直播带岗活动，园区企业提供岗位860个。",
                "11月19日，园区一家企业的员工在调试服务器。本报记者 王杰 摄",
                "每年可为园区企业定向输送技术人员300人左右。"));

        assertThat(result.articles().get(0).getBody()).endsWith("实训基地，每年可为园区企业定向输送技术人员300人左右。");
        assertThat(result.articles().get(1).getBody()).endsWith("提供岗位860个。");
    }
}
