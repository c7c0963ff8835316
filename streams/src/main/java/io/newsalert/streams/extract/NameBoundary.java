package io.newsalert.streams.extract;

/**
 * Where a road name proposed by the construction rules starts by its parts of speech: a name starts at a word
 * boundary, and the words of the sentence that the rules swept into its stem are left out. Leading words that are
 * not part of a name are time words and the part of a time word cut by the rules ({@code 即日起滨江路} → 滨江路),
 * prepositions and multi-character adverbs, a verb of two or more characters ({@code 确保金时路} → 金时路), a run of
 * one-character verbs ({@code 要占去槐荫路} → 槐荫路, {@code 改走湖滨大道} → 湖滨大道) and a district or a station ({@code 光明区华夏路} → 华夏路, {@code 火车站八仙巷} → 八仙巷). They are left out
 * only when what stays is a stem of its own of at least two characters, so names that open with a verb ({@code
 * 解放路}, {@code 新建北路}, {@code 振兴北大街}) stay whole. A stem ending in a conjunction after a word of two or
 * more characters ({@code 时间和路段}) joins two words and is no name, a stem ending in a localizer ({@code 以北})
 * is a position; a kilometre post ({@code K1018路段}) is a
 * point, not a name.
 */
final class NameBoundary {

    private static final java.util.regex.Pattern KILOMETRE_POST =
            java.util.regex.Pattern.compile("^[A-Z]{0,3}K\\d+(?:\\+\\d+)?$");
    private static final String DIRECTIONS = "东南西北中";
    /** {@code 以北 之间 东侧 附近}, not {@code 城南} (坞城南路). */
    private static final java.util.regex.Pattern RELATIVE_PLACE = java.util.regex.Pattern.compile("^[以之]|[侧间边面近]$");

    private NameBoundary() {}

    /** The start of the name whose stem is {@code [start, suffixStart)}, or -1 when it is no name. */
    static int start(final Words words, final String text, final int start, final int suffixStart) {
        if (start < 0 || start >= suffixStart) {
            return start;
        }
        final String stem = text.substring(start, suffixStart);
        if (KILOMETRE_POST.matcher(stem).matches()
                || joinsTwoWords(words, start, suffixStart)
                || endsWithAPlaceWord(words, text, start, suffixStart)) {
            return -1;
        }
        int s = start;
        if (words.tokenStart(s) < s && words.tokenEnd(s) < suffixStart && isTime(words.nature(s))) {
            s = words.tokenEnd(s);
        }
        int candidate = s;
        while (candidate < suffixStart && words.tokenStart(candidate) == candidate) {
            final int end = words.tokenEnd(candidate);
            if (end >= suffixStart) {
                break;
            }
            final int next = leadingWordEnd(words, candidate, end, suffixStart);
            if (next < 0) {
                break;
            }
            candidate = next;
            if (staysAName(text, candidate, suffixStart)) {
                s = candidate;
            }
        }
        return districtEnd(words, text, s, suffixStart);
    }

    /** The end of the sentence word at {@code [at, end)}, or -1 when it may belong to a name. */
    private static int leadingWordEnd(final Words words, final int at, final int end, final int suffixStart) {
        final String nature = words.nature(at);
        final int length = end - at;
        if (isTime(nature) || "vf".equals(nature) || nature.startsWith("p") && length == 1) {
            return end;
        }
        if (("v".equals(nature) || "d".equals(nature)) && length >= 2) {
            return end;
        }
        if ("v".equals(nature) && length == 1 && afterAOneCharacterVerb(words, at) && end < suffixStart) {
            return end;
        }
        if ("v".equals(nature) && length == 1 && end < suffixStart && words.tokenStart(end) == end) {
            final String following = words.nature(end);
            final int followingEnd = words.tokenEnd(end);
            if (followingEnd < suffixStart && ("v".equals(following) || "vf".equals(following))) {
                return followingEnd - end == 1 ? end : -1;
            }
        }
        return -1;
    }

    /** {@code 改走湖滨大道}: the second of two one-character verbs is a verb of the sentence, not a name's first character. */
    private static boolean afterAOneCharacterVerb(final Words words, final int at) {
        return at > 0 && words.tokenStart(at - 1) == at - 1 && "v".equals(words.nature(at - 1));
    }

    private static boolean staysAName(final String text, final int start, final int suffixStart) {
        if (suffixStart - start < 2) {
            return false;
        }
        final String stem = text.substring(start, suffixStart);
        return stem.chars().anyMatch(c -> DIRECTIONS.indexOf(c) < 0 && !Character.isDigit(c));
    }

    private static boolean isTime(final String nature) {
        return "t".equals(nature);
    }

    /** {@code 时间和路段}: a conjunction after a word of two or more characters joins that word to the next. */
    private static boolean joinsTwoWords(final Words words, final int start, final int suffixStart) {
        final int last = suffixStart - 1;
        final String nature = words.nature(last);
        if (words.tokenStart(last) != last || !nature.startsWith("c")) {
            return false;
        }
        final int before = words.tokenStart(last) - 1;
        return before >= start && words.tokenEnd(before) - words.tokenStart(before) >= 2;
    }

    /** {@code 匝道以北路段}, {@code 之间路段}: a stem ending in a relative position is no name. */
    private static boolean endsWithAPlaceWord(
            final Words words, final String text, final int start, final int suffixStart) {
        final int last = suffixStart - 1;
        final int from = words.tokenStart(last);
        return from >= start
                && words.tokenEnd(last) == suffixStart
                && suffixStart - from >= 2
                && "f".equals(words.nature(last))
                && RELATIVE_PLACE.matcher(text.substring(from, suffixStart)).find();
    }

    /** {@code 光明区华夏路}, {@code 火车站八仙巷}: a district or a station named before a road is where it is, no part of its name. */
    private static int districtEnd(final Words words, final String text, final int start, final int suffixStart) {
        for (int i = start; i < suffixStart; i = words.tokenEnd(i)) {
            final int end = words.tokenEnd(i);
            final char last = text.charAt(end - 1);
            if ((last == '区' || last == '县' || last == '站')
                    && end > start + 1
                    && suffixStart - end >= 2
                    && end < suffixStart) {
                return end;
            }
        }
        return start;
    }
}
