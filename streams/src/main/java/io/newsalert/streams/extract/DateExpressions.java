package io.newsalert.streams.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period of a closure from the date expressions of a piece of notice text.
 *
 * <p>Every date is a token ({@code 2024年7月6日0时}, {@code 7月25日}, {@code 即日}, {@code 明日}, {@code 8月底},
 * {@code 至25日}); its role comes from the words around it: {@code 起 / 开始 / 开工 / 至…} after it make a start,
 * {@code 至 / 到 / 持续到} before it or {@code 完工 / 结束 / 止} after it make an end. Tokens with neither role (the
 * dateline, {@code 5月4日发布的公告}) are ignored. Missing years are inferred: a start takes the year that puts it
 * nearest the reference date ({@code 明年} and {@code 今年} are honoured), an end takes the start's year, or the next
 * one when the range wraps; {@code 当日 / 当天 / 当晚} is the day written last before it, and so is a bare hour range after
 * it ({@code 5月1日当天，…8时至12时}). Days written as a list ({@code 10月25日、26日两晚}) run from the first to the last.
 */
final class DateExpressions {

    private static final String HOUR =
            "(?:(凌晨|早上|上午|中午|下午|傍晚|晚上|夜间|夜里|晚)?\\s*(\\d{1,2})(?:[时点](?:\\d{1,2}分|半)?|[:：]\\d{2}))?";
    static final GatedPattern TOKEN =
            GatedPattern.compile("(?:(\\d{4})年|(明年|今年|来年|次年))?(\\d{1,2})月(\\d{1,2})[日号]" + HOUR
                    + "|(?:(\\d{4})年|(明年|今年|来年))?(\\d{1,2})月(底|末|上旬|中旬|下旬)"
                    + "|(即日|即时|即刻|今日|今天|当日|当天|当晚|本日|今晚|今夜|明日|明天|明晚|明晨|明(?=起))(?:(凌晨|上午|下午|晚上|夜间|晚)?(\\d{1,2})[时点](?:\\d{1,2}分|半)?)?"
                    + "|(?<![\\d月年./／])(\\d{1,2})[日号]"
                    + "|(?:(\\d{4})|(今|明))?年(底|末)"
                    + "|(?<=[至到—－~～-])(凌晨|早上|上午|中午|下午|傍晚|晚上|夜间|夜里|晚)?(\\d{1,2})[时点]");
    private static final Pattern START_AFTER = Pattern.compile("^\\s*(?:起|开始|开工|启动|动工|实施|施工|封闭|以后|至|到|——|—|－|~|～|-)");
    private static final Pattern END_AFTER = Pattern.compile("^\\s*(?:完工|竣工|结束|止|截止|前|恢复|完成|拆除|撤除)");
    private static final Pattern END_BEFORE = Pattern.compile("(?:至|到|——|—|－|~|～|-|止|持续到|持续至|延续至|延长至|直至)\\s*$");
    /** {@code 推迟至10月17日开工}: a start moved to a later day is still a start. */
    private static final Pattern MOVED_BEFORE = Pattern.compile("(?:推迟|延后|延期|顺延|改|调整)(?:至|到)\\s*$");

    private static final Pattern START_BEFORE = Pattern.compile("(?:自|从|于|由)\\s*$");
    private static final int CONTEXT = 6;
    /** {@code 原定6月30日完工}, {@code 由5月31日延长至}: a plan that was changed says nothing of the period now. */
    private static final Pattern FORMER_PLAN = Pattern.compile("(?:原定|原计划|原先计划|原本)[^，。；]*?(?=延长|延期|推迟|改为|调整为|[，。；]|$)"
            + "|由(?=\\d{1,2}月\\d{1,2}[日号]\\s*(?:延长|延期|推迟)至)\\d{1,2}月\\d{1,2}[日号]");
    /** {@code 7月30日21时至次日6时}: one night, ending the next day. */
    private static final Pattern NEXT_MORNING = Pattern.compile("[时点][^，。；]{0,3}?(?:至|到|—|－|-)\\s*次日");

    private static final Pattern LISTED_DAYS =
            Pattern.compile("(\\d{1,2}月\\d{1,2}[日号])(?:、(?:\\d{1,2}月)?\\d{1,2}[日号])*、((?:\\d{1,2}月)?\\d{1,2}[日号])");

    /** {@code 7月25日起该路段恢复通行}: the day a road opens again ends its closure. */
    private static final Pattern REOPENED_AFTER =
            Pattern.compile("\\s*(?:起|开始)?(?:[，,])?[^，。；\\d]{0,6}?(?:恢复|解除)(?:正常|双向)?(?:通行|通车|交通|管制)");

    private static final int REOPEN_WINDOW = 14;
    /** {@code 5月20日晚…次日早6时恢复通行}: works of one night end the next day. */
    private static final Pattern ONE_NIGHT =
            Pattern.compile("(?:(\\d{4})年)?(?<!\\d)(\\d{1,2})月(\\d{1,2})[日号](?:晚|夜间|晚上|夜里|深夜|当晚)[^。；]*?次日");
    /** {@code 预计12月完工}: works to be finished within a month end with it. */
    private static final Pattern MONTH_OF_COMPLETION =
            Pattern.compile("(?<!\\d)(\\d{1,2})月(?:份)?(?=(?:前)?(?:完工|竣工|完成|结束))");

    private static final Pattern ONE_DAY =
            Pattern.compile("(?:(\\d{4})年)?(?<!\\d)(\\d{1,2})月(\\d{1,2})[日号][^，。；至到]{0,12}?(?:当天|当日|全天)");

    /**
     * {@code 本周六}, {@code 下周一}, {@code 本周六至下周一}: a weekday of this or next week, the weeks counted from the
     * reference date's Monday; a weekday without its week after a range word takes the week of the one before it, or
     * the week after when it falls earlier. {@code 每周六} repeats and is left alone.
     */
    private static final Pattern WEEKDAY = Pattern.compile("(?<![每逢])(本|这|下个?|(?<=[至到—－~～-]))(?:周|星期|礼拜)([一二三四五六日天])");

    private static final String WEEKDAYS = "一二三四五六日";

    /** A sentence that is one clause is read twice in a row, as a sentence and as a clause. */
    private static final LastCall<String, LocalDate, DateRange> LAST = new LastCall<>(DateExpressions::read);

    private DateExpressions() {}

    /** The text with the weekdays of {@link #WEEKDAY} written as dates. */
    static String weekdaysAsDates(final String text, final LocalDate reference) {
        if (text.indexOf('周') < 0 && text.indexOf('星') < 0 && text.indexOf('礼') < 0) {
            return text;
        }
        final Matcher m = WEEKDAY.matcher(text);
        final StringBuilder out = new StringBuilder();
        final LocalDate monday = reference.minusDays(reference.getDayOfWeek().getValue() - 1L);
        LocalDate previous = null;
        while (m.find()) {
            final int day = "天".equals(m.group(2)) ? 6 : WEEKDAYS.indexOf(m.group(2));
            final LocalDate date;
            if (m.group(1).isEmpty()) {
                if (previous == null) {
                    continue;
                }
                final LocalDate sameWeek = previous.minusDays(
                                previous.getDayOfWeek().getValue() - 1L)
                        .plusDays(day);
                date = sameWeek.isBefore(previous) ? sameWeek.plusWeeks(1) : sameWeek;
            } else {
                date = monday.plusDays(day).plusWeeks(m.group(1).startsWith("下") ? 1 : 0);
            }
            previous = date;
            m.appendReplacement(out, date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The period written in {@code text}, resolved against {@code reference}; empty when it names none. */
    static DateRange parse(final String text, final LocalDate reference) {
        return LAST.apply(text, reference);
    }

    private static DateRange read(final String text, final LocalDate reference) {
        final String current =
                FORMER_PLAN.matcher(weekdaysAsDates(text, reference)).replaceAll("");
        final String listed = MONTH_OF_COMPLETION
                .matcher(LISTED_DAYS.matcher(current).replaceAll("$1至$2"))
                .replaceAll("$1月底");
        final List<Token> tokens = tokens(listed.replace("零时", "0时").replace("零点", "0时"), reference);
        Token start = null;
        Token end = null;
        for (final Token t : tokens) {
            if (t.role == Role.START && start == null && end == null) {
                start = t;
            } else if (t.role == Role.END && end == null) {
                end = t;
            }
        }
        if (start == null && end == null) {
            return oneDay(listed, reference);
        }
        final LocalDate startDate = start == null ? null : resolveStart(start, reference);
        final LocalDate endDate = end == null ? null : resolveEnd(end, startDate, reference);
        if (end == null && startDate != null && NEXT_MORNING.matcher(listed).find() && !listed.contains("每")) {
            return new DateRange(startDate, startDate.plusDays(1), start.hour, null);
        }
        return new DateRange(startDate, endDate, start == null ? null : start.hour, end == null ? null : end.hour);
    }

    /** {@code 9月26日比赛当天，…}: a day written with {@code 当天 / 当日} and no range is a closure of that day alone. */
    private static DateRange oneDay(final String text, final LocalDate reference) {
        final Matcher night = ONE_NIGHT.matcher(text);
        final Matcher m = ONE_DAY.matcher(text);
        if (night.find()) {
            final LocalDate date = resolveStart(
                    new Token(
                            Role.START,
                            night.group(1) == null ? null : Integer.valueOf(night.group(1)),
                            Integer.parseInt(night.group(2)),
                            Integer.parseInt(night.group(3)),
                            null,
                            null,
                            false),
                    reference);
            return date == null
                    ? new DateRange(null, null, null, null)
                    : new DateRange(date, date.plusDays(1), null, null);
        }
        if (!m.find()) {
            return new DateRange(null, null, null, null);
        }
        final Token day = new Token(
                Role.START,
                m.group(1) == null ? null : Integer.valueOf(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                null,
                null,
                false);
        final LocalDate date = resolveStart(day, reference);
        return new DateRange(date, date, null, null);
    }

    private static List<Token> tokens(final String text, final LocalDate reference) {
        final List<Token> out = new ArrayList<>();
        final Matcher m = TOKEN.pattern().matcher(text);
        LocalDate written = null;
        for (int from = 0; TOKEN.find(m, text, from); from = GatedPattern.after(m)) {
            final String before = text.substring(Math.max(0, m.start() - CONTEXT), m.start());
            final String after = text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT));
            final String further = text.substring(m.end(), Math.min(text.length(), m.end() + REOPEN_WINDOW));
            final Role role = REOPENED_AFTER.matcher(further).lookingAt() ? Role.END : role(before, after);
            final boolean sameDay = m.group(11) != null && m.group(11).startsWith("当") && written != null;
            if (m.group(3) != null) {
                written = resolveStart(token(m, reference, Role.START), reference);
            }
            if (role == Role.END
                    && m.group(19) != null
                    && written != null
                    && out.stream().noneMatch(t -> t.role == Role.START)) {
                out.add(new Token(
                        Role.START,
                        written.getYear(),
                        written.getMonthValue(),
                        written.getDayOfMonth(),
                        null,
                        written,
                        false));
            }
            if (role != null) {
                final Token token = sameDay ? token(m, written, role) : token(m, reference, role);
                if (token != null) {
                    out.add(token);
                }
            }
        }
        return out;
    }

    private static Role role(final String before, final String after) {
        if (MOVED_BEFORE.matcher(before).find() && START_AFTER.matcher(after).find()) {
            return Role.START;
        }
        if (END_BEFORE.matcher(before).find()) {
            return Role.END;
        }
        if (START_AFTER.matcher(after).find()) {
            return Role.START;
        }
        if (END_AFTER.matcher(after).find()) {
            return Role.END;
        }
        return START_BEFORE.matcher(before).find() ? Role.START : null;
    }

    private static Token token(final Matcher m, final LocalDate reference, final Role role) {
        if (m.group(3) != null) {
            return new Token(
                    role,
                    yearHint(m.group(1), m.group(2), reference),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)),
                    hour(m.group(5), m.group(6)),
                    null,
                    false);
        }
        if (m.group(9) != null) {
            final int month = Integer.parseInt(m.group(9));
            final Integer year = yearHint(m.group(7), m.group(8), reference);
            final int probeYear = year == null ? reference.getYear() : year;
            final int day = switch (m.group(10)) {
                case "上旬" -> 10;
                case "中旬" -> 20;
                default ->
                    YearMonth.of(probeYear, Math.max(1, Math.min(12, month))).lengthOfMonth();
            };
            return new Token(role, year, month, day, null, null, false);
        }
        if (m.group(11) != null) {
            final LocalDate day = m.group(11).startsWith("明") ? reference.plusDays(1) : reference;
            return new Token(
                    role,
                    day.getYear(),
                    day.getMonthValue(),
                    day.getDayOfMonth(),
                    hour(m.group(12), m.group(13)),
                    day,
                    false);
        }
        if (m.group(14) != null) {
            return new Token(role, null, 0, Integer.parseInt(m.group(14)), null, null, true);
        }
        if (m.group(19) != null) {
            return new Token(role, null, 0, 0, hour(m.group(18), m.group(19)), null, true);
        }
        final Integer year = m.group(15) != null
                ? Integer.valueOf(m.group(15))
                : "明".equals(m.group(16)) ? reference.getYear() + 1 : null;
        return new Token(role, year, 12, 31, null, null, false);
    }

    private static Integer yearHint(final String digits, final String word, final LocalDate reference) {
        if (digits != null) {
            return Integer.parseInt(digits);
        }
        if (word == null) {
            return null;
        }
        return "今年".equals(word) ? reference.getYear() : reference.getYear() + 1;
    }

    private static Integer hour(final String period, final String digits) {
        if (digits == null) {
            return null;
        }
        final int h = Integer.parseInt(digits);
        final boolean afternoon = period != null
                && (period.startsWith("下")
                        || period.startsWith("傍")
                        || period.startsWith("晚")
                        || period.startsWith("夜"));
        return afternoon && h < 12 ? h + 12 : h;
    }

    private static LocalDate resolveStart(final Token t, final LocalDate reference) {
        if (t.resolved != null) {
            return t.resolved;
        }
        if (t.dayOnly) {
            return safe(reference.getYear(), reference.getMonthValue(), t.day);
        }
        if (t.year != null) {
            return safe(t.year, t.month, t.day);
        }
        return nearest(t.month, t.day, reference);
    }

    /** The day {@code month}/{@code day} of the year that puts it nearest {@code reference}, or null if none has it. */
    static LocalDate nearest(final int month, final int day, final LocalDate reference) {
        LocalDate best = null;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            final LocalDate candidate = safe(y, month, day);
            if (candidate != null
                    && (best == null
                            || Math.abs(ChronoUnit.DAYS.between(reference, candidate))
                                    < Math.abs(ChronoUnit.DAYS.between(reference, best)))) {
                best = candidate;
            }
        }
        return best;
    }

    private static LocalDate resolveEnd(final Token t, final LocalDate start, final LocalDate reference) {
        if (t.resolved != null) {
            return t.resolved;
        }
        final LocalDate anchor = start != null ? start : reference;
        if (t.dayOnly && t.day == 0) {
            return anchor;
        }
        if (t.dayOnly) {
            final LocalDate sameMonth = safe(anchor.getYear(), anchor.getMonthValue(), t.day);
            return sameMonth != null && sameMonth.isBefore(anchor) ? sameMonth.plusMonths(1) : sameMonth;
        }
        if (t.year != null) {
            return safe(t.year, t.month, t.day);
        }
        final LocalDate sameYear = safe(anchor.getYear(), t.month, t.day);
        if (sameYear == null) {
            return null;
        }
        return start != null && sameYear.isBefore(start) ? sameYear.plusYears(1) : sameYear;
    }

    private static LocalDate safe(final int year, final int month, final int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private enum Role {
        START,
        END
    }

    private record Token(
            Role role, Integer year, int month, int day, Integer hour, LocalDate resolved, boolean dayOnly) {}
}
