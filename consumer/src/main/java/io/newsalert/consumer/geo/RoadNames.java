package io.newsalert.consumer.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The spellings under which one road is written. Notices and maps disagree in small, regular ways: a map has
 * {@code 并州南路} where a notice says {@code 并州南路一段}, {@code 大街} where it says {@code 街}, a cross street is
 * written {@code 府西街口} or {@code 府西街路口}; and a notice may name {@code 建设北路} where the map has only
 * {@code 建设路}.
 */
final class RoadNames {

    private static final Pattern SEGMENT = Pattern.compile("(?:[一二三四五六七八九十]|\\d+)段$");
    private static final Pattern JUNCTION = Pattern.compile("(?:交叉口|十字路口|十字口|交口|口)$");
    /** {@code 府西街路口} → {@code 府西街}: a 路 left over from 路口 after a street that already ends in a type. */
    private static final Pattern LEFT_OVER = Pattern.compile("(?<=[街巷道])路$");

    private static final Pattern DIRECTION = Pattern.compile("([东西南北])(路|街|大街|大道)$");
    /** A gate of a landmark ({@code 太原科技大学北门}): the landmark. */
    private static final Pattern GATE = Pattern.compile("[东西南北]?(?:门口|大门|门前|门)$");
    /** Just beside a landmark ({@code 姚村高速桥南}): the landmark. */
    private static final Pattern BESIDE = Pattern.compile("(?<=[桥站场门楼塔])[东西南北]侧?$");
    /** A ring road written bare ({@code 东二环}): the map adds 路 or 街. */
    private static final Pattern RING = Pattern.compile("环$");

    private RoadNames() {}

    /**
     * The key two spellings of one road share: no segment number, no junction suffix, {@code 大街} as {@code 街},
     * no spaces or brackets.
     */
    static String key(final String name) {
        String k = name.strip().replaceAll("[\\s（）()·]", "");
        k = JUNCTION.matcher(k).replaceFirst("");
        k = LEFT_OVER.matcher(k).replaceFirst("");
        if (k.length() > 2) {
            k = SEGMENT.matcher(k).replaceFirst("");
        }
        return k.replace("大街", "街");
    }

    /**
     * Keys to try for {@code name}, best first: its own key; a bare ring road with the 路 or 街 a map adds
     * ({@code 东二环} → {@code 东二环路}); a landmark for its gate or its side ({@code 双湖城A区北门},
     * {@code 姚村高速桥南}); then the road without its direction ({@code 建设北路} → {@code 建设路}), which names the
     * whole of which the notice's road is a part.
     */
    static List<String> candidates(final String name) {
        final Set<String> keys = new LinkedHashSet<>();
        final String own = key(name);
        keys.add(own);
        if (RING.matcher(own).find()) {
            keys.add(own + "路");
            keys.add(own + "街");
        }
        for (final Pattern landmark : List.of(GATE, BESIDE)) {
            final String bare = landmark.matcher(own).replaceFirst("");
            if (bare.length() >= 2 && !bare.equals(own)) {
                keys.add(bare);
            }
        }
        final var m = DIRECTION.matcher(own);
        if (m.find() && m.start() >= 2) {
            keys.add(key(own.substring(0, m.start()) + m.group(2)));
        }
        return new ArrayList<>(keys);
    }

    /** Keys under which a road of the map is filed: its own, and the undirected form of a directional name. */
    static List<String> undirected(final String name) {
        final String own = key(name);
        final var m = DIRECTION.matcher(own);
        return m.find() && m.start() >= 2 ? List.of(key(own.substring(0, m.start()) + m.group(2))) : List.of();
    }
}
