package io.newsalert.streams.extract;

/**
 * A road segment as written in one clause: {@code 桃园北路旱西关街至府西街段} (a range), {@code 西中环路太原科技大学北门约30米处}
 * (a point), {@code 龙城大街与东中环路衔接处} (a crossing), {@code 武宿机场部分公共停车位} (a car park), or a road named
 * alone. {@code start}/{@code end} are offsets in the clause.
 */
record Mention(Kind kind, String road, String from, String to, int start, int end) {

    /** How the segment was written. */
    enum Kind {
        RANGE,
        POINT,
        CROSS,
        PARKING,
        BARE
    }

    /** True when the mention says where on the road, not just which road. */
    boolean located() {
        return kind != Kind.BARE;
    }
}
