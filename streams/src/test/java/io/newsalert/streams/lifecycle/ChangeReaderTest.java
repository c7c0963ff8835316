package io.newsalert.streams.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChangeReaderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 7, 28);

    @Test
    void shouldReadAnExtensionWithItsNewEndDate() {
        final var found = ChangeReader.read("因工程量增加，学府街东段封闭施工期限延长至9月5日。", PUBLISHED);

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(ChangeStatement.Kind.EXTEND);
            assertThat(s.date()).isEqualTo(LocalDate.of(2022, 9, 5));
        });
    }

    @Test
    void shouldPutADateWithoutAYearInTheNextYearWhenItWouldFallLongBeforeTheArticle() {
        final var found = ChangeReader.read("长风街地下通道施工延期至2月28日完工。", LocalDate.of(2022, 11, 20));

        assertThat(found).singleElement().extracting(ChangeStatement::date).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void shouldReadACallOffWithTheDayTheRoadReopens() {
        final var found = ChangeReader.read("经验收合格，南内环街该路段自8月3日零时起解除封闭。", PUBLISHED);

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(ChangeStatement.Kind.CALL_OFF);
            assertThat(s.date()).isEqualTo(LocalDate.of(2022, 8, 3));
        });
    }

    @Test
    void shouldReadAnEarlyEndWithNoDate() {
        assertThat(ChangeReader.read("晋祠路北段管道工程提前结束，车辆可正常通行。", PUBLISHED))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(ChangeStatement.Kind.CALL_OFF);
                    assertThat(s.date()).isNull();
                });
    }

    @Test
    void shouldReadACancelledClosureButNotACancelledParkingSpace() {
        assertThat(ChangeReader.read("原定6月10日开始的府东街封闭施工取消。", PUBLISHED))
                .singleElement()
                .extracting(ChangeStatement::kind)
                .isEqualTo(ChangeStatement.Kind.CALL_OFF);
        assertThat(ChangeReader.read("施工期间，府东街南侧临时停车位取消。", PUBLISHED)).isEmpty();
    }

    @Test
    void shouldIgnoreAPostponementWithoutADate() {
        assertThat(ChangeReader.read("如遇雨雪天气，施工时间顺延。", PUBLISHED)).isEmpty();
    }

    @Test
    void shouldFindNothingInAnOrdinaryClosureNotice() {
        assertThat(ChangeReader.read("自6月1日起至6月30日，对府东街实施半幅封闭施工，请绕行。", PUBLISHED))
                .isEmpty();
    }
}
