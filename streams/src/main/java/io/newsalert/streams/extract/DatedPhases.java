package io.newsalert.streams.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Phases of one segment written one after the other in a clause, each sub-clause with its own period:
 * {@code 城北路（…）西半幅封闭施工，8月1日至8月31日封闭东半幅} or {@code 9月5日至10月5日封闭北半幅，10月6日至11月6日封闭南半幅}.
 * Each phase is a closure with its own words and period; a clause whose words after the segment give one period, or
 * repeat the clause's, is one closure.
 */
final class DatedPhases {

    private DatedPhases() {}

    /** One phase: the words that place it and its period. */
    record Phase(String text, DateRange dates) {}

    /**
     * The phases of {@code [from, to)} of the clause, or an empty list when it holds fewer than two phases that each
     * carry a closure verb and start on different days.
     */
    static List<Phase> of(
            final ClauseView view,
            final int from,
            final int to,
            final DateRange clauseDates,
            final LocalDate reference) {
        final List<Phase> phases = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        DateRange dates = clauseDates;
        int at = from;
        while (at < to) {
            final int end = Math.min(to, view.subEnd(at));
            final String sub = view.kept(at, end);
            final DateRange own = DateExpressions.parse(sub, reference);
            if (own.start() != null && !text.isEmpty()) {
                phases.add(new Phase(text.toString(), dates));
                text = new StringBuilder();
            }
            if (own.start() != null) {
                dates = own;
            }
            text.append(sub);
            at = end;
        }
        phases.add(new Phase(text.toString(), dates));
        final List<Phase> closing = phases.stream()
                .filter(p -> ClauseView.TRIGGER.foundIn(p.text()) && p.dates() != null)
                .toList();
        final long starts = closing.stream()
                .map(p -> p.dates().start())
                .filter(Objects::nonNull)
                .distinct()
                .count();
        return closing.size() >= 2 && starts == closing.size() ? closing : List.of();
    }
}
