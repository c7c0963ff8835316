package io.newsalert.streams.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the ways notices spell a segment that the mention rules do not read into the shape they do read, before a
 * sentence is cut into clauses: two crossings of one road ({@code 起点为X与Y交叉口，终点为X与Z交叉口},
 * {@code X与Y交叉口至X与Z交叉口}) become {@code X（Y至Z）}, a side and lane written before the range
 * ({@code 解放西路北侧人行道（五一路至芙蓉路）}) go after it, and bounds written by direction ({@code 东起港区路口，西至鹰山路口})
 * or by start and end ({@code 起点为农业路口，终点为东风路口}) become a range of the road named before. Only the text the rules read changes; closures keep the published sentence.
 */
final class SegmentRewrites {

    /** {@code 东起港区路口，西至鹰山路口}: the bounds of the road named before, read as {@code 港区路至鹰山路段}. */
    private static final Pattern BOUNDS_BY_DIRECTION = Pattern.compile(
            "[东南西北]起([^，。；、（）()\\s]{2,15}?(?:路|街|巷)?)(?:交叉口|口)?[，,]?\\s*[东南西北]至([^，。；、（）()\\s]{2,15}?(?:路|街|巷)?)"
                    + "(?:交叉口|口)?(?=[，,。；]|$)");

    /** {@code 起点为农业路口，终点为东风路口}: a start and an end named alone, read as {@code 农业路至东风路段}. */
    private static final Pattern START_AND_END = Pattern.compile(
            "起点(?:为|是|在|[：:])?([^，。；、与（）()\\s]{2,15}?(?:路|街|巷)?)(?:交叉口|口)?[，,]?\\s*(?:终点|止点|讫点)(?:为|是|在|[：:])?"
                    + "([^，。；、与（）()\\s]{2,15}?(?:路|街|巷)?)(?:交叉口|口)?(?=[，,。；]|$)");

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
        final String bounds = BOUNDS_BY_DIRECTION.matcher(ranges).replaceAll("：$1至$2段");
        return START_AND_END.matcher(bounds).replaceAll("：$1至$2段");
    }

    /**
     * {@code 起点为X与Y交叉口，终点（止点）为X与Z交叉口}, {@code X与Y交叉口至X与Z交叉口}: the road the two crossings
     * share, from one cross street to the other, read as {@code X（Y至Z）}.
     */
    static String endpointsAsRange(final String text) {
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
