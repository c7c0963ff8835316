package io.newsalert.streams.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the road segments written in a clause, in the shapes notices use: {@code X路A至B段}, {@code X路（A—B）段},
 * {@code X路A—B}, {@code X路的A至B段}, {@code X路与Y路交叉口}, {@code X路A以北300米处}, {@code X路（A门口以东40米）},
 * {@code X高架在Y路的…匝道}, {@code X街铁路道口}, {@code 占用X部分停车位}, or a road alone. The cross streets and points are kept as
 * the article writes them.
 */
final class MentionFinder {

    private static final String SEP = "(?:一直到|一直至|直到|——|—|－|~|～|-|至|到)";
    private static final Pattern PAREN =
            Pattern.compile("^(?:[东南西北中]?(?:延长|延伸|延)?段|\\p{IsHan}{2,4}?段)?[（(]([^）)（(]{1,40})[）)](?:路段|段)?");
    /** {@code （天目路口至衡阳路口自西向东方向）}: the direction of travel written after a range is not its end. */
    private static final Pattern TRAVEL_DIRECTION = Pattern.compile("(?:自|由|从)?[东南西北](?:向|往)[东南西北](?:方向)?(?:行驶)?$");

    private static final Pattern LISTED_TAIL = Pattern.compile("(?:[两二三四五六七八九]|\\d)(?:个)?(?:路段|段)$");
    private static final Pattern PAREN_RANGE = Pattern.compile("^(.+?)" + SEP + "(.+?)(?:之间的?(?:路段|段)?|段)?$");
    private static final Pattern CROSS = Pattern.compile(
            "^(?:与|和|同|、)([^，。；、,：（）]{1,14}?)(?:的)?(交叉口|十字路口|丁字路口|丁字口|交叉路口|路口|交口|什字|交汇处|交汇路口|交会处|衔接处|交界处|相交处)");
    private static final Pattern OFFSET = Pattern.compile("^(?:以|往|向)?[东南西北](?:侧)?(?:约)?\\d+(?:\\.\\d+)?(?:米|公里)处?");
    private static final Pattern JUNCTION = Pattern.compile("^([^，。；、,：（）与至到—]{2,12}?)(交叉口|十字路口|丁字路口|丁字口|路口|街口|交口)");
    private static final Pattern RAMP =
            Pattern.compile("^([^，。；、,：（）的]{2,12}?)(?:的)?((?:上下|上桥|下桥|上站|下站|上|下|出入口|出口|入口)?匝道)");
    /**
     * {@code 京昆高速清源收费站出入口}, {@code 连霍高速圃园收费站南向北方向下站匝道}: a station of the road, with its ramps
     * or its entrance and exit after a direction of travel.
     */
    private static final Pattern STATION_EXIT = Pattern.compile("^([\\p{IsHan}A-Za-z0-9]{2,10}?(?:收费站|互通|枢纽|立交))"
            + "(?:[由从往]?[东南西北]向[东南西北](?:方向)?|[^，。；、（）()]{1,6}?方向)?"
            + "((?:上下|上桥|下桥|上站|下站|上|下)?匝道|出入口|出口|入口)");

    /** {@code 周铁枢纽宜兴}, {@code 花桥枢纽（南京往上海}, {@code 角美枢纽上行}: a direction of travel after a station. */
    private static final Pattern STATION_THEN_DIRECTION = Pattern.compile(
            "^(\\p{IsHan}{2,10}?(?:收费站|互通|枢纽))(?:[（(]?\\p{IsHan}{0,4}(?:往\\p{IsHan}{1,4})?(?:方向)?[）)]?|上行|下行)$");

    private static final Pattern RAMP_PLACE = Pattern.compile("(?:收费站|互通|枢纽|立交)$");
    /**
     * {@code 和桥收费站双向出入口匝道}, {@code 宝带互通往苏州方向入口匝道}, {@code 奉化东收费站（温州方向）出口和入口}: the ramps
     * of a station or an interchange, after a direction of travel.
     */
    private static final Pattern STATION_RAMP = Pattern.compile(
            "(?:(?<=^)|(?<=[，,。；：、\\s])|(?<=封闭|关闭|占用|的|及|和|与))([\\p{IsHan}A-Za-z0-9]{2,10}?(?:收费站|互通|枢纽|立交))(?:的)?"
                    + "(?:双向|[由从往]?[东南西北]向[东南西北](?:方向)?|[（(]?[^，。；、（）()]{1,8}?方向[）)]?)?(?:的)?"
                    + "(?:(?:上下|上桥|下桥|上|下|出入口|出口|入口)?匝道|出入口|(?:出口|入口)(?:[和及、](?:出口|入口))?)");

    private static final Pattern END_OF_ROAD =
            Pattern.compile("^([东南西北]口(?:[（(][^）)（(]{1,14}[）)])?)(?!\\s*(?:——|—|－|~|～|-|至|到))");
    private static final Pattern BETWEEN =
            Pattern.compile("^(?:的)?([^，。；、,：（）与和]{1,15}?)(?:与|和)([^，。；、,：（）]{1,15}?)之间(?:的)?(?:路段|段)?");
    private static final String PLACE_END = "路街巷道站桥口门场园区村镇心院校楼厂交通纽间";
    private static final Pattern RANGE_NEXT = Pattern.compile("^\\s*" + SEP);
    /** {@code 东三路交叉口}, {@code 星湖大道十字路口}: a cross street with the whole word for a crossing. */
    private static final Pattern CROSSING_WORD_END = Pattern.compile("^(.{2,12}?)(?:交叉路口|交叉口|十字路口|丁字路口|交口|什字)$");

    /** {@code 儿童公园路口}: the crossing of a place that is not a road is that place, with no road word added. */
    private static final Pattern LANDMARK = Pattern.compile("(?:公园|广场|医院|小学|中学|大学|学校|中心|市场|商场|大厦|巷子|村|馆|寺|塔|站|厂|镇)$");

    /**
     * {@code 海六线镇东桥路段}, {@code 滨海公路永安镇路段}, {@code 镜澜大道立信中学西侧路段}, {@code （北寨公园段）}: the
     * stretch of the road at a bridge, a village, a town or a landmark is a point on the road at that place.
     */
    private static final Pattern PLACE_STRETCH = Pattern.compile("^(?:的)?([^，。；、,：（）()至到—与和的\\s]{1,10}?"
            + "(?:大桥|桥|村|镇|镇区|城区|社区|站|庄|屯|寨|公园|广场|中学|小学|学校|医院|厂|隧道)(?:[东南西北]侧|附近)?)(?:路段|段)");

    private static final Pattern CROSSING_END = Pattern.compile("^(.{2,12}?)(?:路)?口$");
    private static final Pattern GATE = Pattern.compile("^(?:的)?([^，。；、,：（）()至到—]{2,16}?(?:门口|门前))");
    /** {@code 站前街铁路道口}: a level crossing of the road is a point on it. */
    private static final Pattern LEVEL_CROSSING = Pattern.compile("^(?:的)?((?:\\p{IsHan}{1,4}?)?铁路道口|道口)");

    private static final Pattern AT_PLACE = Pattern.compile("^在([^，。；、,：（）]{2,15}?)的");
    private static final Pattern RANGE =
            Pattern.compile("^(?:的)?(?:从|自|由)?((?![至到—－~～-])[^，。；、,：（）()\\s]{1,20}?)" + SEP);
    /** {@code K12+300至K14+800段}, {@code 62公里+350米至63公里+150米}: a range of kilometre posts. */
    private static final String KM = "(?:[Kk]\\d+\\+\\d+|\\d+公里\\+?\\d+米)";

    private static final Pattern KM_RANGE_AFTER =
            Pattern.compile("^(?:的)?(" + KM + ")\\s*(?:——|—|－|~|～|-|至|到)\\s*(" + KM + ")(?:段|路段)?");
    private static final Pattern KM_POST =
            Pattern.compile("^(?:的)?([Kk]\\d+\\+\\d+)(?:处)?(?!\\s*(?:——|—|－|~|～|-|至|到))");
    private static final Pattern POINT =
            Pattern.compile("^(?:的)?([^，。；、,：（）()至到—]{1,20}?(?:约)?\\d+(?:\\.\\d+)?(?:米|公里)处?)");
    private static final Pattern BAD_ENDPOINT =
            Pattern.compile("\\d+[年月日时点号]|^(?:将|已|也|则|于|在|即|起|段|口)|段[和、及]|明年|今年|即日|明日|封闭|施工|围挡|占用|期间|开始|工期|方向|通行");
    private static final List<String> TO_STOPS = List.of(
            "段", "之间", "的", "）", ")", "，", ",", "；", "。", "、", "：", "将", "要", "也", "则", "全", "半幅", "双向", "单向", "封闭",
            "围挡", "施工", "实行", "进行", "机动车道", "非机动车道", "人行道", "辅路", "辅道", "方向", "及", "这一段", "这段", "一段", "每天", "每日", "期间",
            "起", "止", "区间", "一线", "沿线", "区域", "范围", "道路", "于", "自", "从", " ");
    /** {@code 实验小学东门至青年路西侧封闭施工}: a side followed by the closure, not by a lane, places the end. */
    private static final Pattern SIDE_OF_THE_END = Pattern.compile("^[东南西北]侧(?=(?:将|临时)?(?:封闭|围挡|施工|断交|禁止))");

    private static final Pattern TO_SIDE_STOP = Pattern.compile("^[东南西北](?:侧|半幅|幅|、)");
    private static final Pattern RANGE_TAIL = Pattern.compile("^(?:这一段|这一路段|这段路|路段|段|之间|区间|一线|沿线)");
    private static final Pattern PARKING = Pattern.compile(
            "(?:占用|封闭|关闭|停用|征用)(?:了)?([\\p{IsHan}A-Za-z0-9]{2,12}?)(?:的)?(?:部分|全部|所有)?(?:公共|地面|地下|社会)?(?:停车场|停车位|停车泊位)");
    private static final Pattern PARKING_CLOSED = Pattern.compile(
            "(?<![\\p{IsHan}A-Za-z0-9])([\\p{IsHan}A-Za-z0-9]{2,12}?)(?:的)?"
                    + "(?:地下|地面|公共|社会)?(?:停车场|停车库)(?:因[^，。；]{1,10}?)?(?:[\\d年月日号至到起—－-]{2,20})?(?:当天|当日|全天|期间)?(?:将|也|临时|暂时)*(?:暂停对外开放|封闭|关闭|停用|暂停使用|暂停开放|停止使用)");
    private static final Pattern ANAPHORA_AFTER = Pattern.compile("^(?:该处|该段|该路段|这一段|这一路段|这段路|此路段|此段|同一路段)");

    /** {@code （科技馆段）}: in brackets after a road, any place but a range or a direction names the stretch. */
    private static final Pattern STRETCH_IN_BRACKETS =
            Pattern.compile("([^，。；、,：至到—－~～\\-\\s]{2,12}?)(?:路段|段)(?<![东南西北中]段)");

    private static final Pattern BESIDE_THE_CROSSING =
            Pattern.compile("[东南西北]侧(?=(?:路段)?(?:将|临时)?(?:全幅|全封闭|封闭|断交|实施|实行))");

    /** {@code 金华方向永安收费站}: the direction of travel written before a station is no part of its name. */
    private static final Pattern DIRECTION_FIRST = Pattern.compile("^\\p{IsHan}{1,6}方向");

    /** {@code 吴塘线溪坞桥}: a bridge named right after a road is a point on that road. */
    private static final Pattern BRIDGE_AFTER =
            Pattern.compile("^((?![和与及、])[^，。；、,：（）()为是被将已绕经的\\s]{2,6}?(?:大桥|桥))(?![梁面头下上])(?!以?[东南西北]|\\d|附近|处)");

    private static final Pattern DESCRIBED = Pattern.compile("[（(][^）)（(]{1,30}[）)]");

    private final RoadNames roads;

    MentionFinder(final RoadNames roads) {
        this.roads = roads;
    }

    List<Mention> find(final String clause) {
        final List<Mention> out = new ArrayList<>();
        int consumed = 0;
        for (final RoadNames.Span span : roads.find(clause)) {
            if (span.start() < consumed) {
                continue;
            }
            final List<Mention> listed = listedInBrackets(clause, span);
            if (!listed.isEmpty()) {
                out.addAll(listed);
                consumed = listed.get(listed.size() - 1).end();
                continue;
            }
            final Mention m = at(clause, span);
            out.add(m);
            consumed = m.end();
        }
        // Every parking match holds 停车, every station ramp one of the station words.
        final Matcher parking = PARKING.matcher(Holding.anyOf(clause, "停车"));
        while (parking.find()) {
            final int start = parking.start(1);
            final int end = parking.end();
            final String place = parking.group(1);
            if (out.stream().noneMatch(m -> m.start() < end && start < m.end()) && !place.matches(".*(施工|部分|车辆).*")) {
                out.add(new Mention(Mention.Kind.PARKING, place, null, null, start, end));
            }
        }
        final Matcher lot = PARKING_CLOSED.matcher(Holding.anyOf(clause, "停车"));
        while (lot.find()) {
            final int start = lot.start(1);
            final int end = lot.end(1);
            if (out.stream().noneMatch(m -> m.start() < lot.end() && start < m.end())
                    && !lot.group(1).matches(".*(施工|部分|车辆|周边).*")) {
                out.add(new Mention(Mention.Kind.PARKING, lot.group(1), null, null, start, end));
            }
        }
        final Matcher station = STATION_RAMP.matcher(Holding.anyOf(clause, "收费站", "互通", "枢纽", "立交"));
        while (station.find()) {
            final int start = station.start(1);
            final int end = station.end(1);
            if (out.stream().noneMatch(m -> m.start() < station.end() && start < m.end())
                    && !station.group(1).matches(".*(施工|部分|车辆|周边|前往|驶往|经).*")) {
                out.add(new Mention(Mention.Kind.POINT, station.group(1), null, null, start, end));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * {@code 文化路（人民路至中山路、中山路至北环路两段）}: several ranges of one road listed in its brackets, one segment
     * each; empty unless every item is a range.
     */
    private List<Mention> listedInBrackets(final String clause, final RoadNames.Span span) {
        final Matcher paren = PAREN.matcher(clause.substring(span.end()));
        if (!paren.find() || paren.group(1).indexOf('、') < 0) {
            return List.of();
        }
        final int innerStart = span.end() + paren.start(1);
        final String inner = LISTED_TAIL.matcher(paren.group(1)).replaceFirst("");
        final List<Mention> out = new ArrayList<>();
        int at = 0;
        for (final String item : inner.split("、")) {
            final Matcher range = PAREN_RANGE.matcher(item);
            if (!range.find() || !endpointOk(range.group(1)) || !endpointOk(range.group(2))) {
                return List.of();
            }
            final int start = out.isEmpty() ? span.start() : innerStart + at;
            final int end = innerStart + at + item.length();
            out.add(new Mention(
                    Mention.Kind.RANGE, span.name(), crossName(range.group(1)), crossName(range.group(2)), start, end));
            at += item.length() + 1;
        }
        final Mention last = out.get(out.size() - 1);
        out.set(
                out.size() - 1,
                new Mention(last.kind(), last.road(), last.from(), last.to(), last.start(), span.end() + paren.end()));
        return out;
    }

    /** True when the words right after a road point back at a segment named before ({@code 东风路该处}). */
    static boolean pointsBack(final String clause, final Mention m) {
        return m.kind() == Mention.Kind.BARE
                && ANAPHORA_AFTER.matcher(clause.substring(m.end())).find();
    }

    private Mention at(final String clause, final RoadNames.Span span) {
        final String after = clause.substring(span.end());
        final Matcher paren = PAREN.matcher(after);
        if (paren.find()) {
            final String written = paren.group(1);
            // X093县道（原北绕城公路，K15+014至K24+789）: a former name before the range is no endpoint.
            final String inner = TRAVEL_DIRECTION
                    .matcher(written.substring(written.lastIndexOf('，') + 1))
                    .replaceFirst("");
            final Matcher range = PAREN_RANGE.matcher(inner);
            if (range.find() && endpointOk(range.group(1)) && endpointOk(range.group(2))) {
                return new Mention(
                        Mention.Kind.RANGE,
                        span.name(),
                        crossName(range.group(1)),
                        crossName(withoutSectionRoad(range.group(2), inner)),
                        span.start(),
                        span.end() + paren.end());
            }
            final Matcher stretch = STRETCH_IN_BRACKETS.matcher(inner);
            if (stretch.matches() && endpointOk(stretch.group(1))) {
                return new Mention(
                        Mention.Kind.POINT,
                        span.name(),
                        stretch.group(1),
                        null,
                        span.start(),
                        span.end() + paren.end());
            }
            if (inner.matches(".*(\\d+(米|公里)|处|门|口|附近|以[东南西北]).*") && !inner.matches(".*(通行|方向|国道).*")) {
                return new Mention(
                        Mention.Kind.POINT, span.name(), inner, null, span.start(), span.end() + paren.end());
            }
            return bare(span);
        }
        final Matcher endOfRoad = END_OF_ROAD.matcher(after);
        if (endOfRoad.find()) {
            return new Mention(
                    Mention.Kind.POINT,
                    span.name(),
                    endOfRoad.group(1),
                    null,
                    span.start(),
                    span.end() + endOfRoad.end());
        }
        final Matcher cross = CROSS.matcher(after);
        if (cross.find() && RANGE_NEXT.matcher(after.substring(cross.end())).find()) {
            final Mention fromCrossing = rangeFromCrossing(after, span, cross);
            if (fromCrossing != null) {
                return fromCrossing;
            }
        }
        if (cross.find(0)) {
            final Matcher offset = OFFSET.matcher(after.substring(cross.end()));
            if (offset.find()) {
                final Mention range = rangeFromAPoint(
                        after, span, cross.group(1) + cross.group(2) + offset.group(), cross.end() + offset.end());
                if (range != null) {
                    return range;
                }
                return new Mention(
                        Mention.Kind.POINT,
                        span.name(),
                        cross.group(1) + cross.group(2) + offset.group(),
                        null,
                        span.start(),
                        span.end() + cross.end() + offset.end());
            }
            final Matcher beside = BESIDE_THE_CROSSING.matcher(after.substring(cross.end()));
            if (beside.lookingAt()) {
                // 建民路与光明大街交叉口东侧全幅封闭: a stretch beside the crossing, not the crossing itself.
                return new Mention(
                        Mention.Kind.POINT,
                        span.name(),
                        cross.group(1) + cross.group(2) + beside.group(),
                        null,
                        span.start(),
                        span.end() + cross.end() + beside.end());
            }
            final String other =
                    "路口".equals(cross.group(2)) && !roads.isRoad(cross.group(1)) && roads.isRoad(cross.group(1) + "路")
                            ? cross.group(1) + "路"
                            : cross.group(1);
            return new Mention(Mention.Kind.CROSS, span.name(), other, null, span.start(), span.end() + cross.end());
        }
        final Matcher junction = JUNCTION.matcher(after);
        if (junction.find()
                && roads.isRoad(crossStreet(junction.group(1), junction.group(2)))
                && !OFFSET.matcher(after.substring(junction.end())).find()
                && !RANGE_NEXT.matcher(after.substring(junction.end())).find()) {
            return new Mention(
                    Mention.Kind.CROSS,
                    span.name(),
                    crossStreet(junction.group(1), junction.group(2)),
                    null,
                    span.start(),
                    span.end() + junction.end());
        }
        final Matcher place = AT_PLACE.matcher(after);
        if (place.find() && roads.isRoad(place.group(1))) {
            return new Mention(
                    Mention.Kind.POINT, span.name(), place.group(1), null, span.start(), span.end() + place.end());
        }
        final Matcher between = BETWEEN.matcher(after);
        if (between.find() && endpointOk(between.group(1)) && endpointOk(between.group(2))) {
            return new Mention(
                    Mention.Kind.RANGE,
                    span.name(),
                    between.group(1),
                    between.group(2),
                    span.start(),
                    span.end() + between.end());
        }
        final Matcher kmRange = KM_RANGE_AFTER.matcher(after);
        if (kmRange.find()) {
            // S215省道K63+800至K64+600段（乌兰敖包煤矿岔路口南侧）: the place in brackets describes the range.
            final Matcher described = DESCRIBED.matcher(after.substring(kmRange.end()));
            return new Mention(
                    Mention.Kind.RANGE,
                    span.name(),
                    kmRange.group(1),
                    kmRange.group(2),
                    span.start(),
                    span.end() + kmRange.end() + (described.lookingAt() ? described.end() : 0));
        }
        final Matcher station = STATION_EXIT.matcher(after);
        if (station.find()) {
            return new Mention(
                    Mention.Kind.POINT,
                    span.name(),
                    DIRECTION_FIRST.matcher(station.group(1)).replaceFirst(""),
                    null,
                    span.start(),
                    span.end() + station.start(2));
        }
        final Matcher ramp = RAMP.matcher(after);
        if (ramp.find()
                && (roads.isRoad(ramp.group(1))
                        || RAMP_PLACE.matcher(ramp.group(1)).find())) {
            return new Mention(
                    Mention.Kind.POINT, span.name(), ramp.group(1), null, span.start(), span.end() + ramp.start(2));
        }
        final Mention range = range(after, span);
        if (range != null) {
            return range;
        }
        final Matcher bridge = BRIDGE_AFTER.matcher(after);
        if (bridge.find()
                && roads.isRoad(bridge.group(1))
                && !RANGE_NEXT.matcher(after.substring(bridge.end())).find()
                && !PLACE_STRETCH.matcher(after).lookingAt()) {
            return new Mention(
                    Mention.Kind.POINT, span.name(), bridge.group(1), null, span.start(), span.end() + bridge.end());
        }
        final Matcher stretch = PLACE_STRETCH.matcher(after);
        if (stretch.find() && endpointOk(stretch.group(1))) {
            return new Mention(
                    Mention.Kind.POINT, span.name(), stretch.group(1), null, span.start(), span.end() + stretch.end());
        }
        final Matcher post = KM_POST.matcher(after);
        if (post.find()) {
            return new Mention(
                    Mention.Kind.POINT, span.name(), post.group(1), null, span.start(), span.end() + post.end());
        }
        final Matcher point = POINT.matcher(after);
        if (point.find() && !point.group(1).matches(".*(长约|宽约|长|宽|共|全长|总长).*")) {
            return new Mention(
                    Mention.Kind.POINT, span.name(), point.group(1), null, span.start(), span.end() + point.end());
        }
        final Matcher level = LEVEL_CROSSING.matcher(after);
        if (level.find()) {
            return new Mention(
                    Mention.Kind.POINT, span.name(), level.group(1), null, span.start(), span.end() + level.end());
        }
        final Matcher gate = GATE.matcher(after);
        if (gate.find()) {
            return new Mention(
                    Mention.Kind.POINT, span.name(), gate.group(1), null, span.start(), span.end() + gate.end());
        }
        return bare(span);
    }

    /**
     * {@code 解放路与建设大街交叉口往北150米处一直到学府街口}: a range that starts at a point beside a crossing, ending at
     * a cross street; null when no end follows the point.
     */
    private Mention rangeFromAPoint(final String after, final RoadNames.Span span, final String point, final int at) {
        final Matcher sep = RANGE_NEXT.matcher(after.substring(at));
        if (!sep.find()) {
            return null;
        }
        final String rest = after.substring(at + sep.end());
        final int cut = toEnd(rest);
        final String to = rest.substring(0, cut);
        if (to.isEmpty() || !endpointOk(to)) {
            return null;
        }
        final Matcher tail = RANGE_TAIL.matcher(rest.substring(cut));
        final int end = span.end() + at + sep.end() + cut + (tail.find() ? tail.end() : 0);
        return new Mention(Mention.Kind.RANGE, span.name(), point, crossName(to), span.start(), end);
    }

    /** {@code 学府街与体育路口至坞城路口段}: a range that starts at a crossing of the road. */
    private Mention rangeFromCrossing(final String after, final RoadNames.Span span, final Matcher cross) {
        final Matcher sep = RANGE_NEXT.matcher(after.substring(cross.end()));
        sep.find();
        final String rest = after.substring(cross.end() + sep.end());
        final int cut = toEnd(rest);
        final String to = rest.substring(0, cut);
        if (to.isEmpty() || !endpointOk(to) || !"路口".equals(cross.group(2)) && !"交叉口".equals(cross.group(2))) {
            return null;
        }
        final String from = "路口".equals(cross.group(2)) ? crossStreet(cross.group(1), "路口") : cross.group(1);
        final Matcher tail = RANGE_TAIL.matcher(rest.substring(cut));
        final int end = span.end() + cross.end() + sep.end() + cut + (tail.find() ? tail.end() : 0);
        return new Mention(Mention.Kind.RANGE, span.name(), from, crossName(to), span.start(), end);
    }

    /**
     * A cross street written with its crossing word inside a range ({@code 学府街口}, {@code 五一路路口},
     * {@code 体育路口}) is the street; a position beside it ({@code 晋阳街口往南200米处}) stays whole.
     */
    String crossName(final String endpoint) {
        final Matcher station = STATION_THEN_DIRECTION.matcher(endpoint);
        if (station.matches()) {
            return station.group(1);
        }
        final Matcher crossing = CROSSING_WORD_END.matcher(endpoint);
        if (crossing.matches() && roads.isRoad(crossing.group(1))) {
            return crossing.group(1);
        }
        final Matcher m = CROSSING_END.matcher(endpoint);
        if (!m.matches() || endpoint.endsWith("道口")) {
            return endpoint;
        }
        final String name = m.group(1);
        if (roads.isRoad(name) && !name.endsWith("交叉") || LANDMARK.matcher(name).find()) {
            return name;
        }
        return roads.isRoad(name + "路") ? name + "路" : endpoint;
    }

    /** The cross street of {@code 双塔寺街口} or {@code 五一路路口}: the name with the road word the crossing word ate. */
    private String crossStreet(final String name, final String crossing) {
        if (roads.isRoad(name)) {
            return name;
        }
        return crossing.length() == 2 && (crossing.startsWith("路") || crossing.startsWith("街"))
                ? name + crossing.charAt(0)
                : name;
    }

    private Mention range(final String after, final RoadNames.Span span) {
        final Matcher m = RANGE.matcher(after);
        if (!m.find() || !endpointOk(m.group(1))) {
            return null;
        }
        // 自锦华小区南门起至横泾塘桥止: the range's own 起 and 止 are no part of its ends.
        final String from = m.group(1).length() > 2 && m.group(1).endsWith("起")
                ? m.group(1).substring(0, m.group(1).length() - 1)
                : m.group(1);
        final String rest = after.substring(m.end());
        final int written = toEnd(rest);
        final int cut = partOfRoadSection(rest, written) ? written - 1 : written;
        final String to = rest.substring(0, cut);
        if (to.isEmpty() || !endpointOk(to) || Character.isDigit(to.charAt(0))) {
            return null;
        }
        final Matcher tail = RANGE_TAIL.matcher(rest.substring(cut));
        final int end = span.end() + m.end() + cut + (tail.find() ? tail.end() : 0);
        return new Mention(Mention.Kind.RANGE, span.name(), crossName(from), crossName(to), span.start(), end);
    }

    /**
     * {@code 黄丝收费站路段}, {@code 长岗立交路段}, {@code K1018路段}, {@code 渝州路之间路段}: the {@code 路} before
     * {@code 段} belongs to {@code 路段}, not to the place.
     */
    private static boolean partOfRoadSection(final String rest, final int cut) {
        return cut >= 3
                && rest.startsWith("路段", cut - 1)
                && (PLACE_END.indexOf(rest.charAt(cut - 2)) >= 0 || Character.isDigit(rest.charAt(cut - 2)));
    }

    /**
     * {@code （莲塘街至仙湖路路段）}: the {@code 路} of {@code 路段} that the range's end took after its own road word.
     */
    private static String withoutSectionRoad(final String end, final String inner) {
        return inner.endsWith(end + "段") && end.length() >= 4 && end.endsWith("路路")
                ? end.substring(0, end.length() - 1)
                : end;
    }

    private static int toEnd(final String rest) {
        for (int k = 0; k < rest.length(); k++) {
            final String tail = rest.substring(k);
            if (k >= 1 && TO_STOPS.stream().anyMatch(tail::startsWith)) {
                return k;
            }
            if (k == 0 && tail.matches("^[，,；。、：）)\\s].*")) {
                return 0;
            }
            if (k >= 2 && SIDE_OF_THE_END.matcher(tail).lookingAt()) {
                return k + 2;
            }
            if (k >= 2 && (tail.startsWith("和") || TO_SIDE_STOP.matcher(tail).find())) {
                return k;
            }
            if (k >= 20) {
                return k;
            }
        }
        return rest.length();
    }

    static boolean endpointOk(final String endpoint) {
        return !endpoint.isBlank()
                && endpoint.length() <= 24
                && !BAD_ENDPOINT.matcher(endpoint).find();
    }

    private static Mention bare(final RoadNames.Span span) {
        return new Mention(Mention.Kind.BARE, span.name(), null, null, span.start(), span.end());
    }
}
