package io.newsalert.streams.extract.eval;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.Objects;

/** The seven scored fields of a closure, whether predicted or labelled. */
public record ClosureFields(String road, String from, String to, Side side, Lane lane, LocalDate start, LocalDate end) {

    /** The scored fields, in report order. */
    public enum Field {
        ROAD,
        FROM,
        TO,
        SIDE,
        LANE,
        START,
        END
    }

    public static ClosureFields of(final TrafficClosure c) {
        return new ClosureFields(
                c.getRoad(), c.getFrom(), c.getTo(), c.getSide(), c.getLane(), c.getStart(), c.getEnd());
    }

    public Object get(final Field field) {
        return switch (field) {
            case ROAD -> road;
            case FROM -> from;
            case TO -> to;
            case SIDE -> side;
            case LANE -> lane;
            case START -> start;
            case END -> end;
        };
    }

    /** Fields on which the two agree, counting two blanks as agreement. */
    public int agreement(final ClosureFields other) {
        int n = 0;
        for (final Field f : Field.values()) {
            if (Objects.equals(get(f), other.get(f))) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return road + "|" + from + "|" + to + "|" + side + "|" + lane + "|" + start + "|" + end;
    }
}
