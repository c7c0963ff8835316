package io.newsalert.streams.lifecycle;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sentences of an article that change a closure announced before: extensions ({@code 施工期限延长至8月30日},
 * {@code 延期至9月5日}) and call-offs ({@code 封闭施工取消}, {@code 提前恢复通行}, {@code 提前结束}, {@code 解除封闭}).
 *
 * <p>It reads cues and dates only; which closure a statement is about is decided against the closures already known
 * ({@link ClosureVersions}), since a change notice names the road but rarely repeats every detail of the segment. An
 * extension with no date ({@code 如遇雨天顺延}) says nothing usable and is not a statement. Dates without a year take
 * the article's year, or the next one when that would put them more than half a year before the article.
 */
public final class ChangeReader {

    private static final Pattern SENTENCE = Pattern.compile("[^。！？；;\\n]+");
    private static final Pattern EXTEND =
            Pattern.compile("(?:延长|延期|顺延|推迟)(?:到|至)?\\s*((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)");
    /** {@code 取消} only next to a closure word: {@code 施工期间临时停车位取消} calls nothing off. */
    private static final Pattern CALL_OFF =
            Pattern.compile("提前恢复通行|提前结束|解除封闭|解除交通管制" + "|取消(?:封闭|施工|交通管制|管制|占道)|(?:封闭|施工|管制|占道)[^，,。；]{0,6}取消");

    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern FROM_DATE = Pattern.compile("((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)(?:\\d{1,2}时)?(?:零时)?起");

    private ChangeReader() {}

    /** The change statements of {@code body}, in text order; {@code published} anchors dates without a year. */
    public static List<ChangeStatement> read(final String body, final LocalDate published) {
        final List<ChangeStatement> out = new ArrayList<>();
        final Matcher sentences = SENTENCE.matcher(body);
        while (sentences.find()) {
            final String s = sentences.group().strip();
            final Matcher extend = EXTEND.matcher(s);
            if (extend.find()) {
                out.add(new ChangeStatement(ChangeStatement.Kind.EXTEND, s, date(extend.group(1), published)));
            } else if (CALL_OFF.matcher(s).find()) {
                final Matcher from = FROM_DATE.matcher(s);
                out.add(new ChangeStatement(
                        ChangeStatement.Kind.CALL_OFF, s, from.find() ? date(from.group(1), published) : null));
            }
        }
        return out;
    }

    /** Whether {@code body} has a change cue at all: a cheap test before the closures are consulted. */
    public static boolean mentionsChange(final String body) {
        return EXTEND.matcher(body).find() || CALL_OFF.matcher(body).find();
    }

    static LocalDate date(final String text, final LocalDate published) {
        final Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        final MonthDay day;
        try {
            day = MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
        if (m.group(1) != null) {
            return day.atYear(Integer.parseInt(m.group(1)));
        }
        final LocalDate sameYear = day.atYear(published.getYear());
        return sameYear.isBefore(published.minusMonths(6)) ? sameYear.plusYears(1) : sameYear;
    }
}
