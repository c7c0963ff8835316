package io.newsalert.streams.extract;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which side and which part of a road a closure takes from the words written after the segment:
 * {@code 东侧非机动车道}, {@code 南、北侧}, {@code 东西两侧}, {@code 北半幅}, {@code 双向各占用一条辅路}. Directions of
 * travel ({@code 由南向北车道}, {@code 南行}) are not sides. A half ({@code 北半幅}) followed by one kind of lane is
 * that lane; by several (motor and non-motor lanes), the half; a half of an intersection ({@code 路口东半幅}) is the
 * intersection on that side. Without a lane word, an intersection is
 * {@link Lane#INTERSECTION}, a car park {@link Lane#PARKING}, and a plain {@code 封闭} of a segment the full road.
 */
final class SideAndLane {

    private static final Pattern TRAVEL = Pattern.compile("[由从往]?[东南西北]向[东南西北]|[东南西北]行|[东南西北]向");
    private static final Pattern IN_SEQUENCE = Pattern.compile("先(?:行)?(?:施工|封闭|围挡|改造|铺装|占用)?([东南西北])(?:侧|半幅)"
            + "[^。；]{0,20}?[，,]\\s*(?:再|后|然后|随后|之后)(?:施工|封闭|围挡|改造|铺装|占用)?([东南西北])(?:侧|半幅)");
    private static final Pattern SIDE = Pattern.compile("(?<!最)([东南西北](?:、?[东南西北])?)两?(?:侧|半幅|幅|边)");
    /** {@code 封闭西幅桥面}: one of the two carriageways of a road or bridge is its half. */
    /** {@code 单洞封闭}, {@code 单幅封闭}, {@code 中断单向交通}: one bore or one carriageway of a tunnel or road. */
    private static final Pattern HALF = Pattern.compile("半幅|半封闭|(?<![全半])[东南西北]幅|单洞|单幅|[左右]幅|中断单向");
    /** {@code 机动车道实行西半幅封闭}: a half of the carriageway named before it is the half, not that lane. */
    private static final Pattern LANE_BEFORE_HALF = Pattern.compile("(?:机动车道|车行道|行车道)[^，。；]{0,6}?[东南西北]半幅");
    /** {@code 南向北方向封闭施工}: one direction of travel closed, with no lane named, is one half of the road. */
    private static final Pattern DIRECTION_CLOSED =
            Pattern.compile("[东南西北]向[东南西北](?:方向)?(?:将|临时|实行|实施)*(?:封闭|断交|断行|禁止[^，。；]{0,6}通行)");

    /** {@code 主路和辅路全部封闭}, {@code 主辅路}: both carriageways of a road are the whole road. */
    private static final Pattern BOTH_CARRIAGEWAYS = Pattern.compile("主辅路|主路(?:和|及|与|、)辅[路道]|辅[路道](?:和|及|与|、)主路");

    private static final Pattern BOTH_DIRECTIONS = Pattern.compile("双向(?!(?:正常|照常)?通行|[二三四五六八两]车道|[二三四五六八两]条)");
    private static final Pattern FULL =
            Pattern.compile("全幅|全封闭|全部封闭|全段封闭|全线封闭|全路段封闭|封闭全幅|断交|所有车辆|一切车辆|各类车辆|禁止[^，。；]{0,8}车辆[^，。；]{0,4}通行");
    private static final List<LaneWord> LANE_WORDS = List.of(
            new LaneWord(Pattern.compile("非机动车道|非机动车通道|自行车道|慢车道"), Lane.NON_MOTOR_LANE),
            new LaneWord(Pattern.compile("公交(?:专用)?车?道"), Lane.BUS_LANE),
            new LaneWord(Pattern.compile("(?<!非|辅助)(?:机动)?车道|行车道|车行道|快车道"), Lane.MOTOR_LANE),
            new LaneWord(Pattern.compile("人行道|人行便道|便道|步行道"), Lane.SIDEWALK),
            new LaneWord(Pattern.compile("辅路|辅道|辅助车道"), Lane.SERVICE_ROAD),
            new LaneWord(Pattern.compile("停车场|停车位|停车泊位|泊位"), Lane.PARKING),
            new LaneWord(Pattern.compile("匝道|^(?:出入口|出口|入口)"), Lane.RAMP));

    private static final Pattern MAIN_ROAD_NEXT = Pattern.compile("[，,]\\s*(?:同时)?主路");
    private static final String LANE_WORD =
            "(?:非机动车道|非机动车通道|自行车道|公交(?:专用)?车?道|(?:机动)?车道|车行道|人行道|人行便道|便道|步行道|辅路|辅道|辅助车道)";
    /** {@code 非机动车道及一条机动车道}: a count before a joined lane. */
    private static final String COUNTED = "(?:[一两二三四\\d](?:条|个)|部分)?";

    private static final Pattern JOINED_LANES =
            Pattern.compile(LANE_WORD + "(?:和|及|以及|、|与)(?:[东南西北](?:、?[东南西北])?两?侧)?" + COUNTED + LANE_WORD);

    /** {@code 东侧四条机动车道及非机动车道}: every lane of one side, not one lane of it, is that side's half. */
    private static final Pattern PART_OF_THE_MOTOR_LANES =
            Pattern.compile("(?:一|1)(?:条|个)[^，。；]{0,3}机动车道|部分|内侧|外侧|最|中间|第[一二三四五六\\d]");

    /** {@code 西半幅车道进行封闭}: the lanes of a half, with no kind of lane named, are the half. */
    private static final Pattern HALF_OF_THE_CARRIAGEWAY = Pattern.compile("半幅(?:的)?(?:全部)?(?<![机非])车道");

    private SideAndLane() {}

    /** True when {@code lanes}, joined on one {@code side}, are its motor and non-motor lanes, all of them. */
    private static boolean wholeSide(final String region, final Side side, final List<Lane> lanes) {
        return (side == Side.EAST || side == Side.WEST || side == Side.SOUTH || side == Side.NORTH)
                && lanes.contains(Lane.MOTOR_LANE)
                && lanes.contains(Lane.NON_MOTOR_LANE)
                && lanes.stream().allMatch(l -> l == Lane.MOTOR_LANE || l == Lane.NON_MOTOR_LANE || l == Lane.SIDEWALK)
                && !PART_OF_THE_MOTOR_LANES.matcher(region).find();
    }

    /**
     * The lanes of {@code 北侧非机动车道和人行道}: several kinds of lane joined by {@code 和 及 、} in one closure, each a
     * closure of its own; empty when the region names fewer than two joined lanes.
     */
    static List<Lane> joinedLanes(final String region) {
        final Matcher m = JOINED_LANES.matcher(TRAVEL.matcher(region).replaceAll(""));
        if (!m.find()) {
            return List.of();
        }
        int end = m.end();
        final Matcher more =
                Pattern.compile("^(?:和|及|以及|、|与)" + COUNTED + LANE_WORD).matcher("");
        String rest = region.substring(Math.min(region.length(), end));
        more.reset(rest);
        while (more.find()) {
            end += more.end();
            rest = rest.substring(more.end());
            more.reset(rest);
        }
        final List<Lane> lanes = lanes(m.group() + region.substring(m.end(), Math.min(region.length(), end)));
        return lanes.size() >= 2 ? lanes : List.of();
    }

    /** The lanes joined in {@code region}, none when it is placed as a half of one side. */
    static List<Lane> joinedLanes(final String region, final Placement placement) {
        return placement.lane() == Lane.HALF_ROAD && placement.side() != null ? List.of() : joinedLanes(region);
    }

    /**
     * @param region    the text after the segment that describes the closure
     * @param road      the road's name, for telling which sides {@code 两侧} means
     * @param kind      how the segment was written
     * @param fullVerb  whether the closure verb shuts the road ({@code 封闭}, {@code 断行}) rather than occupying part of it
     */
    static Placement read(final String region, final String road, final Mention.Kind kind, final boolean fullVerb) {
        final String travelled = TRAVEL.matcher(region).replaceAll("");
        final String text = travelled.indexOf('主') >= 0
                ? BOTH_CARRIAGEWAYS.matcher(travelled).replaceAll("全幅")
                : travelled;
        final Side side = side(text, road);
        final boolean half = HALF.matcher(text).find();
        final List<Lane> lanes = lanes(text);
        if (wholeSide(text, side, joinedLanes(text))) {
            return new Placement(side, Lane.HALF_ROAD, false);
        }
        if (half
                && (LANE_BEFORE_HALF.matcher(text).find()
                        || HALF_OF_THE_CARRIAGEWAY.matcher(text).find())) {
            return new Placement(side, Lane.HALF_ROAD, false);
        }
        if (half) {
            final Lane halfOf = kind == Mention.Kind.CROSS ? Lane.INTERSECTION : Lane.HALF_ROAD;
            return new Placement(side, lanes.size() == 1 ? lanes.get(0) : halfOf, false);
        }
        if (!lanes.isEmpty()) {
            return new Placement(side, lanes.get(0), false);
        }
        if (kind == Mention.Kind.CROSS) {
            return new Placement(side, Lane.INTERSECTION, true);
        }
        if (FULL.matcher(text).find()) {
            return new Placement(side, Lane.FULL_ROAD, false);
        }
        if (side == null && DIRECTION_CLOSED.matcher(region).find()) {
            return new Placement(null, Lane.HALF_ROAD, false);
        }
        return switch (kind) {
            case CROSS -> new Placement(side, Lane.INTERSECTION, true);
            case PARKING -> new Placement(side, Lane.PARKING, true);
            default ->
                new Placement(
                        side, fullVerb && (side == null || side == Side.BOTH_DIRECTIONS) ? Lane.FULL_ROAD : null, true);
        };
    }

    /**
     * {@code 南侧辅路封闭，主路南侧占用一条机动车道}: a service road closed and a lane of the main road taken in the next
     * sub-clause are two closures of the segment, each placed by its own words; otherwise the region alone.
     */
    static List<String> serviceAndMainRoad(final String region) {
        final Matcher main = MAIN_ROAD_NEXT.matcher(region);
        if (!main.find() || !lanes(region.substring(0, main.start())).contains(Lane.SERVICE_ROAD)) {
            return List.of(region);
        }
        return List.of(region.substring(0, main.start()), region.substring(main.end()));
    }

    /**
     * {@code 先施工东侧人行道，再施工西侧人行道}: the sides a segment is worked on one after the other, each its own
     * closure; empty when the text names no such sequence.
     */
    static List<Side> sidesInSequence(final String text) {
        final Matcher m = IN_SEQUENCE.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        return List.of(side(m.group(1) + "侧", ""), side(m.group(2) + "侧", ""));
    }

    /** {@code 先施工北半幅，再施工南半幅}: the sides in sequence are halves of the road. */
    static boolean halvesInSequence(final String text) {
        final Matcher m = IN_SEQUENCE.matcher(text);
        return m.find() && m.group().contains("半幅");
    }

    private static Side side(final String text, final String road) {
        final Set<Character> directions = new LinkedHashSet<>();
        final Matcher m = SIDE.matcher(text);
        while (m.find()) {
            m.group(1).chars().filter(c -> c != '、').forEach(c -> directions.add((char) c));
        }
        if (directions.isEmpty()) {
            if (text.contains("两侧")) {
                return bothSidesOf(road);
            }
            return BOTH_DIRECTIONS.matcher(text).find() ? Side.BOTH_DIRECTIONS : null;
        }
        final boolean eastWest = directions.contains('东') || directions.contains('西');
        final boolean northSouth = directions.contains('南') || directions.contains('北');
        if (directions.size() >= 2 && eastWest && !northSouth) {
            return Side.EAST_AND_WEST;
        }
        if (directions.size() >= 2 && northSouth && !eastWest) {
            return Side.NORTH_AND_SOUTH;
        }
        return switch (directions.iterator().next()) {
            case '东' -> Side.EAST;
            case '西' -> Side.WEST;
            case '南' -> Side.SOUTH;
            default -> Side.NORTH;
        };
    }

    /** {@code text} with its side words dropped ({@code 南侧人行道} → {@code 人行道}, {@code 东半幅} → {@code 半幅}). */
    static String withoutSides(final String text) {
        return SIDE.matcher(text)
                .replaceAll(r -> r.group().endsWith("半幅") ? "半幅" : "")
                .replace("两侧", "");
    }

    /** {@code 两侧} of an east–west road ({@code 胜利东街}) are north and south; of a north–south one, east and west. */
    private static Side bothSidesOf(final String road) {
        final String stem = RoadNames.stem(road);
        final char last = stem.isEmpty() ? ' ' : stem.charAt(stem.length() - 1);
        if (last == '东' || last == '西') {
            return Side.NORTH_AND_SOUTH;
        }
        if (last == '南' || last == '北') {
            return Side.EAST_AND_WEST;
        }
        return null;
    }

    private static List<Lane> lanes(final String text) {
        final List<int[]> found = new ArrayList<>();
        String rest = text;
        for (final LaneWord word : LANE_WORDS) {
            final Matcher m = word.pattern.matcher(rest);
            final StringBuilder blanked = new StringBuilder(rest);
            while (m.find()) {
                found.add(new int[] {m.start(), word.lane.ordinal()});
                for (int i = m.start(); i < m.end(); i++) {
                    blanked.setCharAt(i, '　');
                }
            }
            rest = blanked.toString();
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        final Set<Lane> lanes = new LinkedHashSet<>();
        found.forEach(f -> lanes.add(Lane.values()[f[1]]));
        return List.copyOf(lanes);
    }

    /** The side and lane of a closure; {@code laneDefaulted} when no lane word was written. */
    record Placement(Side side, Lane lane, boolean laneDefaulted) {}

    private record LaneWord(Pattern pattern, Lane lane) {}
}
