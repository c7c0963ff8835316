package io.newsalert.producer.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporters' names as the paper prints them: {@code （梁涛）}, {@code （申波、王清茗）} after the last sentence,
 * {@code 记者 徐方伟} on its own line or glued to the last paragraph, {@code 本报记者 张三 通讯员 李四}.
 */
final class Bylines {

    private static final Pattern ROLES =
            Pattern.compile("本报记者|特约记者|见习记者|实习记者|首席记者|新华社记者|记者|通讯员|实习生|摄影|文/图|文／图|文图|文/|文／|图/|本报");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}]{2,4}|[\\p{IsHan}]{1,6}·[\\p{IsHan}·]{1,10}");
    private static final Set<String> NOT_NAMES = Set.of("新华社", "中新社", "人民网", "待续", "完", "续完", "本报");
    private static final Pattern BRACKETED = Pattern.compile("[（(]([^（）()]{2,40})[）)]$");
    private static final Pattern REPORTER =
            Pattern.compile("(?:本报|新华社|特约|见习|实习|首席)?(?:记者|通讯员)\\s+[\\p{IsHan}·、\\s]{2,40}$");
    private static final Pattern REPORTER_LINE =
            Pattern.compile("(?:本报|新华社|特约|见习|实习|首席)?(?:记者|通讯员)\\s+[\\p{IsHan}·][\\p{IsHan}·、\\s]{1,40}");
    private static final int MAX_NAMES = 6;
    /** A byline is never longer than this; only the end of a paragraph is searched for one. */
    private static final int TAIL = 60;

    private Bylines() {}

    /**
     * A paragraph with its trailing byline taken off.
     *
     * @param text  the paragraph without the byline
     * @param names the reporters
     */
    record Split(String text, List<String> names) {}

    /** The names in a byline text such as {@code 记者 李娜} or {@code 申波、王清茗}; empty when it is not one. */
    static List<String> names(final String text) {
        final List<String> names = parse(text);
        return names == null ? List.of() : names;
    }

    /** A line that is nothing but a byline ({@code 记者 徐方伟}, {@code （梁涛）}): its names, or null. */
    static List<String> standalone(final String line) {
        final String stripped = line.strip();
        final Matcher bracket = BRACKETED.matcher(stripped);
        if (bracket.matches()) {
            return parse(bracket.group(1));
        }
        if (REPORTER_LINE.matcher(stripped).matches() || stripped.startsWith("文/") || stripped.startsWith("文／")) {
            return parse(stripped);
        }
        // □ 郝文静: a commentary's author, after a box or diamond mark.
        if (!stripped.isEmpty() && "□■◇◆○●".indexOf(stripped.charAt(0)) >= 0) {
            return parse(stripped.substring(1).strip());
        }
        return null;
    }

    /** Takes a byline glued to the end of the last paragraph off it; null when the paragraph ends without one. */
    static Split trailing(final String paragraph) {
        final String text = paragraph.strip();
        if (text.isEmpty()) {
            return null;
        }
        final char last = text.charAt(text.length() - 1);
        final int tailStart = Math.max(0, text.length() - TAIL);
        final String tail = text.substring(tailStart);
        if (last != '）' && last != ')' && !tail.contains("记者") && !tail.contains("通讯员")) {
            return null;
        }
        final Matcher bracket = BRACKETED.matcher(text).region(tailStart, text.length());
        if (bracket.find() && endsSentenceBefore(text, bracket.start())) {
            final List<String> names = parse(bracket.group(1));
            if (names != null) {
                return new Split(text.substring(0, bracket.start()).strip(), names);
            }
        }
        final Matcher reporter = REPORTER.matcher(text).region(tailStart, text.length());
        while (reporter.find()) {
            if (reporter.start() > 0 && endsSentenceBefore(text, reporter.start())) {
                final List<String> names = parse(reporter.group());
                if (names != null) {
                    return new Split(text.substring(0, reporter.start()).strip(), names);
                }
            }
        }
        return null;
    }

    private static boolean endsSentenceBefore(final String text, final int index) {
        return index > 0 && TextShapes.endsSentence(text.substring(0, index));
    }

    private static List<String> parse(final String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        final String cleaned = ROLES.matcher(text).replaceAll(" ");
        final List<String> names = new ArrayList<>();
        for (final String token : cleaned.split("[、,，\\s/／]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (!NAME.matcher(token).matches() || NOT_NAMES.contains(token)) {
                return null;
            }
            names.add(token);
        }
        return names.isEmpty() || names.size() > MAX_NAMES ? null : List.copyOf(names);
    }
}
