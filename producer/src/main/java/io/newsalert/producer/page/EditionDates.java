package io.newsalert.producer.page;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a page's edition date when none was given: from a date printed in the running head, else from a date in
 * the file name ({@code …-2022-05-25-…} or {@code 20220525}), else the day after the latest dateline, in the
 * current year of the paper's clock, else today.
 */
final class EditionDates {

    private static final Pattern PRINTED = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern NAMED = Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");
    private static final Pattern DATELINE = Pattern.compile("本报讯\\s*(?:[（(][^）)]*[）)])?\\s*(\\d{1,2})月(\\d{1,2})日");
    private static final int HEAD_LINES = 5;

    /**
     * An inferred edition date and how it was found, for the warning.
     *
     * @param date the date
     * @param how  where it came from, as words for a message
     */
    record Inferred(LocalDate date, String how) {}

    private EditionDates() {}

    static Inferred infer(final String text, final String name, final Clock clock) {
        final String head = String.join("\n", text.lines().limit(HEAD_LINES).toList());
        final Matcher printed = PRINTED.matcher(head);
        if (printed.find()) {
            final LocalDate date = date(printed.group(1), printed.group(2), printed.group(3));
            if (date != null) {
                return new Inferred(date, "the date printed at the top of the page");
            }
        }
        final Matcher named = NAMED.matcher(name == null ? "" : name);
        while (named.find()) {
            final LocalDate date = date(named.group(1), named.group(2), named.group(3));
            if (date != null) {
                return new Inferred(date, "the file name");
            }
        }
        final LocalDate today = LocalDate.now(clock);
        MonthDay latest = null;
        final Matcher dateline = DATELINE.matcher(text);
        while (dateline.find()) {
            try {
                final MonthDay day =
                        MonthDay.of(Integer.parseInt(dateline.group(1)), Integer.parseInt(dateline.group(2)));
                latest = latest == null || day.isAfter(latest) ? day : latest;
            } catch (DateTimeException e) {
                // not a date; keep looking
            }
        }
        if (latest != null) {
            return new Inferred(
                    Datelines.resolve(latest, today).plusDays(1),
                    "the latest dateline, taken to be the day before publication, in the current year");
        }
        return new Inferred(today, "today's date, as the page names no date");
    }

    private static LocalDate date(final String year, final String month, final String day) {
        try {
            final LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return date.getYear() >= 1900 && date.getYear() <= 2100 ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
