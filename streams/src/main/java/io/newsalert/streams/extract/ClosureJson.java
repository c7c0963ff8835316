package io.newsalert.streams.extract;

import io.newsalert.schemas.TrafficClosure;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shape of a closure in {@code newsalert classify} output (docs/architecture.md's contract), plus
 * {@code confidence} (0–1) and {@code span} ({@code {"start", "end"}}, end exclusive, offsets in the article body) after the contract's
 * fields.
 */
public final class ClosureJson {

    private ClosureJson() {
    }

    public static Map<String, Object> toMap(final TrafficClosure t) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.getId());
        m.put("road", t.getRoad());
        m.put("from", t.getFrom());
        m.put("to", t.getTo());
        m.put("side", t.getSide() == null ? null : t.getSide().name());
        m.put("lane", t.getLane() == null ? null : t.getLane().name());
        m.put("start", t.getStart() == null ? null : t.getStart().toString());
        m.put("end", t.getEnd() == null ? null : t.getEnd().toString());
        m.put("startHour", t.getStartHour());
        m.put("endHour", t.getEndHour());
        m.put("reason", t.getReason());
        m.put("authority", t.getAuthority());
        m.put("sentence", t.getSentence());
        m.put("confidence", t.getConfidence());
        m.put("span", t.getSpanStart() == null ? null : span(t.getSpanStart(), t.getSpanEnd()));
        return m;
    }

    private static Map<String, Object> span(final int start, final int end) {
        final Map<String, Object> span = new LinkedHashMap<>();
        span.put("start", start);
        span.put("end", end);
        return span;
    }
}
