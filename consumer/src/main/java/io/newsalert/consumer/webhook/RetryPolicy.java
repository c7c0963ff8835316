package io.newsalert.consumer.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a webhook again: the configured schedule (by default the Standard Webhooks one), stretched by up to
 * 10 % of random jitter so that receivers coming back up are not hit by every sender at once, and never sooner
 * than the receiver's {@code Retry-After} (capped at the schedule's longest delay).
 */
public final class RetryPolicy {

    private final List<Duration> schedule;
    private final Duration longest;
    private final DoubleSupplier random;
    private final Clock clock;

    public RetryPolicy(final List<Duration> schedule, final DoubleSupplier random, final Clock clock) {
        this.schedule = List.copyOf(schedule);
        this.longest = schedule.stream().max(Duration::compareTo).orElse(Duration.ZERO);
        this.random = random;
        this.clock = clock;
    }

    /** How many attempts the schedule allows in all. */
    public int attempts() {
        return schedule.size();
    }

    /**
     * The wait before attempt number {@code attempt} (0 = the first, normally at once), or empty when the schedule
     * has no such attempt.
     */
    public Optional<Duration> delayBefore(final int attempt, final String retryAfter) {
        if (attempt >= schedule.size()) {
            return Optional.empty();
        }
        final Duration base = schedule.get(attempt);
        Duration delay = base.plusMillis((long) (base.toMillis() * 0.1 * random.getAsDouble()));
        final Duration asked = parseRetryAfter(retryAfter);
        if (asked.compareTo(delay) > 0) {
            delay = asked.compareTo(longest) > 0 ? longest : asked;
        }
        return Optional.of(delay);
    }

    /** {@code Retry-After} as seconds or as an HTTP date; zero when absent or unreadable. */
    Duration parseRetryAfter(final String value) {
        if (value == null || value.isBlank()) {
            return Duration.ZERO;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            try {
                final ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                final Duration d = Duration.between(clock.instant(), at.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException ignored) {
                return Duration.ZERO;
            }
        }
    }
}
