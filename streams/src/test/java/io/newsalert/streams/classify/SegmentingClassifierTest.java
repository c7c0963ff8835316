package io.newsalert.streams.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.Evidence;
import io.newsalert.schemas.Field;
import io.newsalert.schemas.TopicScore;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the classifier reads an article: words not substrings, headline over body, subject over list items. */
class SegmentingClassifierTest {

    private static final Classifier CLASSIFIER = Classifiers.standard(TaxonomyLoader.loadDefault());

    @Test
    void shouldTakeSafetyOfficerAsAJobInARecruitmentArticle() {
        final Article article = article(
                "退役军人振兴乡村",
                "线上招聘全面启动",
                "本报讯 5月24日，山西省退役军人2022年乡村振兴线上招聘活动全面启动。省内外1000余家知名企业参加招聘活动，"
                        + "带来焊工、行政主管、储备店长、机电工程师、安全员、货轮高级船员等近1.7万个岗位。");

        assertThat(CLASSIFIER.classify(article).topics()).containsExactly("employment");
    }

    @Test
    void shouldNotLabelTheCertificatesInAWorkersProfile() {
        final Article article = article(
                "用心建设太原这个“家”",
                "记山西省五一劳动奖章获得者王留金",
                "7年来，队内百余人先后获得工程师、安全员、测量员、专项安全生产管理员等证书。先后拿下滨河西路南延、" + "双塔南路改造等重点建设项目标段。市政道路施工时，各种纷繁复杂的管线埋藏于地面之下。");

        assertThat(CLASSIFIER.classify(article).topics()).isEmpty();
    }

    @Test
    void shouldNotTakeAnActionWordWithoutATravelSubjectForTraffic() {
        final Article article = article(
                "电梯突然停运 七人被困半小时",
                null,
                "本报讯 12日早高峰，一写字楼电梯运行中突然停在两层之间，七名上班族被困轿厢。物业联系维保单位到场，" + "半小时后打开轿厢门。市场监管部门已责令该楼电梯停用检修。");

        assertThat(CLASSIFIER.classify(article).topics()).containsExactly("safety");
    }

    @Test
    void shouldTakeAHazardToldWithoutTheUsualCueWordsForSafety() {
        final Article article = article(
                "清理化粪池时接连晕倒 三名工人两人经抢救脱险",
                null,
                "本报讯 一名工人下到化粪池内清淤时突然晕倒，两名同伴先后下去拉人，也相继倒在池底。救护人员佩戴呼吸器" + "将三人拉出，其中两人经抢救脱离危险。初步判断池内积聚了有毒气体。");

        assertThat(CLASSIFIER.classify(article).topics()).containsExactly("safety");
    }

    @Test
    void shouldNotTakeAnHonourForWorkSafetyAsSafetyNews() {
        final Article article =
                article("市应急管理局获评全省安全生产工作先进集体", null, "本报讯 日前，省安委会通报表彰2022年度安全生产工作先进集体和先进个人，市应急管理局榜上有名。");

        assertThat(CLASSIFIER.classify(article).topics()).isEmpty();
    }

    @Test
    void shouldNotTakeAnEpidemicDefenceLineForSafety() {
        final Article article = article(
                "市领导赴迎泽区 调研督导工作",
                null,
                "本报讯 5月24日，市委常委周计伟赴迎泽区，调研督导常态化疫情防控工作。他指出，要科学合理设置便民核酸采样点，" + "减少人员聚集，切实筑牢疫情防控安全防线。");

        assertThat(CLASSIFIER.classify(article).topics()).isEmpty();
    }

    @Test
    void shouldNotTakeInfrastructureInAnEconomicInterviewForTraffic() {
        final Article article =
                article("全力打造国家区域中心城市核心区", "访万柏林区委书记孙泉", "聚焦传统优势产业提升、战略新兴产业培育、基础设施建设提质等方面，谋划储备全区重大项目215个、计划投资309亿元。");

        assertThat(CLASSIFIER.classify(article).topics()).isEmpty();
    }

    @Test
    void shouldNotCountSafetyInsideFinancialSafety() {
        final Article article = article("银行员工上街讲防骗", null, "本报讯 浙江省公安厅、浙江银监局联合启动金融安全“心防工程”建设，讲解金融安全防范知识，提醒市民防范电信诈骗。");

        final TopicScore safety = score(CLASSIFIER.classify(article), "safety");

        assertThat(safety.getEvidence()).extracting(Evidence::getTerm).doesNotContain("安全");
        assertThat(CLASSIFIER.classify(article).topics()).isEmpty();
    }

    @Test
    void shouldWeighAHeadlineWordMoreThanTheSameWordInTheBody() {
        final Classification result =
                CLASSIFIER.classify(article("我市开展燃气安全专项整治", null, "本报讯 连日来，执法人员逐一查看燃气阀门、灶具、软管是否合格，管道有没有漏气。"));

        final List<Evidence> evidence = score(result, "safety").getEvidence();
        final Evidence inHeadline = evidence.stream()
                .filter(e -> e.getWhere() == Field.HEADLINE)
                .findFirst()
                .orElseThrow();
        final Evidence inBody = evidence.stream()
                .filter(e -> e.getWhere() == Field.BODY)
                .findFirst()
                .orElseThrow();

        assertThat(inHeadline.getWeight()).isGreaterThan(inBody.getWeight());
        assertThat(result.topics()).containsExactly("safety");
    }

    @Test
    void shouldNotLabelABusArticleThatChangesNothingForTravellers() {
        final Article article = article("新能源公交车年底全部替换到位", null, "本报讯 市公交集团今年新购置纯电动公交车300辆，年底前全部替换燃油车，乘坐更舒适。");

        assertThat(CLASSIFIER.classify(article).topics()).isEmpty();
    }

    @Test
    void shouldNotLetABodyOnlyMentionMakeTheSubject() {
        final Article article = article(
                "王文华督导重点产业项目建设和疫情防控工作",
                null,
                "本报讯 市委书记王文华一行察看企业经营和在建项目进度，了解疫情防控和安全生产措施落实情况。" + "王文华说，疫情防控形势下抓安全生产难度更大，必须牢牢守住安全底线，压实安全生产责任。");

        final Classification result = CLASSIFIER.classify(article);

        assertThat(score(result, "safety").getScore()).isPositive();
        assertThat(result.topics()).isEmpty();
    }

    @Test
    void shouldCarryAVersionThatNamesTheMethodTheTaxonomyAndTheModel() {
        assertThat(CLASSIFIER.version()).matches("words-1\\+[0-9a-f]{8}\\+model-[0-9a-f]{8}");
    }

    private static TopicScore score(final Classification result, final String topic) {
        return result.scores().stream()
                .filter(s -> s.getTopic().equals(topic))
                .findFirst()
                .orElseThrow();
    }

    private static Article article(final String headline, final String subtitle, final String body) {
        return Article.newBuilder()
                .setId("t")
                .setPublished(LocalDate.of(2022, 5, 25))
                .setHeadline(headline)
                .setSubtitle(subtitle)
                .setBody(body)
                .build();
    }
}
