package io.newsalert.streams.extract;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day {@code 当天 / 当日 / 同日} means in a sentence that writes no day of its own: the one day an earlier sentence
 * named ({@code 半程马拉松赛将于本周日开跑。比赛当天7时至11时，…全封闭}), not the dateline.
 */
final class EventDays {

    private static final Pattern SAME_DAY = Pattern.compile("当天|当日|同日|当晚");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern OTHER_RELATIVE = Pattern.compile("即日|明日|今日|今天|明天|本周|下周");
    private static final int LOOK_BACK = 3;

    private EventDays() {}

    /** The reference date for relative words in sentence {@code index}: the event day when it speaks of one. */
    static LocalDate referenceFor(final List<String> sentences, final int index, final LocalDate reference) {
        final String sentence = sentences.get(index);
        final Matcher same = SAME_DAY.matcher(sentence);
        if (!same.find()
                || DAY.matcher(sentence.substring(0, same.start())).find()
                || OTHER_RELATIVE.matcher(sentence).find()) {
            return reference;
        }
        for (int i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
            // 10月14日，交警支队发布通告，比赛当天…: the day a sentence opens with is when it was announced.
            final String written =
                    DateExpressions.weekdaysAsDates(ReferenceDates.withoutDateline(sentences.get(i)), reference);
            final Set<LocalDate> days = new HashSet<>();
            final Matcher day = DAY.matcher(written);
            while (day.find()) {
                final LocalDate named = DateExpressions.nearest(
                        Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)), reference);
                days.add(named == null ? reference : named);
            }
            if (days.size() > 1) {
                return reference;
            }
            if (days.size() == 1) {
                return days.iterator().next();
            }
        }
        return reference;
    }
}
