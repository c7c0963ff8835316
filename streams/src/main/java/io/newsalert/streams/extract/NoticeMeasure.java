package io.newsalert.streams.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The measure a sectioned notice takes, written in a section of its own apart from the segments it applies to:
 * {@code 二、管制路段：X路。三、管制方式：断道施工，禁止车辆通行。} or {@code 一、占道位置：…三、占道面积：约60平方米，占用人行道。}.
 * A line under a location label ({@code 管制路段：}, {@code 占道位置：}) names segments; the measure line, numbered or
 * labelled and naming no road, says how they are closed. Reading them together is the notice-level frame: the
 * segment from one section, the verb, side and lane from the other.
 */
final class NoticeMeasure {

    private static final Pattern NUMBERED =
            Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,2}、|\\d{1,2}[.、．]|[（(][一二三四五六七八九十\\d]{1,2}[)）])");
    private static final Pattern LABELLED = Pattern.compile("^\\s*(?:[^：:，,。；]{0,6}(?:方式|措施|面积|内容|形式|要求|类型))[：:]");
    /** Periods, detours and notices of their own are sections, but not the measure. */
    private static final Pattern OTHER_SECTION = Pattern.compile("^[^：:，,。；]{0,10}(?:时间|期限|绕行|路线|线路|单位|电话|说明)[：:]");

    /** The measure of a section headed {@code 半封闭路段}: its segments are closed by halves. */
    static final String HALVES = "半幅封闭";

    private NoticeMeasure() {}

    /**
     * The words of the notice's measure section up to its last closure verb, without detours and exceptions
     * ({@code 行人请走临时便道}), or null when the notice has none.
     */
    static String of(final List<String> sentences, final MentionFinder finder) {
        for (final String sentence : sentences) {
            final String numbered = NUMBERED.matcher(sentence).replaceFirst("");
            final String body = LABELLED.matcher(numbered).replaceFirst("");
            if ((NUMBERED.matcher(sentence).lookingAt()
                            || LABELLED.matcher(sentence).lookingAt())
                    && !OTHER_SECTION.matcher(numbered).lookingAt()
                    && finder.find(sentence).isEmpty()) {
                final ClauseView view = new ClauseView(body);
                final int end = view.triggerEnd(0, body.length());
                if (end >= 0) {
                    return view.kept(0, view.extendOverVerbs(end, body.length()));
                }
            }
        }
        return null;
    }
}
