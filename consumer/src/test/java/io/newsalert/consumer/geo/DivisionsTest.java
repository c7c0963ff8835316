package io.newsalert.consumer.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionsTest {

    private static final Divisions DIVISIONS = Divisions.bundled();
    private static final String TAIYUAN = "140100";

    @Test
    void shouldFindACountyByItsFullName() {
        assertThat(DIVISIONS.about("湘阴县城管局开展燃气安全专项整治", TAIYUAN).orElseThrow().code())
                .isEqualTo("430624");
    }

    @Test
    void shouldFindACountyLevelCityByItsShortName() {
        assertThat(DIVISIONS.about("乐清全市林区禁止一切野外用火", TAIYUAN).orElseThrow())
                .isEqualTo(new Divisions.Division("330382", "乐清市"));
        assertThat(DIVISIONS.about("蓬莱海滨路段夜间施工", TAIYUAN).orElseThrow().name()).isEqualTo("蓬莱区");
    }

    @Test
    void shouldPreferTheCountyOverTheCityThatContainsIt() {
        assertThat(DIVISIONS.about("太原市清徐县应急管理局开通举报电话", TAIYUAN).orElseThrow().code())
                .isEqualTo("140121");
    }

    @Test
    void shouldNotTakeAStreetNamedAfterAPlaceForThePlace() {
        // 解放 is a district of Jiaozuo; 解放路 is a street in many cities, including Taiyuan.
        assertThat(DIVISIONS.about("解放路与府西街交叉口封闭施工", TAIYUAN)).isEmpty();
    }

    @Test
    void shouldPreferTheNamesakeInTheHomeProvince() {
        // 朝阳区 is a district of Beijing and of Changchun: the one in the home province wins.
        assertThat(DIVISIONS.about("迎泽区启动夜间施工", TAIYUAN).orElseThrow().code()).isEqualTo("140106");
        assertThat(DIVISIONS.about("朝阳区道路施工", "220100").orElseThrow().code()).startsWith("22");
        assertThat(DIVISIONS.about("朝阳区道路施工", "110100").orElseThrow().code()).startsWith("11");
    }

    @Test
    void shouldNameNoPlaceWhenTheTextNamesNone() {
        assertThat(DIVISIONS.about("全市开展安全生产月活动", TAIYUAN)).isEmpty();
    }
}
