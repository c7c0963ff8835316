package io.newsalert.streams.lifecycle;

import io.newsalert.schemas.TrafficClosure;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The key of a closure on {@code traffic.closures}: a stable identity of the closed segment, not of the article that
 * reported it, so every article naming the same segment (and every later change to it) lands on the same key.
 *
 * <p>The key is {@code road|from|to|side|lane}, each part normalised: Unicode NFKC (full-width digits and
 * brackets become ASCII), white space removed, and a trailing {@code 段}/{@code 路段} dropped from the cross streets
 * ({@code 府西街段} and {@code 府西街} are the same end). A missing part is empty, side and lane are the enum names.
 * Example: {@code 桃园北路|旱西关街|府西街|EAST|NON_MOTOR_LANE}. The key is readable on purpose: it is what an
 * operator sees when reading the compacted topic.
 */
public final class SegmentKeys {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SEGMENT_END = Pattern.compile("(路段|段)$");

    private SegmentKeys() {}

    public static String of(final TrafficClosure c) {
        return String.join(
                "|",
                road(c.getRoad()),
                crossStreet(c.getFrom()),
                crossStreet(c.getTo()),
                c.getSide() == null ? "" : c.getSide().name(),
                c.getLane() == null ? "" : c.getLane().name());
    }

    /** A road name as the key spells it. */
    static String road(final String name) {
        return name == null
                ? ""
                : SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC))
                        .replaceAll("");
    }

    private static String crossStreet(final String name) {
        final String road = road(name);
        final String trimmed = SEGMENT_END.matcher(road).replaceFirst("");
        return trimmed.isEmpty() ? road : trimmed;
    }
}
