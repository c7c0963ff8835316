package io.newsalert.streams.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises road names in running text. The segmenter does not know them, so names are found by how Chinese road
 * names are built: a stem of up to ten characters and a road word ({@code 路 街 巷 道 大街 大道 环 环路 桥 线 高架
 * 国道 胡同}), optionally followed by a numbered or directional branch ({@code 并州南路西一巷}). A name starts after
 * punctuation, a function word ({@code 的 是 在 与 及 、}) or a verb of the notice ({@code 占用 封闭}). Words built
 * the same way that are not roads ({@code 道路 车道 便道 管线 沿线 2号线 75路}) are rejected, and a proposed name must
 * agree with HanLP's segmentation ({@link Words}) and not be a common word ({@link GenericRoadWords}). Names given
 * by the user are recognised whole, before the rules apply. Nothing is learned while reading: the same text always
 * gives the same names.
 */
public final class RoadNames {

    private static final List<String> SUFFIXES = List.of(
            "高速公路", "快速路", "高架桥", "隧道", "高架路", "立交桥", "高架", "高速", "立交", "大街", "大道", "环路", "环线", "国道", "省道", "县道", "公路",
            "胡同", "大桥", "路", "街", "巷", "道", "环", "桥", "线", "弄");
    /** The first character of every suffix: most characters of a text start none, and need no closer look. */
    private static final String SUFFIX_STARTS =
            SUFFIXES.stream().map(s -> s.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());

    private static final Pattern BRANCH = Pattern.compile(
            "^(?:[东南西北][一二三四五六七八九十\\d]{1,3}[巷条街路里]|[一二三四五六七八九十\\d]{1,3}[巷条里](?![道路街])|[一二三四五六七八九十]段(?=[（(])|\\d{1,2}号桥)");
    private static final Pattern BRANCH_END = Pattern.compile(
            "(?:[东南西北][一二三四五六七八九十\\d]{1,3}[巷条街路里]|[一二三四五六七八九十\\d]{1,3}[巷条里]|[一二三四五六七八九十]段|\\d{1,2}号桥)$");
    private static final Set<String> EXACT_BAD = Set.of(
            "上桥", "下桥", "引桥", "天桥", "大桥", "全桥", "大街", "大道", "该路", "本路", "此路", "一路", "全路", "环路", "辅道", "支路", "盲道", "绿道",
            "栈道", "廊道", "地道", "巷道", "隧道", "乡道", "县道", "省道", "国道", "高速", "立交", "快速路", "高速公路", "便桥", "高架桥", "高架路", "立交桥",
            "跨线桥");
    private static final Pattern DIRECTIONAL_NEXT = Pattern.compile("^[东南西北中](?:大街|大道|路|街)(?![段口])");
    private static final Pattern COMPOUND_AFTER = Pattern.compile("^(?:道路|线路|路线|街道|桥梁|桥面|桥头|路网|道口|路灯|路况|路政|线上|线下|道具)");
    private static final List<String> BAD_ENDINGS = List.of(
            "管线", "管道", "车道", "航道", "河道", "渠道", "轨道", "通道", "频道", "知道", "报道", "步道", "跑道", "赛道", "干线", "路线", "热线", "专线",
            "红线", "底线", "防线", "一线", "沿线", "全线", "主线", "支线", "线路", "交路", "道路", "铁路", "马路", "思路", "出路", "门路", "电路", "沿路",
            "半路", "辅路", "主路", "岔路", "支路", "匝道", "辅道", "便道", "专用道", "引桥", "人行道", "街道", "号线", "生产线", "流水线", "在线", "上线",
            "下线", "连线", "界线", "光线", "视线", "路网", "水道", "下水道", "坡道", "车行道", "人行横道", "混行道", "进口道", "出口道", "街巷", "盲道", "楼道",
            "廊道", "生命线", "高压线", "电线", "电缆线", "过街", "上街", "沿街", "临街", "逛街", "大街小巷", "公路", "国道", "省道", "县道", "高架", "环");
    private static final List<String> JUNK = List.of(
            "占用", "封闭", "围挡", "施工", "具体", "部分", "期间", "此外", "同时", "另外", "包括", "其中", "以及", "位于", "将于", "将在", "需要", "计划",
            "通报", "获悉", "消息", "沿线", "显示", "范围", "方向", "车辆", "公交", "地铁", "号线", "轨道", "改造", "工程", "项目", "通行", "禁行", "路段",
            "空轨", "进行", "实施", "影响", "途经", "经过", "沿着", "前往", "位置", "地点", "区域", "管制", "管控", "占道", "断交", "事故", "拥堵", "积水",
            "重点", "主要", "个别", "有关", "上述", "前述", "所述", "相关", "周边", "附近", "沿途", "同一", "这一", "统一", "唯一", "第一", "每一", "以下",
            "以上", "下列", "如下", "驶入", "不得", "试验", "半幅", "两段", "本报讯", "讯");
    private static final Pattern TIME_WORD = Pattern.compile(
            "(?:即日|明日|今日|今天|明天|当天|当日|次日|每日|每天|本周|下周|近日|目前|届时|明|今|\\d+[年月日时点])起|即日|明日|今日|今天|明天|当天|当日|次日|每日|每天|本周|下周|近日|目前|届时|\\d+[年月日时点]");
    private static final Pattern ROAD_AHEAD = Pattern.compile(
            "^[^至到与和—－~～\\-，。；、：（）()\\s]{1,8}?(?:大街|大道|路|街|巷|桥)(?:至|到|—|－|~|～|-|与|和|交叉口|路口|交口|以[东南西北])");
    private static final Pattern RANGE_AHEAD = Pattern.compile("^(?:——|—|－|~|～|-|至|到)");
    private static final Pattern CROSSING_WORK = Pattern.compile("^(?:跨|下穿|上跨)|(?:跨线桥|下穿隧道|下穿通道)$");
    private static final Pattern STRUCTURE_AFTER =
            Pattern.compile("^(?:跨线桥|下穿隧道|铁路下穿通道|下穿通道|铁路地道|隧道|连接线|联络线|延长线|主线高架|高架桥|高架路|高架(?![桥路])|地道桥|下穿桥)");
    /** {@code 滨海大道南（青荫路口至翠洲路口）}: a direction written between a name and its range is part of the name. */
    private static final Pattern DIRECTION_BEFORE_RANGE = Pattern.compile("^[东南西北](?=[（(])");

    private static final Pattern STOP_AFTER = Pattern.compile("^[东南西北]?(?:公交站|车站|站|收费站|互通|枢纽|服务区)|^区(?![间域段])");
    private static final String STOP_CHARS = "的是在了与及、把被对从由往至到即于为因据按着该这此受";
    private static final String DIRECTION_CHARS = "东南西北";
    private static final String RING_PREFIX = "一二三四五六七八九十中内外";
    private static final int MAX_STEM = 10;
    /** Endings that are wrong alone but right after a stem (京港澳高速, 108国道). */
    private static final Set<String> ENDINGS_ALLOWED_WITH_STEM = Set.of("公路", "国道", "省道", "县道", "高架", "环", "高速");

    /** {@code 国道G228}, {@code 省道S214}: the class of a highway written before its number. */
    private static final Pattern CLASS_THEN_NUMBER = Pattern.compile("(?:国道|省道|县道|乡道)[GSXYZ]\\d{1,4}(?![\\dA-Za-z])");

    /** {@code 市区有三处路段}, {@code 共两个路口}: a count of places is no part of a name. */
    private static final Pattern COUNTED_STEM = Pattern.compile("[一二三四五六七八九十两几半\\d]+(?:处|个|座)|等[一二三四五六七八九十两几\\d]+条");

    /** {@code 东川五马路}, {@code 东川横马路}: a 马路 numbered or crossing in a grid is a name, not "the road". */
    private static final Pattern NUMBERED_MALU = Pattern.compile("\\p{IsHan}[一二三四五六七八九十横]马路$");

    private static final Pattern HIGHWAY_NUMBER = Pattern.compile("[GSX]?\\d{2,4}");
    private static final Pattern HIGHWAY_CLASS_END = Pattern.compile(".*(?:国道|省道|县道)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NUMBERED_ALLEY = Pattern.compile("[一二三四五六七八九十\\d]{1,3}巷");
    private static final Pattern HAN_STEM = Pattern.compile("\\p{IsHan}{2,6}");
    private static final Pattern LETTER_NUMBER = Pattern.compile("[A-Z]\\d+");

    private final Set<String> given;

    private RoadNames(final Collection<String> given) {
        this.given = Set.copyOf(given);
    }

    /** Rules only. */
    public static RoadNames rules() {
        return new RoadNames(List.of());
    }

    /** Rules plus the names in {@code file}: one name a line, UTF-8, {@code #} starts a comment. */
    public static RoadNames withList(final Path file) {
        try {
            final List<String> names = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(l -> l.replaceAll("#.*", "").strip())
                    .filter(l -> !l.isEmpty())
                    .toList();
            return new RoadNames(names);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the road list " + file + ".", e);
        }
    }

    /** True when {@code name} is a known name, or is built like a road name. */
    public boolean isRoad(final String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        if (given.contains(name)) {
            return true;
        }
        return shapeOk(name) && !GenericRoadWords.contains(name);
    }

    /** The road-word stem of a name, for telling {@code 坞城东路} and {@code 坞城东街} apart from other roads. */
    public static String stem(final String name) {
        String s = name;
        final Matcher branch = BRANCH_END.matcher(s);
        if (branch.find() && branch.start() > 1) {
            return s;
        }
        for (final String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    /** The road names in {@code text}, left to right, without overlaps. */
    List<Span> find(final String text) {
        final List<Span> known = knownSpans(text);
        final List<Span> out = new ArrayList<>(known);
        // Segmented at the first road word only: most clauses hold none, and segmenting is the costly part.
        Words segmented = null;
        int i = 1;
        int lowerBound = 0;
        while (i < text.length()) {
            final Span inside = covering(known, i);
            if (inside != null) {
                lowerBound = inside.end();
                i = inside.end() + 1;
                continue;
            }
            final int suffix = suffixAt(text, i);
            if (suffix > 0) {
                if (segmented == null) {
                    segmented = Words.of(text);
                }
                final Words words = segmented;
                final int next = startsCrossStreet(text, i + suffix) || sideOrSegmentAfter(text, i + suffix + 1)
                        ? 0
                        : suffixAt(text, i + suffix);
                int end = extendBranch(text, i + suffix + (next > 0 && i + suffix < text.length() ? next : 0));
                final Matcher directional = DIRECTIONAL_NEXT.matcher(text.substring(end));
                if (directional.find()
                        && !COMPOUND_AFTER.matcher(text.substring(end + 1)).find()
                        && !RANGE_AHEAD
                                .matcher(text.substring(end + directional.end()))
                                .find()) {
                    end += directional.end();
                }
                final Matcher beforeRange = DIRECTION_BEFORE_RANGE.matcher(text.substring(end));
                if (beforeRange.find()) {
                    end += beforeRange.end();
                }
                final int left = leftStart(text, i, lowerBound);
                final int ruled = left > 0 && STOP_CHARS.indexOf(text.charAt(left - 1)) >= 0
                        ? words.wordEndingAt(left, lowerBound)
                        : left;
                final boolean rangeEnd =
                        lowerBound > 0 && left == lowerBound + 1 && "至到—".indexOf(text.charAt(lowerBound)) >= 0;
                // 兴阳大街至正祥大街: the second name of a range starts after the range word, however the segmenter joins it.
                final int start = rangeEnd && left < i ? left : ruled < i ? words.agreedStart(text, ruled, i) : -1;
                if (start >= 0 && start < i && overlapsNone(known, start, end)) {
                    final String name = text.substring(start, end);
                    final int nameEnd = end;
                    if (shapeOk(name, bad -> bad.length() == 2 && bad.endsWith("路") && words.glued(nameEnd - 2))
                            && !GenericRoadWords.contains(name)
                            && !STOP_AFTER.matcher(text.substring(end)).find()) {
                        out.add(new Span(start, end, name));
                        lowerBound = end;
                        i = end + 1;
                        continue;
                    }
                }
            }
            i++;
        }
        final Matcher numbered = CLASS_THEN_NUMBER.matcher(text);
        while (numbered.find()) {
            if (overlapsNone(out, numbered.start(), numbered.end())) {
                out.add(new Span(numbered.start(), numbered.end(), numbered.group()));
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return joinedCrossings(withStructures(text, out));
    }

    /**
     * {@code 东中环跨线桥}, {@code 鹤鸣大道连接线}: a structure or connector word written right after a road name is part
     * of the structure's name.
     */
    private static List<Span> withStructures(final String text, final List<Span> spans) {
        final List<Span> out = new ArrayList<>();
        for (final Span span : spans) {
            if (!out.isEmpty() && span.start() < out.get(out.size() - 1).end()) {
                continue;
            }
            final Matcher structure = STRUCTURE_AFTER.matcher(text.substring(span.end()));
            if (structure.find()) {
                out.add(new Span(span.start(), span.end() + structure.end(), span.name() + structure.group()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /**
     * {@code 迎泽大街桥东街至五一路}: a road word followed by {@code 桥 环 线} that begins the name of a cross street
     * ({@code 桥东街至}) does not make a longer name ({@code 迎泽大街桥}).
     */
    private static boolean startsCrossStreet(final String text, final int at) {
        return at < text.length()
                && "桥环线".indexOf(text.charAt(at)) >= 0
                && ROAD_AHEAD.matcher(text.substring(at)).find();
    }

    /**
     * {@code 长风街跨汾河桥}, {@code 龙城大街晋祠路下穿隧道}: a bridge or underpass named by the roads it carries or
     * crosses is one name, with the road names written right before it.
     */
    private static List<Span> joinedCrossings(final List<Span> spans) {
        final List<Span> out = new ArrayList<>();
        for (final Span span : spans) {
            if (!CROSSING_WORK.matcher(span.name()).find()) {
                out.add(span);
                continue;
            }
            Span joined = span;
            while (!out.isEmpty() && out.get(out.size() - 1).end() == joined.start()) {
                final Span last = out.remove(out.size() - 1);
                joined = new Span(last.start(), joined.end(), last.name() + joined.name());
            }
            out.add(joined);
        }
        return out;
    }

    private List<Span> knownSpans(final String text) {
        final List<String> names = new ArrayList<>(given);
        names.sort(Comparator.comparingInt(String::length).reversed());
        final List<Span> spans = new ArrayList<>();
        for (final String name : names) {
            int from = text.indexOf(name);
            while (from >= 0) {
                final int end = from + name.length();
                if (overlapsNone(spans, from, end) && !continuesAsName(text, from, end)) {
                    spans.add(new Span(from, end, name));
                }
                from = text.indexOf(name, from + 1);
            }
        }
        return spans;
    }

    private static boolean continuesAsName(final String text, final int start, final int end) {
        return end < text.length() && BRANCH.matcher(text.substring(end)).find();
    }

    private static Span covering(final List<Span> spans, final int i) {
        return spans.stream()
                .filter(s -> s.start() <= i && i < s.end())
                .findFirst()
                .orElse(null);
    }

    private static boolean overlapsNone(final List<Span> spans, final int start, final int end) {
        return spans.stream().noneMatch(s -> s.start() < end && start < s.end());
    }

    private static int suffixAt(final String text, final int i) {
        if (i <= 0 || i >= text.length() || SUFFIX_STARTS.indexOf(text.charAt(i)) < 0) {
            return 0;
        }
        for (final String suffix : SUFFIXES) {
            if (text.startsWith(suffix, i)) {
                if (COMPOUND_AFTER.matcher(text.substring(i)).find()) {
                    return 0;
                }
                if ("环".equals(suffix) && RING_PREFIX.indexOf(text.charAt(i - 1)) < 0) {
                    return 0;
                }
                return suffix.length();
            }
        }
        return 0;
    }

    /**
     * {@code 新华南路路南侧}, {@code 长岗立交路段}, {@code 东关街路口}: a second road word followed by a side, {@code 段} or
     * {@code 口} means "the road's",
     * not a longer name.
     */
    private static boolean sideOrSegmentAfter(final String text, final int at) {
        if (at >= text.length() || "路街".indexOf(text.charAt(at - 1)) < 0) {
            return false;
        }
        final char c = text.charAt(at);
        return c == '段'
                || c == '口'
                || DIRECTION_CHARS.indexOf(c) >= 0 && at + 1 < text.length() && text.charAt(at + 1) == '侧';
    }

    private static int extendBranch(final String text, final int end) {
        final var m = BRANCH.matcher(text.substring(end));
        return m.find() ? end + m.end() : end;
    }

    private static int leftStart(final String text, final int suffixStart, final int lowerBound) {
        int s = suffixStart;
        while (s > lowerBound && suffixStart - s < MAX_STEM) {
            final char c = text.charAt(s - 1);
            if (!Character.isLetterOrDigit(c) || c == '路' || c == '街' || c == '巷' || STOP_CHARS.indexOf(c) >= 0) {
                break;
            }
            if (c == '和' && s < suffixStart && s >= 2 && "，,；;：:。 \n".indexOf(text.charAt(s - 2)) < 0) {
                break;
            }
            s--;
        }
        if (s > 0 && s < suffixStart && "路街".indexOf(text.charAt(s - 1)) >= 0 && "道区".indexOf(text.charAt(s)) >= 0) {
            // 乌岩街道电业路, 让胡路区西湖大桥: a sub-district's 街道 or a district named after a road ends before the name.
            s++;
        }
        final String stem = text.substring(s, suffixStart);
        int cut = 0;
        final int town = Math.max(stem.lastIndexOf('镇'), stem.lastIndexOf('乡'));
        if (town >= 2 && stem.length() - town - 1 >= 2) {
            // 甘旗卡镇努图克大街: the town a street is in is no part of its name.
            cut = town + 1;
        }
        for (final String junk : JUNK) {
            final int at = stem.lastIndexOf(junk);
            if (at >= 0) {
                cut = Math.max(cut, at + junk.length());
            }
        }
        final Matcher time = TIME_WORD.matcher(stem);
        while (time.find()) {
            cut = Math.max(cut, time.end());
        }
        return s + cut;
    }

    private static boolean shapeOk(final String name) {
        return shapeOk(name, bad -> false);
    }

    /**
     * {@code 澳门路}, {@code 厦门路}: an ending that is a common word alone ({@code 门路}) is no objection when the
     * segmenter reads its first character as part of the stem ({@code 澳门/路}).
     */
    private static boolean shapeOk(final String name, final java.util.function.Predicate<String> endingInStem) {
        if (name.length() < 2 || name.length() > MAX_STEM + 6) {
            return false;
        }
        if (name.length() > 3 && DIRECTION_CHARS.indexOf(name.charAt(name.length() - 1)) >= 0) {
            return shapeOk(name.substring(0, name.length() - 1), endingInStem);
        }
        for (final String bad : BAD_ENDINGS) {
            final boolean allowedWithStem = ENDINGS_ALLOWED_WITH_STEM.contains(bad);
            final boolean numbered =
                    "马路".equals(bad) && NUMBERED_MALU.matcher(name).find();
            if (name.equals(bad) || name.endsWith(bad) && !allowedWithStem && !numbered && !endingInStem.test(bad)) {
                return false;
            }
        }
        final Matcher branch = BRANCH_END.matcher(name);
        if (branch.find() && branch.start() >= 2) {
            // 荔枝三巷: a numbered alley of a place that is no road is a name too.
            return shapeOk(name.substring(0, branch.start()))
                    || NUMBERED_ALLEY.matcher(name.substring(branch.start())).matches()
                            && HAN_STEM.matcher(name.substring(0, branch.start()))
                                    .matches();
        }
        if (EXACT_BAD.contains(name)) {
            return false;
        }
        final String stem = stem(name);
        if (stem.equals(name)) {
            return false;
        }
        final boolean han =
                stem.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        final boolean numberedHighway = HIGHWAY_NUMBER.matcher(stem).matches()
                && HIGHWAY_CLASS_END.matcher(name).matches();
        if (!numberedHighway
                && (DIGITS.matcher(stem).matches()
                        || !han && !LETTER_NUMBER.matcher(stem).matches())) {
            return false;
        }
        for (final String junk : JUNK) {
            if (stem.contains(junk)) {
                return false;
            }
        }
        if (COUNTED_STEM.matcher(stem).find()) {
            return false;
        }
        return stem.chars().noneMatch(c -> "的是了、".indexOf(c) >= 0);
    }

    /** A road name found at {@code [start, end)} of a text. */
    record Span(int start, int end, String name) {}
}
