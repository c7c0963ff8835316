package io.newsalert.streams.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What one article has named so far, for the words that point back at it ({@code 该路段 该桥 上述路段 这两个路段}): every
 * road named, and the located segments among them. It lives for one article only, so nothing read before an article
 * changes what is read in it.
 */
final class Discourse {

    private final List<Mention> segments = new ArrayList<>();
    private final List<Mention> named = new ArrayList<>();

    /** A road named in the text, closed or not. */
    void name(final Mention m) {
        if (m.kind() != Mention.Kind.PARKING) {
            named.add(m);
        }
    }

    /** A segment that later words may point back at; a road named alone is not one. */
    void remember(final Mention m) {
        if (m.located()) {
            segments.add(m);
        }
    }

    boolean isEmpty() {
        return segments.isEmpty() && named.isEmpty();
    }

    /** The last segment named on {@code road}, or null. */
    Mention lastOn(final String road) {
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (CandidateMerger.sameRoad(segments.get(i).road(), road)) {
                return segments.get(i);
            }
        }
        return null;
    }

    /** The segment named last, else the road named last ({@code 南内环桥将进行维修…封闭桥梁东半幅}), or null. */
    Mention last() {
        if (!segments.isEmpty()) {
            return segments.get(segments.size() - 1);
        }
        return named.isEmpty() ? null : named.get(named.size() - 1);
    }

    /** The road named last, located or not, or null. */
    Mention lastNamed() {
        return named.isEmpty() ? null : named.get(named.size() - 1);
    }

    /** The road named last whose name matches {@code shape}, or null. */
    Mention lastNamed(final java.util.function.Predicate<String> shape) {
        for (int i = named.size() - 1; i >= 0; i--) {
            if (shape.test(named.get(i).road())) {
                return named.get(i);
            }
        }
        return null;
    }

    /** The last {@code count} different roads named, in text order, leaving out those {@code later} holds. */
    List<Mention> lastRoads(final int count, final java.util.function.Predicate<Mention> later) {
        final List<Mention> roads = new ArrayList<>();
        for (int i = named.size() - 1; i >= 0 && roads.size() < count; i--) {
            final Mention m = named.get(i);
            if (later.test(m)) {
                continue;
            }
            if (roads.stream().noneMatch(r -> CandidateMerger.sameRoad(r.road(), m.road()))) {
                roads.add(0, m);
            }
        }
        return roads;
    }
}
