package io.newsalert.schemas.json;

import io.newsalert.schemas.ClosureStatus;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shapes of a closure, built in one place so every output writes the same fields the same way: enum names
 * as in the Avro schema, dates as ISO text, {@code ACTIVE} for a closure without a status. The shapes nest: the
 * {@linkplain #core core} (the segment and its dates, in alerts and webhooks, {@code consumer/README.md}), the
 * {@linkplain #toMap classify output} (docs/architecture.md's contract, plus {@code confidence} and {@code span}), and
 * the {@linkplain #versioned stored version} (what {@code newsalert closures} prints). The WZDx-named road events of
 * the HTTP API are another contract with their own field names; they take their values from the helpers here.
 */
public final class ClosureJson {

    private ClosureJson() {}

    /** The segment and its dates: {@code road, from, to, side, lane, start, end}. */
    public static Map<String, Object> core(final TrafficClosure t) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("road", t.getRoad());
        m.put("from", t.getFrom());
        m.put("to", t.getTo());
        m.put("side", name(t.getSide()));
        m.put("lane", name(t.getLane()));
        m.put("start", isoDate(t.getStart()));
        m.put("end", isoDate(t.getEnd()));
        return m;
    }

    /**
     * A closure in {@code classify} output: {@code id}, the core, hours, reason, authority, sentence, then
     * {@code confidence} (0–1) and {@code span} ({@code {"start", "end"}}, end exclusive, offsets in the article
     * body).
     */
    public static Map<String, Object> toMap(final TrafficClosure t) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.getId());
        m.putAll(core(t));
        m.put("startHour", t.getStartHour());
        m.put("endHour", t.getEndHour());
        m.put("reason", t.getReason());
        m.put("authority", t.getAuthority());
        m.put("sentence", t.getSentence());
        m.put("confidence", t.getConfidence());
        m.put("span", t.getSpanStart() == null ? null : span(t.getSpanStart(), t.getSpanEnd()));
        return m;
    }

    /** A stored version: the {@code classify} fields, {@code revision}, {@code status}, {@code articleIds}. */
    public static Map<String, Object> versioned(final TrafficClosure t) {
        final Map<String, Object> m = toMap(t);
        m.put("revision", t.getRevision());
        m.put("status", status(t));
        m.put("articleIds", t.getArticleIds());
        return m;
    }

    /** The closure's status name; {@code ACTIVE} for a version written before closures had one. */
    public static String status(final TrafficClosure t) {
        return t.getStatus() == null
                ? ClosureStatus.ACTIVE.name()
                : t.getStatus().name();
    }

    /** An enum value by its schema name, or null. */
    public static String name(final Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** A date as ISO text ({@code 2022-05-24}), or null. */
    public static String isoDate(final LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Map<String, Object> span(final int start, final int end) {
        final Map<String, Object> span = new LinkedHashMap<>();
        span.put("start", start);
        span.put("end", end);
        return span;
    }
}
