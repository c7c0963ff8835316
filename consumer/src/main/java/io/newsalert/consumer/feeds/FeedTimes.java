package io.newsalert.consumer.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The two timestamp spellings the feeds need: RFC 3339 (Atom, WZDx) and CAP's stricter dateTime. */
final class FeedTimes {

    private static final DateTimeFormatter SECONDS_WITH_OFFSET =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private FeedTimes() {}

    /** RFC 3339 with the zone's offset, to the second: {@code 2022-05-25T08:00:00+08:00}. */
    static String rfc3339(final Instant instant, final ZoneId zone) {
        return instant.atZone(zone).truncatedTo(ChronoUnit.SECONDS).format(SECONDS_WITH_OFFSET);
    }

    static String rfc3339(final OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).format(SECONDS_WITH_OFFSET);
    }

    /** CAP 1.2 dateTime: never "Z", and UTC spelled {@code -00:00} as the standard asks. */
    static String cap(final OffsetDateTime time) {
        final String s = rfc3339(time);
        return s.endsWith("+00:00") ? s.substring(0, s.length() - 6) + "-00:00" : s;
    }

    static String cap(final Instant instant, final ZoneId zone) {
        return cap(instant.atZone(zone).toOffsetDateTime());
    }

    /** The start of a closure day: the hour the text gives, else midnight. */
    static OffsetDateTime startOf(final LocalDate day, final Integer hour, final ZoneId zone) {
        final LocalTime t = hour == null || hour < 0 || hour > 23 ? LocalTime.MIDNIGHT : LocalTime.of(hour, 0);
        return day.atTime(t).atZone(zone).toOffsetDateTime();
    }

    /** The end of a closure day: the hour the text gives, else the day's last second. */
    static OffsetDateTime endOf(final LocalDate day, final Integer hour, final ZoneId zone) {
        if (hour != null && hour == 24) {
            return day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        }
        final LocalTime t = hour == null || hour < 0 || hour > 23 ? LocalTime.of(23, 59, 59) : LocalTime.of(hour, 0);
        return day.atTime(t).atZone(zone).toOffsetDateTime();
    }
}
