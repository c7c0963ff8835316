package io.newsalert.streams.extract;

import io.newsalert.schemas.Article;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date relative expressions ({@code 即日起}, {@code 明日}) resolve against: the article's dateline as the page
 * reader set it; else a dateline written at the head of the body ({@code 本报讯 5月24日}, {@code 5月24日，交警支队通报},
 * {@code 记者9月26日从…获悉}, {@code 本报讯 22日，}, the day alone); else the edition date. A dateline month after the edition month belongs to the
 * previous year (a December dateline in a January edition); a date up to two months after the edition is no dateline.
 */
final class ReferenceDates {

    private static final Pattern HEAD = Pattern.compile(
            "^\\s*(?:本报讯|本报消息)?\\s*(?:（[^）]{0,20}）)?\\s*(?:记者|通讯员)?\\s*(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日"
                    + "(?!\\s*(?:至|到|—|－|-|~|～|起|前|后|(?:\\d{1,2}|零)[时点:：]|每晚|每天|每日))");
    /** {@code 本报讯 22日，记者从…}: a dateline of the day alone is in the edition's month, or the month before it. */
    private static final Pattern DAY_ONLY =
            Pattern.compile("^\\s*(?:本报讯|本报消息)\\s*(?:（[^）]{0,20}）)?\\s*(\\d{1,2})日(?=[，,]|\\s*(?:记者|从|获悉))");

    private static final Pattern AGENCY =
            Pattern.compile("^\\s*(?:本报|新华社|中新网)[\\p{IsHan}]{0,6}?(\\d{1,2})月(\\d{1,2})日[讯电]");
    private static final Pattern REPORTER = Pattern.compile("记者\\s*(\\d{1,2})月(\\d{1,2})日(?:从|获悉|了解)");
    private static final int REPORTER_WINDOW = 40;
    /**
     * {@code 本报讯 6月14日晚，奥体中心举办演唱会} in an edition of June 11: a date a few weeks after the edition is
     * the day of what is announced, not a dateline.
     */
    private static final int AHEAD_DAYS = 60;

    private ReferenceDates() {}

    /** True when the body opens with a dateline ({@code 本报讯 5月24日…}). */
    static boolean writtenAtHead(final String body) {
        return HEAD.matcher(body).find();
    }

    /** The reference date of {@code article}, reading a written dateline from {@code body} (its body, normalised). */
    static LocalDate of(final Article article, final String body) {
        if (article.getDateline() != null) {
            return article.getDateline();
        }
        final LocalDate edition = article.getPublished();
        final Matcher head = HEAD.matcher(body);
        if (head.find()) {
            final LocalDate date = date(edition, head.group(1), head.group(2), head.group(3));
            if (date != null) {
                return date;
            }
        }
        final Matcher day = DAY_ONLY.matcher(body);
        if (day.find()) {
            final LocalDate date = dayOfMonth(edition, Integer.parseInt(day.group(1)));
            if (date != null) {
                return date;
            }
        }
        final Matcher agency = AGENCY.matcher(body);
        if (agency.find()) {
            final LocalDate date = date(edition, null, agency.group(1), agency.group(2));
            if (date != null) {
                return date;
            }
        }
        final Matcher reporter = REPORTER.matcher(body.substring(0, Math.min(body.length(), REPORTER_WINDOW)));
        if (reporter.find()) {
            final LocalDate date = date(edition, null, reporter.group(1), reporter.group(2));
            if (date != null) {
                return date;
            }
        }
        return edition;
    }

    /** {@code text} without the dateline written at its head ({@code 本报讯 5月24日}, {@code 记者9月26日从…获悉}). */
    static String withoutDateline(final String text) {
        final Matcher head = HEAD.matcher(text);
        final String rest = head.find() ? text.substring(head.end()) : text;
        return REPORTER.matcher(rest).replaceFirst("");
    }

    private static LocalDate dayOfMonth(final LocalDate edition, final int day) {
        try {
            final LocalDate sameMonth = edition.withDayOfMonth(day);
            return sameMonth.isAfter(edition.plusDays(1))
                    ? edition.minusMonths(1).withDayOfMonth(day)
                    : sameMonth;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate date(final LocalDate edition, final String year, final String month, final String day) {
        try {
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            }
            final LocalDate sameYear = LocalDate.of(edition.getYear(), Integer.parseInt(month), Integer.parseInt(day));
            if (sameYear.isAfter(edition.plusDays(1)) && !sameYear.isAfter(edition.plusDays(AHEAD_DAYS))) {
                return null;
            }
            return sameYear.isAfter(edition.plusDays(1)) ? sameYear.minusYears(1) : sameYear;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
