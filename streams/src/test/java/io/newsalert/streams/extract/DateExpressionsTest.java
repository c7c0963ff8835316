package io.newsalert.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateExpressionsTest {

    private static final LocalDate DATELINE = LocalDate.of(2022, 5, 24);

    @Test
    void shouldStartTodayAndEndOnTheDateAfterZhi() {
        assertThat(DateExpressions.parse("即日起至7月25日，桃园北路部分非机动车道封闭施工", DATELINE))
                .isEqualTo(new DateRange(DATELINE, LocalDate.of(2022, 7, 25), null, null));
    }

    @Test
    void shouldStartTomorrowForMingRiQi() {
        assertThat(DateExpressions.parse("明日起，迎泽大街与新建路交叉口封闭施工", DATELINE).start())
                .isEqualTo(LocalDate.of(2022, 5, 25));
    }

    @Test
    void shouldKeepTheHoursOfAnExplicitRange() {
        assertThat(DateExpressions.parse("时间为2024年7月6日0时至8月25日24时", DATELINE))
                .isEqualTo(new DateRange(LocalDate.of(2024, 7, 6), LocalDate.of(2024, 8, 25), 0, 24));
    }

    @Test
    void shouldReadAnAfternoonHourAsTheTwentyFourHourClock() {
        assertThat(DateExpressions.parse("5月26日下午3时起封闭", DATELINE).startHour()).isEqualTo(15);
    }

    @Test
    void shouldIgnoreTheDateOfTheAnnouncementItself() {
        assertThat(DateExpressions.parse("据区里5月4日发布的公告，西街自5月6日起半幅封闭施工，预计8月31日完工", DATELINE))
                .isEqualTo(new DateRange(LocalDate.of(2022, 5, 6), LocalDate.of(2022, 8, 31), null, null));
    }

    @Test
    void shouldPutNextYearOnAnEndWrittenWithMingNian() {
        assertThat(DateExpressions.parse("第一阶段自8月16日至明年2月1日", LocalDate.of(2014, 8, 15)))
                .isEqualTo(new DateRange(LocalDate.of(2014, 8, 16), LocalDate.of(2015, 2, 1), null, null));
    }

    @Test
    void shouldReadTheEndOfAMonthAndADayWithoutItsMonth() {
        assertThat(DateExpressions.parse("6月1日起至6月底", DATELINE).end()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(DateExpressions.parse("5月21日至25日", DATELINE).end()).isEqualTo(LocalDate.of(2022, 5, 25));
    }

    @Test
    void shouldLeaveTheEndOpenWhenOnlyADurationIsGiven() {
        assertThat(DateExpressions.parse("定于2月18日0时起封闭施工，封闭时间180天", LocalDate.of(2023, 2, 15)))
                .isEqualTo(new DateRange(LocalDate.of(2023, 2, 18), null, 0, null));
    }

    @Test
    void shouldReadWeekdaysOfThisAndNextWeekAgainstTheReferenceDate() {
        // 2022-05-24 is a Tuesday.
        assertThat(DateExpressions.parse("定于本周六至下周一封闭三天", DATELINE))
                .isEqualTo(new DateRange(LocalDate.of(2022, 5, 28), LocalDate.of(2022, 5, 30), null, null));
        assertThat(DateExpressions.parse("工程将于下周三开工，至6月30日完工", DATELINE))
                .isEqualTo(new DateRange(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 30), null, null));
        assertThat(DateExpressions.parse("本周五至周日每晚施工", DATELINE))
                .isEqualTo(new DateRange(LocalDate.of(2022, 5, 27), LocalDate.of(2022, 5, 29), null, null));
    }

    @Test
    void shouldLeaveAWeekdayThatRepeatsAlone() {
        assertThat(DateExpressions.parse("每周六封闭", DATELINE).isEmpty()).isTrue();
    }

    @Test
    void shouldEndTheSameDayAtAnHourWrittenWithItsPartOfTheDay() {
        assertThat(DateExpressions.parse("本周四上午9点到晚上8点封闭", DATELINE))
                .isEqualTo(new DateRange(LocalDate.of(2022, 5, 26), LocalDate.of(2022, 5, 26), 9, 20));
    }

    @Test
    void shouldStartAtOnceOnTheReferenceDate() {
        assertThat(DateExpressions.parse("即时起实施临时交通管制", DATELINE).start()).isEqualTo(DATELINE);
    }

    @Test
    void shouldStartOnTheDayAStartWasPostponedTo() {
        assertThat(DateExpressions.parse("因材料供应调整推迟至6月7日开工，至6月30日完工", DATELINE))
                .isEqualTo(new DateRange(LocalDate.of(2022, 6, 7), LocalDate.of(2022, 6, 30), null, null));
    }
}
