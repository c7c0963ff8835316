package io.newsalert.streams.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the ways notices spell a segment that the mention rules do not read into the shape they do read, before a
 * sentence is cut into clauses: two crossings of one road ({@code 起点为X与Y交叉口，终点为X与Z交叉口},
 * {@code X与Y交叉口至X与Z交叉口}) become {@code X（Y至Z）}, a side and lane written before the range
 * ({@code 解放西路北侧人行道（五一路至芙蓉路）}) go after it, and bounds written by direction ({@code 东起港区路口，西至鹰山路口})
 * or by start and end ({@code 起点为农业路口，终点为东风路口}) become a range of the road named before, and ranges written
 * with 从…到 or 在…之间 before or after their road ({@code 从A口到B口的X}, {@code X从A到B这一段}, {@code X在A和B之间的路段})
 * become {@code X（A至B）}. Only the text the rules read changes; closures keep the published sentence.
 */
final class SegmentRewrites {

    /**
     * {@code 东起港区路口，西至鹰山路口}, {@code 东起钟楼巷、西至城墙根一段}, a bound followed straight by the verb ({@code 西至纺织厂大门实施…}): the bounds of the road named before, read as
     * {@code 港区路至鹰山路段}.
     */
    private static final Pattern BOUNDS_BY_DIRECTION = Pattern.compile(
            "[东南西北]起([^，。；、（）()\\s]{2,15}?(?:路|街|巷)?)(?:交叉口|口)?[，,、]?\\s*[东南西北]至([^，。；、（）()\\s]{2,15}?(?:路|街|巷)?)"
                    + "(?:交叉口|口)?(?:(?:这一|一)段|(?=[，,。；]|$|将|实施|实行|进行|全封闭|半封闭|封闭))");

    /** {@code 东起博晟路、西至商鼎路的平安东路}: bounds written before their road, read as {@code 平安东路（博晟路至商鼎路）}. */
    private static final Pattern BOUNDS_BEFORE_ROAD = Pattern.compile(
            "[东南西北]起([^，。；、（）()\\s的]{2,15}?)(?:交叉口|口)?[，,、]?\\s*[东南西北]至([^，。；、（）()\\s的]{2,15}?)(?:交叉口|口)?"
                    + "(?:之间)?的([^，。；、（）()\\s的]{2,10}?(?:大街|大道|路|街|巷))");

    /** {@code 起点为农业路口，终点为东风路口}: a start and an end named alone, read as {@code 农业路至东风路段}. */
    private static final Pattern START_AND_END = Pattern.compile(
            "起点(?:为|是|在|[：:])?([^，。；、与（）()\\s]{2,15}?(?:路|街|巷)?)(?:交叉口|口)?[，,]?\\s*(?:终点|止点|讫点)(?:为|是|在|[：:])?"
                    + "([^，。；、与（）()\\s]{2,15}?(?:路|街|巷)?)(?:交叉口|口)?(?=[，,。；]|$)");

    /** {@code 北辰路在丰乐街和双塔路之间的路段}: a road between two cross streets, read as {@code 北辰路（丰乐街至双塔路）}. */
    private static final Pattern BETWEEN = Pattern.compile(
            "(?<=[路街巷道桥])在([^，。；、（）()\\s在]{2,15}?)(?:路口|口)?[和与及]" + "([^，。；、（）()\\s]{2,15}?)(?:路口|口)?之间的?(?:路段|一段|段)");
    /** {@code 从槐树街口到石榴巷口的文庙街}: a range written before its road, read as {@code 文庙街（槐树街至石榴巷）}. */
    private static final Pattern RANGE_BEFORE_ROAD = Pattern.compile("从([^，。；、（）()\\s从的]{2,15}?)口?[到至]"
            + "([^，。；、（）()\\s的]{2,15}?)口?(?:这一段|这段|一段|段)?的([^，。；、（）()\\s的从]{2,10}?(?:路|街|巷))");
    /** {@code 解放路从和平街到建设路这一段}: a range after its road with 从, read as {@code 解放路（和平街至建设路）}. */
    private static final Pattern FROM_TO_AFTER_ROAD = Pattern.compile(
            "(?<=[路街巷道桥])从([^，。；、（）()\\s从]{2,15}?)口?[到至]" + "([^，。；、（）()\\s]{2,15}?)口?(?:这一段|这段|一段|路段)");

    private static final String CROSSING = "(?:交叉口|十字路口|丁字路口|交叉路口|路口|交口)";
    private static final String FIRST = "([^，。；、与：:（）()\\s]{2,15}?)";
    private static final String NAME = "([^，。；、与（）()]{2,15}?)";
    private static final Pattern ENDPOINTS = Pattern.compile("(?:起点(?:为|是|[：:])?)?" + FIRST + "与" + NAME + CROSSING
            + "(?:[，,、]?\\s*(?:至|到)?\\s*(?:终点|止点|讫点)(?:为|是|[：:])?|\\s*(?:至|到|—|－|-)\\s*)" + NAME + "与" + NAME
            + CROSSING);
    /** {@code 解放西路北侧人行道（五一路至芙蓉路）}: the range goes next to its road, the side and lane after it. */
    private static final Pattern PLACE_BEFORE_RANGE =
            Pattern.compile("((?:[东南西北](?:、?[东南西北])?两?侧|两侧|[东南西北]半幅)?(?:人行道|便道|非机动车道|机动车道|辅路|辅道))"
                    + "([（(][^）)（(]{2,30}?(?:至|到|——|—|－|~|～|-)[^）)（(]{1,30}[）)])");

    private SegmentRewrites() {}

    /** {@code sentence} with its segments written the way the mention rules read them. */
    static String apply(final String sentence) {
        final String ranges =
                PLACE_BEFORE_RANGE.matcher(endpointsAsRange(sentence)).replaceAll("$2$1");
        // Both bounds patterns need 起 (东起…西至), which most sentences lack.
        final boolean boundsWritten = ranges.indexOf('起') >= 0;
        final String before = boundsWritten ? BOUNDS_BEFORE_ROAD.matcher(ranges).replaceAll("$3（$1至$2）") : ranges;
        final String bounds =
                boundsWritten ? BOUNDS_BY_DIRECTION.matcher(before).replaceAll(m -> boundsOf(before, m)) : before;
        return rangesWithFrom(START_AND_END.matcher(bounds).replaceAll("：$1至$2段"));
    }

    /** Right after a road the bounds become its range in brackets; elsewhere a range of the road named before. */
    private static String boundsOf(final String text, final java.util.regex.MatchResult m) {
        final boolean afterRoad = m.start() > 0 && "路街巷道桥".indexOf(text.charAt(m.start() - 1)) >= 0;
        return Matcher.quoteReplacement(
                afterRoad ? "（" + m.group(1) + "至" + m.group(2) + "）" : "：" + m.group(1) + "至" + m.group(2) + "段");
    }

    /** Ranges written with 从…到 or 在…之间; the sentence is matched only when it holds the word that opens them. */
    private static String rangesWithFrom(final String text) {
        String out = text;
        if (out.contains("之间")) {
            out = BETWEEN.matcher(out).replaceAll("（$1至$2）");
        }
        if (out.contains("从")) {
            out = RANGE_BEFORE_ROAD.matcher(out).replaceAll("$3（$1至$2）");
            out = FROM_TO_AFTER_ROAD.matcher(out).replaceAll("（$1至$2）");
        }
        return out;
    }

    /**
     * {@code 起点为X与Y交叉口，终点（止点）为X与Z交叉口}, {@code X与Y交叉口至X与Z交叉口}: the road the two crossings
     * share, from one cross street to the other, read as {@code X（Y至Z）}.
     */
    static String endpointsAsRange(final String text) {
        if (text.indexOf('与') < 0) {
            // ENDPOINTS names each crossing with 与: a sentence without one is scanned in vain.
            return text;
        }
        final Matcher m = ENDPOINTS.matcher(text);
        final StringBuilder out = new StringBuilder();
        while (m.find()) {
            final String a = m.group(1);
            final String b = m.group(2);
            final String c = m.group(3);
            final String d = m.group(4);
            final String road =
                    a.endsWith(c) || c.endsWith(a) || a.equals(d) ? a : b.equals(c) || b.equals(d) ? b : null;
            if (road == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            final boolean aLeads = road.equals(a);
            final String from = aLeads ? b : a;
            final String to = a.endsWith(c) || c.endsWith(a) || road.equals(c) ? d : c;
            m.appendReplacement(out, Matcher.quoteReplacement(road + "（" + from + "至" + to + "）"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
