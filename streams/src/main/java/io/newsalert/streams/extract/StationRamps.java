package io.newsalert.streams.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The ramps of a toll station or an interchange of a highway ({@code S9苏绍高速宝带互通改造，…宝带互通往苏州方向入口匝道封闭})
 * are closures on the highway, from the station, as the conventions annotate them. A station written alone is placed
 * on the highway named last in the clause or, failing that, before it in the article; with no highway named, the
 * station stays the road. A city interchange ({@code 立交}) is a road of its own and is left as it is.
 */
final class StationRamps {

    private static final Pattern STATION = Pattern.compile("(?:收费站|互通|枢纽)$");
    private static final Pattern HIGHWAY = Pattern.compile("(?:高速|高速公路)$");

    private StationRamps() {}

    static List<Mention> onTheirHighway(final List<Mention> mentions, final Discourse discourse) {
        if (mentions.stream().noneMatch(StationRamps::stationAlone)) {
            return mentions;
        }
        final List<Mention> out = new ArrayList<>(mentions.size());
        Mention highway = discourse.lastNamed(road -> HIGHWAY.matcher(road).find());
        for (final Mention m : mentions) {
            if (HIGHWAY.matcher(m.road()).find()) {
                highway = m;
            }
            if (stationAlone(m) && highway != null) {
                out.add(new Mention(Mention.Kind.POINT, highway.road(), m.road(), null, m.start(), m.end()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean stationAlone(final Mention m) {
        return m.kind() == Mention.Kind.POINT
                && m.from() == null
                && STATION.matcher(m.road()).find();
    }
}
