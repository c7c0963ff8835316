package io.newsalert.streams.extract;

/**
 * How sure the extractor is of a closure, from how its frame was found, so a consumer can filter:
 * <ul>
 *   <li>0.95 — a located segment (range, crossing, point) with a closure verb in its own clause;</li>
 *   <li>0.85 — a located segment whose verb is in the head of its list or the heading of its section
 *       ({@code 封闭路段：1.…；2.…});</li>
 *   <li>0.75 — a road named alone with its own closure verb ({@code 长虹桥将实施全封闭});</li>
 *   <li>0.65 — a segment reached through a pointing word ({@code 该路段 上述路段 该桥 这两个路段}) or a range written
 *       without its road ({@code 第一段为北环路至人民路}), the road coming from an earlier sentence.</li>
 * </ul>
 * A period taken from another sentence costs 0.1, no start date at all 0.2; the result stays within [0.1, 1].
 */
final class Confidence {

    static final double EXPLICIT = 0.95;
    static final double HEADED = 0.85;
    static final double ROAD_ONLY = 0.75;
    static final double COREFERENCE = 0.65;

    private Confidence() {}

    static double of(final double frame, final boolean datesOwn, final boolean hasStart) {
        final double dates = !hasStart ? 0.2 : datesOwn ? 0.0 : 0.1;
        return Math.round(Math.max(0.1, Math.min(1.0, frame - dates)) * 100) / 100.0;
    }
}
