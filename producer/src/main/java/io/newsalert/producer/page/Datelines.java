package io.newsalert.producer.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news item: {@code 本报讯 5月24日，…}, {@code 本报讯（记者 李娜）5月24日…},
 * {@code 本报太原5月24日讯（记者 …）} or {@code 新华社北京5月24日电（记者 …）}. The dateline word and the reporters'
 * bracket are taken off the body; the date stays in the text (it is part of the sentence) and is also returned.
 */
final class Datelines {

    private static final Pattern PLAIN = Pattern.compile("^本报讯\\s*(?:[（(]([^）)]{1,40})[）)])?\\s*");
    private static final Pattern PLACED = Pattern.compile(
            "^(?:本报|新华社|中新社)[\\p{IsHan}]{0,8}?(\\d{1,2})月(\\d{1,2})日(?:电|讯)\\s*(?:[（(]([^）)]{1,40})[）)])?\\s*");
    private static final Pattern DATE_FIRST = Pattern.compile("^(\\d{1,2})月(\\d{1,2})日");

    private Datelines() {}

    /**
     * What a dateline gave.
     *
     * @param body   the paragraph without the dateline word and reporters' bracket
     * @param date   the month and day of the dateline, or null when it names none
     * @param byline reporters named in the dateline's bracket
     */
    record Dateline(String body, MonthDay date, List<String> byline) {}

    /** True when the line opens with a dateline word. */
    static boolean startsWithDateline(final String line) {
        return PLAIN.matcher(line).lookingAt() || PLACED.matcher(line).lookingAt();
    }

    /** Reads the dateline at the start of {@code paragraph}; null when there is none. */
    static Dateline read(final String paragraph) {
        final Matcher placed = PLACED.matcher(paragraph);
        if (placed.lookingAt()) {
            return new Dateline(
                    paragraph.substring(placed.end()),
                    monthDay(placed.group(1), placed.group(2)),
                    Bylines.names(placed.group(3)));
        }
        final Matcher plain = PLAIN.matcher(paragraph);
        if (!plain.lookingAt()) {
            return null;
        }
        final String rest = paragraph.substring(plain.end());
        final Matcher date = DATE_FIRST.matcher(rest);
        return new Dateline(
                rest, date.lookingAt() ? monthDay(date.group(1), date.group(2)) : null, Bylines.names(plain.group(1)));
    }

    /** The full date of {@code day} in the edition of {@code edition}: same year, or the year before near New Year. */
    static LocalDate resolve(final MonthDay day, final LocalDate edition) {
        if (day == null || edition == null) {
            return null;
        }
        final LocalDate sameYear = day.atYear(edition.getYear());
        return sameYear.isAfter(edition.plusMonths(2)) ? day.atYear(edition.getYear() - 1) : sameYear;
    }

    private static MonthDay monthDay(final String month, final String day) {
        try {
            return MonthDay.of(Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
