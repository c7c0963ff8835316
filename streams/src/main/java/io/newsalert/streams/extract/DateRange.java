package io.newsalert.streams.extract;

import java.time.LocalDate;

/**
 * A closure period read from text: either end may be missing ({@code 即日起} has no end; {@code 工期约120天} gives
 * none), hours only when the text names them ({@code 0时}, {@code 24时}).
 */
public record DateRange(LocalDate start, LocalDate end, Integer startHour, Integer endHour) {

    /** True when neither end is known. */
    public boolean isEmpty() {
        return start == null && end == null;
    }
}
