package io.newsalert.consumer.feeds;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.List;

/**
 * The traffic, safety and employment articles of the seed page (Taiyuan Daily, 2022-05-25, page 2) as the classifier
 * and the closure extractor hand them on: real text, the gold topics, and the gold closures.
 */
final class SeedArticles {

    static final LocalDate EDITION = LocalDate.of(2022, 5, 25);
    static final LocalDate DATELINE = LocalDate.of(2022, 5, 24);
    static final String AIRPORT_ID = "2022-05-25-a1f0c3d2e4b5";
    static final String GAS_PIPE_ID = "2022-05-25-7c2e9a4b1d30";
    static final String SAFETY_MONTH_ID = "2022-05-25-5b8d2f6a0c19";
    static final String COAL_MINE_ID = "2022-05-25-e3a7c9b2d418";
    static final String JOBS_ID = "2022-05-25-0d4f6b8a2c73";

    private static final String GAS_PIPE_DETAIL = "此次施工占用的具体路段是桃园北路旱西关街至府西街段的东侧非机动车道；"
            + "胜利街涧河路至新建路段的南、北侧非机动车道；坞城东街坞城路至太榆路的南侧非机动车道和并州南路西一巷的"
            + "体育路至并州南路段的非机动车道。";
    private static final String AIRPORT_SENTENCE =
            "因地铁1号线武宿机场站施工需要，即日起至2024年5月23日，" + "施工方将占用武宿机场部分公共停车位施工，停车场出入口通道也将临时变更。";

    private SeedArticles() {}

    static ClassifiedArticle airport() {
        final Article a = article(
                AIRPORT_ID,
                "施工占用停车场 机场出入有变更",
                "5月24日，交警支队通报，" + AIRPORT_SENTENCE + "\n"
                        + "交警提醒大家，此次施工时间跨度较长，施工占用部分停车位后，还将临时变更停车场的出入口通道，"
                        + "请前往机场接送旅客的驾驶员注意观察停车场设置的指示牌，确保车辆通行有序、出入顺畅。");
        return classified(
                a,
                List.of("traffic"),
                List.of(closure(
                        AIRPORT_ID,
                        1,
                        "武宿机场",
                        null,
                        null,
                        null,
                        Lane.PARKING,
                        LocalDate.of(2024, 5, 23),
                        "地铁1号线武宿机场站施工",
                        AIRPORT_SENTENCE)));
    }

    static ClassifiedArticle gasPipe() {
        final Article a = article(
                GAS_PIPE_ID,
                "更换燃气管线 占用部分道路",
                "5月24日，交警支队通报，因需要更换老旧燃气管线，即日起至7月25日，桃园北路、胜利街、坞城东路、"
                        + "并州南路西一巷等四条道路的部分非机动车道封闭施工。\n" + GAS_PIPE_DETAIL + "\n"
                        + "交警提醒大家，经过上述路段时，请注意避让施工人员和车辆，确保安全。");
        final LocalDate end = LocalDate.of(2022, 7, 25);
        final String reason = "更换老旧燃气管线";
        return classified(
                a,
                List.of("traffic"),
                List.of(
                        closure(
                                GAS_PIPE_ID,
                                1,
                                "桃园北路",
                                "旱西关街",
                                "府西街",
                                Side.EAST,
                                Lane.NON_MOTOR_LANE,
                                end,
                                reason,
                                GAS_PIPE_DETAIL),
                        closure(
                                GAS_PIPE_ID,
                                2,
                                "胜利街",
                                "涧河路",
                                "新建路",
                                Side.NORTH_AND_SOUTH,
                                Lane.NON_MOTOR_LANE,
                                end,
                                reason,
                                GAS_PIPE_DETAIL),
                        closure(
                                GAS_PIPE_ID,
                                3,
                                "坞城东街",
                                "坞城路",
                                "太榆路",
                                Side.SOUTH,
                                Lane.NON_MOTOR_LANE,
                                end,
                                reason,
                                GAS_PIPE_DETAIL),
                        closure(
                                GAS_PIPE_ID,
                                4,
                                "并州南路西一巷",
                                "体育路",
                                "并州南路",
                                null,
                                Lane.NON_MOTOR_LANE,
                                end,
                                reason,
                                GAS_PIPE_DETAIL)));
    }

    static ClassifiedArticle safetyMonth() {
        return classified(
                article(
                        SAFETY_MONTH_ID,
                        "我市“安全生产月” 活动方案确定",
                        "5月24日，记者从市委办获悉，我市2022年“安全生产月”工作方案确定。今年“安全生产月”活动主题是"
                                + "“遵守安全生产法，当好第一责任人”，活动时间为2022年6月1日至6月30日，其中，6月16日为"
                                + "“全国安全宣传咨询日”主题活动日。\n方案要求，各级各部门各单位要结合当前疫情防控常态化管控要求，"
                                + "在开展好本级安全生产月各项宣传主题活动时，充分依托各乡镇（街办）在社区、企业、商场等人员密集"
                                + "场所举行小型多样活动。"),
                List.of("safety"),
                List.of());
    }

    static ClassifiedArticle coalMine() {
        return classified(
                article(
                        COAL_MINE_ID,
                        "清徐县开放煤矿 重大隐患举报通道",
                        "5月24日清徐县消息，清徐县应急管理局（地方煤矿安全监督管理局）对外公布煤矿重大隐患和违法行为举报"
                                + "奖励公告，面向全社会开放举报通道，进一步完善煤矿隐患和违法行为举报机制。\n据了解，根据《矿山"
                                + "安全生产举报奖励实施细则（试行）》，举报煤矿重大事故隐患和违法行为，经查属实的，最高一次奖励"
                                + "30万元。"),
                List.of("safety"),
                List.of());
    }

    static ClassifiedArticle jobs() {
        return classified(
                article(
                        JOBS_ID,
                        "六场“云招聘” 助力校企对接",
                        "5月24日消息，由省人社厅、省教育厅主办的六场“云招聘”活动将于5月26日上午9时至12时和6月2日举行，" + "高校毕业生可登录直播间，与用人单位进行线上对接。"),
                List.of("employment"),
                List.of());
    }

    private static Article article(final String id, final String headline, final String body) {
        return Article.newBuilder()
                .setId(id)
                .setPublished(EDITION)
                .setHeadline(headline)
                .setDateline(DATELINE)
                .setByline(List.of("张晋峰", "刘海君"))
                .setBody(body)
                .setSection("要闻")
                .setSource("太原日报")
                .build();
    }

    private static ClassifiedArticle classified(
            final Article a, final List<String> topics, final List<TrafficClosure> closures) {
        return ClassifiedArticle.newBuilder()
                .setArticle(a)
                .setTopics(topics)
                .setScores(List.of())
                .setClosures(closures)
                .setClassifierVersion("seed-gold")
                .build();
    }

    private static TrafficClosure closure(
            final String articleId,
            final int n,
            final String road,
            final String from,
            final String to,
            final Side side,
            final Lane lane,
            final LocalDate end,
            final String reason,
            final String sentence) {
        return TrafficClosure.newBuilder()
                .setId(articleId + "-c" + n)
                .setArticleId(articleId)
                .setRoad(road)
                .setFrom(from)
                .setTo(to)
                .setSide(side)
                .setLane(lane)
                .setStart(DATELINE)
                .setEnd(end)
                .setReason(reason)
                .setAuthority("太原市公安局交通警察支队")
                .setSentence(sentence)
                .build();
    }
}
