package io.newsalert.streams.extract;

import java.util.Set;

/**
 * The last word on where a name that the rules propose starts, by HanLP's parts of speech on the name itself: a
 * road, station or landmark name never opens with a word of the sentence around it. Left out are a leading
 * preposition ({@code 在雁翎收费站} → 雁翎收费站, {@code 沿湖滨大道}), an adverb and what follows it as a run of
 * function words ({@code 均为湖滨大道}), a position word of two characters ({@code 其间中山大道}), a range word (a direction and a verb or
 * preposition of one character each) ({@code 东起钟楼巷}, {@code 西至城墙根}) and a word for the town or the city centre ({@code
 * 县城建设路}). Each is left out only when what stays is at least three characters, so names that open with such a
 * word and a one-character stem stay whole. One place for every name field keeps the rules consistent.
 */
final class NameLead {

    /** Words for the town or city centre, tagged as plain nouns or places. */
    private static final Set<String> TOWN_WORDS = Set.of("县城", "市区", "城区", "市内", "城内", "镇区");

    private static final int SHORTEST_NAME = 3;

    private NameLead() {}

    /** {@code name} without the sentence words that open it; null for null. */
    static String trimmed(final String name) {
        if (name == null || name.length() < SHORTEST_NAME) {
            return name;
        }
        final Words words = Words.of(name);
        int s = 0;
        while (s < name.length()) {
            final int next = leadingWordEnd(words, name, s, words.tokenEnd(s));
            if (next < 0 || name.length() - next < SHORTEST_NAME) {
                break;
            }
            s = next;
        }
        return name.substring(s);
    }

    private static int leadingWordEnd(final Words words, final String name, final int at, final int end) {
        final String word = name.substring(at, end);
        final String nature = words.nature(at);
        final int length = end - at;
        if (TOWN_WORDS.contains(word)) {
            return end;
        }
        if ("f".equals(nature) && length == 1 && end < name.length() && words.tokenEnd(end) == end + 1) {
            final String following = words.nature(end);
            return "vf".equals(following) || following.startsWith("p") ? end + 1 : -1;
        }
        if (nature.startsWith("p") && length <= 2 || "f".equals(nature) && length == 2) {
            return end;
        }
        if ("d".equals(nature) && end < name.length() && words.nature(end).startsWith("p")) {
            return words.tokenEnd(end);
        }
        return -1;
    }
}
