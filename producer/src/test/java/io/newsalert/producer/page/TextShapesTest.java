package io.newsalert.producer.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shapes the page reader tells lines apart by. */
class TextShapesTest {

    @Test
    void shouldReadTheNumberOfANumberedItem() {
        assertThat(TextShapes.itemNumber("三、施工期间请绕行。")).isEqualTo(3);
        assertThat(TextShapes.itemNumber("（十二）其他事项。")).isEqualTo(12);
        assertThat(TextShapes.itemNumber("二十、附则")).isEqualTo(20);
        assertThat(TextShapes.itemNumber("4.违反本通告的依法处理。")).isEqualTo(4);
        assertThat(TextShapes.itemNumber("3.5公里路段封闭")).isEqualTo(-1);
        assertThat(TextShapes.itemNumber("三条线路调整")).isEqualTo(-1);
    }

    @Test
    void shouldSeeAListGoOnOnlyAtTheNextNumber() {
        assertThat(TextShapes.continuesNumbering("二、禁止大型货车驶入。", "三、接送学生的车辆按指引停放。"))
                .isTrue();
        assertThat(TextShapes.continuesNumbering("二、禁止大型货车驶入。", "四、请服从指挥。")).isFalse();
        assertThat(TextShapes.continuesNumbering("学校周边的", "三、接送学生的车辆按指引停放。")).isFalse();
    }

    @Test
    void shouldSeeATextOpeningOnTheEndOfACutWord() {
        assertThat(TextShapes.opensMidWord("力，下半年稳增长的任务依然较重。")).isTrue();
        assertThat(TextShapes.opensMidWord("一、施工期间请绕行。")).isFalse();
        assertThat(TextShapes.opensMidWord("据了解，这座天桥建于上世纪90年代。")).isFalse();
    }

    @Test
    void shouldReadEditorsLinesInTheirCommonShapesAsRunningHeads() {
        assertThat(TextShapes.isRunningHead("本版编辑 马丽 校对 郭晓宇")).isTrue();
        assertThat(TextShapes.isRunningHead("编辑　周文　　校对　李想")).isTrue();
        assertThat(TextShapes.isRunningHead("编辑/高慧　校对/宋佳　版式/李丹")).isTrue();
        assertThat(TextShapes.isRunningHead("责任编辑 王晓丽　美术编辑 郝佳　校对 张蓉")).isTrue();
        assertThat(TextShapes.isRunningHead("编辑部门开展业务培训")).isFalse();
    }
}
