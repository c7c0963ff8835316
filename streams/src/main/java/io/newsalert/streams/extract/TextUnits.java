package io.newsalert.streams.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts article text into the units notices are written in: sentences (ended by {@code 。！？} or a line break),
 * clauses (separated by {@code ；}, one road segment or phase each) and sub-clauses (separated by {@code ，} or
 * {@code ：}, where detours and exceptions are written).
 */
final class TextUnits {

    private static final Pattern WEEKDAY = Pattern.compile("[（(](?:本|下|这)?(?:星期|周)[一二三四五六日天][）)]");
    /** {@code 本周六（11月2日）}: the weekday goes, its date stays. */
    private static final Pattern WEEKDAY_WITH_DATE =
            Pattern.compile("(?:本|下|这)?(?:星期|周)[一二三四五六日天][（(](\\d{1,2}月\\d{1,2}[日号])[）)]");

    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})[ \\t\\u3000]+(?=\\p{IsHan})");

    /** Compiled once: {@code String.split} compiles its pattern on every call. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private static final Pattern AFTER_SEMICOLON = Pattern.compile("(?<=[；;])");

    private TextUnits() {}

    /**
     * The text as the rules expect it: ASCII digits, one kind of dash, and no spaces between Chinese characters
     * (page text often carries them where a line was broken).
     */
    static String normalise(final String text) {
        final StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(normalise(text.charAt(i)));
        }
        final String joined = SPACE_BETWEEN_HAN.matcher(out).replaceAll("");
        return WEEKDAY.matcher(WEEKDAY_WITH_DATE.matcher(joined).replaceAll("$1"))
                .replaceAll("");
    }

    /** One character as {@link #normalise(String)} writes it: full-width digits, dashes and tildes unified. */
    static char normalise(final char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        if (c == '–' || c == '‒' || c == '―' || c == '─') {
            return '—';
        }
        return c == '〜' ? '～' : c;
    }

    static List<String> sentences(final String body) {
        final List<String> out = new ArrayList<>();
        for (final String line : LINE_BREAK.split(body)) {
            final StringBuilder current = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                final char c = line.charAt(i);
                current.append(c);
                if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
                    add(out, current);
                }
            }
            add(out, current);
        }
        return out;
    }

    static List<String> clauses(final String sentence) {
        final List<String> out = new ArrayList<>();
        for (final String part : AFTER_SEMICOLON.split(sentence)) {
            if (!part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }

    /** Start offsets of the sub-clauses of {@code clause}, followed by its length. */
    static int[] subClauseBounds(final String clause) {
        final List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        for (int i = 0; i < clause.length(); i++) {
            final char c = clause.charAt(i);
            if ((c == '，' || c == ',' || c == '：' || c == ':') && i + 1 < clause.length()) {
                bounds.add(i + 1);
            }
        }
        bounds.add(clause.length());
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void add(final List<String> out, final StringBuilder current) {
        final String s = current.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }
}
