package io.newsalert.consumer.alert;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;

/** A closure in the words the paper uses: "桃园北路（旱西关街至府西街段）东侧非机动车道，2022-05-24至2022-07-25". */
public final class ClosureText {

    private ClosureText() {}

    /** The road and its segment, the part of a closure that names a place. */
    public static String place(final TrafficClosure c) {
        final StringBuilder s = new StringBuilder(c.getRoad());
        if (c.getFrom() != null && c.getTo() != null) {
            s.append('（').append(c.getFrom()).append("至").append(c.getTo()).append("段）");
        } else if (c.getFrom() != null) {
            s.append('（').append(c.getFrom()).append('）');
        }
        return s.toString();
    }

    /** Place, side, lane and dates in one line. */
    public static String describe(final TrafficClosure c) {
        final StringBuilder s = new StringBuilder(place(c));
        if (c.getSide() != null) {
            s.append(side(c.getSide()));
        }
        s.append(c.getLane() == null ? "部分道路" : lane(c.getLane())).append("封闭或占用");
        if (c.getStart() != null || c.getEnd() != null) {
            s.append('，').append(date(c.getStart())).append('至').append(date(c.getEnd()));
        }
        if (c.getReason() != null) {
            s.append('，').append("原因：").append(c.getReason());
        }
        return s.append('。').toString();
    }

    public static String side(final Side side) {
        return switch (side) {
            case EAST -> "东侧";
            case WEST -> "西侧";
            case SOUTH -> "南侧";
            case NORTH -> "北侧";
            case EAST_AND_WEST -> "东西两侧";
            case NORTH_AND_SOUTH -> "南北两侧";
            case BOTH_DIRECTIONS -> "双向";
        };
    }

    public static String lane(final Lane lane) {
        return switch (lane) {
            case FULL_ROAD -> "全幅道路";
            case HALF_ROAD -> "半幅道路";
            case MOTOR_LANE -> "机动车道";
            case NON_MOTOR_LANE -> "非机动车道";
            case SIDEWALK -> "人行道";
            case SERVICE_ROAD -> "辅路";
            case BUS_LANE -> "公交车道";
            case PARKING -> "停车场（停车位）";
            case RAMP -> "匝道";
            case INTERSECTION -> "路口";
        };
    }

    private static String date(final LocalDate d) {
        return d == null ? "（未注明）" : d.toString();
    }
}
