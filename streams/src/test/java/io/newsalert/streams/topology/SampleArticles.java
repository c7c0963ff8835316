package io.newsalert.streams.topology;

import io.newsalert.schemas.Article;
import java.time.LocalDate;

/** Short real-style articles for topology tests, one per routing case. */
final class SampleArticles {

    static final LocalDate EDITION = LocalDate.of(2022, 5, 25);

    private SampleArticles() {}

    static Article closure() {
        return article(
                "a-closure",
                "更换燃气管线 占用部分道路",
                "本报讯 5月24日，交警支队通报，因需要更换老旧燃气管线，即日起至7月25日，桃园北路、胜利街等道路的部分非机动车道封闭施工。"
                        + "交警提醒大家，经过上述路段时，请注意避让施工人员和车辆，确保安全。");
    }

    static Article jobFair() {
        return article(
                "a-jobs",
                "六场“云招聘” 助力校企对接",
                "本报讯 5月24日消息，由省人社厅、省教育厅主办的校企对接“云招聘”近期将举办6场专场招聘会。" + "高校毕业生等群体可以扫码登录直播间，与用人单位进行线上对接。");
    }

    static Article accident() {
        return article(
                "a-accident",
                "小轿车与大货车相撞 一人死亡两人受伤",
                "本报讯 1月3日上午9时40分左右，桂山大道与G205国道交汇处，一辆小轿车撞上一辆正常行驶的大货车，" + "小轿车司机当场身亡，大货车上两人受伤。事故正在进一步调查处理。");
    }

    static Article health() {
        return article("a-health", "1300多名老人在家门口享受义诊", "本报讯 近日，漳州市第三医院联合开展义诊活动，为辖区1300多名60岁以上老人送诊上门，现场免费测血糖、量血压。");
    }

    static Article weather() {
        return article(
                "a-weather",
                "明天起我市迎来大范围降温降雨天气",
                "本报讯 市气象台昨日发布预报，受冷空气影响，明天起我市气温将下降8至10摄氏度，并伴有小到中雨，" + "最低气温降至5摄氏度左右，请市民注意添衣保暖。");
    }

    static Article article(final String id, final String headline, final String body) {
        return Article.newBuilder()
                .setId(id)
                .setPublished(EDITION)
                .setHeadline(headline)
                .setBody(body)
                .build();
    }
}
