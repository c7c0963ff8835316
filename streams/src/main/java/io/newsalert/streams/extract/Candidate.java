package io.newsalert.streams.extract;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import java.util.Objects;

/**
 * A closure as read from one place in the article, before duplicates are merged.
 *
 * @param kind          how the segment was written ({@link Mention.Kind#BARE} when only the road is named)
 * @param laneDefaulted the lane was inferred (a plain {@code 封闭} is the full road), not written
 * @param dates         the period, or null when the clause and sentence give none
 * @param datesOwn      the period was written in the closure's own clause or sentence
 * @param summary       a road of a summary list ({@code A、B、C等三条道路})
 * @param order         position in the article, for output order and for finding the nearest dates
 * @param frame         how sure the frame is ({@link Confidence}), before the dates are weighed
 */
record Candidate(
        Mention.Kind kind,
        String road,
        String from,
        String to,
        Side side,
        Lane lane,
        boolean laneDefaulted,
        DateRange dates,
        boolean datesOwn,
        boolean summary,
        String sentence,
        int sentenceIndex,
        int order,
        double frame) {

    /** Orders candidates by sentence, then in the order they were read within it. */
    private static final int PER_SENTENCE = 10_000;

    /**
     * A candidate for the segment {@code m} names, read in sentence {@code sentenceIndex} after {@code earlier}
     * candidates of the article.
     */
    static Candidate of(
            final Mention m,
            final Side side,
            final Lane lane,
            final boolean laneDefaulted,
            final DateRange dates,
            final boolean datesOwn,
            final boolean summary,
            final String sentence,
            final int sentenceIndex,
            final int earlier,
            final double frame) {
        return new Candidate(
                m.kind(),
                m.road(),
                m.from(),
                m.to(),
                side,
                lane,
                laneDefaulted,
                dates,
                datesOwn,
                summary,
                sentence,
                sentenceIndex,
                order(sentenceIndex, earlier),
                frame);
    }

    /** The position of a candidate read in sentence {@code sentenceIndex} after {@code earlier} others. */
    static int order(final int sentenceIndex, final int earlier) {
        return sentenceIndex * PER_SENTENCE + earlier;
    }

    boolean located() {
        return kind != Mention.Kind.BARE;
    }

    /** This candidate with its names cut at their word boundaries ({@link NameLead}); null when the road is no name. */
    Candidate withTrimmedNames() {
        final String newRoad = NameLead.trimmed(road);
        if (newRoad == null) {
            return null;
        }
        final String newFrom = NameLead.trimmed(from);
        final String newTo = NameLead.trimmed(to);
        if (newRoad.equals(road) && java.util.Objects.equals(newFrom, from) && java.util.Objects.equals(newTo, to)) {
            return this;
        }
        return new Candidate(
                kind,
                newRoad,
                newFrom,
                newTo,
                side,
                lane,
                laneDefaulted,
                dates,
                datesOwn,
                summary,
                sentence,
                sentenceIndex,
                order,
                frame);
    }

    /** This candidate with the blanks filled from {@code other}; a written lane beats an inferred one. */
    Candidate fillFrom(final Candidate other) {
        final boolean takeLane = lane == null || laneDefaulted && other.lane != null && !other.laneDefaulted;
        final Lane newLane = takeLane && other.lane != null ? other.lane : lane;
        final boolean newDefaulted = takeLane && other.lane != null ? other.laneDefaulted : laneDefaulted;
        final DateRange newDates;
        final boolean own;
        if (datesOwn || !other.datesOwn) {
            newDates = dates != null ? dates : other.dates;
            own = datesOwn || dates == null && other.datesOwn;
        } else {
            newDates = other.dates;
            own = true;
        }
        final boolean otherMoreDetailed = !other.laneDefaulted && laneDefaulted || side == null && other.side != null;
        return new Candidate(
                kind,
                road,
                from,
                to,
                side != null ? side : other.side,
                newLane,
                newDefaulted,
                newDates,
                own,
                summary && other.summary,
                otherMoreDetailed && other.located() ? other.sentence : sentence,
                sentenceIndex,
                order,
                Math.max(frame, other.frame));
    }

    /** False when the two describe different phases or sides of one segment. */
    boolean compatibleWith(final Candidate other) {
        if (side != null && other.side != null && side != other.side) {
            return false;
        }
        if (lane != null && other.lane != null && !laneDefaulted && !other.laneDefaulted && lane != other.lane) {
            return false;
        }
        return !(datesOwn
                && other.datesOwn
                && dates != null
                && other.dates != null
                && !Objects.equals(dates.start(), other.dates.start()));
    }
}
