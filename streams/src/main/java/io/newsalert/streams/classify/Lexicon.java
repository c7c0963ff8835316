package io.newsalert.streams.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One topic's vocabulary, matched on word boundaries: a term matches a run of consecutive words whose text is the
 * term, so {@code 安全} matches the word 安全 but not 安全员 or 信息安全. At each word the longest term wins,
 * and an ignored phrase ({@code 金融安全}) swallows its words so that none of them count.
 */
final class Lexicon {

    /** Marks an ignored phrase. */
    private static final Taxonomy.Term IGNORED = new Taxonomy.Term("", 0);

    private final Map<String, Taxonomy.Term> entries = new HashMap<>();
    private final int longest;

    Lexicon(final List<Taxonomy.Term> terms, final List<String> ignore) {
        ignore.forEach(p -> entries.put(p, IGNORED));
        terms.forEach(t -> entries.put(t.text(), t));
        longest = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    int longest() {
        return longest;
    }

    /**
     * The longest entry among {@code candidates} (the text of words i, i..i+1, … in growing length), as the
     * number of words it spans, or 0 when none matches. {@code sink} receives the term when it counts.
     */
    int match(final String[] candidates, final int count, final MatchSink sink) {
        for (int n = count; n >= 1; n--) {
            final Taxonomy.Term term = entries.get(candidates[n - 1]);
            if (term != null) {
                if (term != IGNORED) {
                    sink.accept(term);
                }
                return n;
            }
        }
        return 0;
    }

    /** Receives each counted term. */
    @FunctionalInterface
    interface MatchSink {
        void accept(Taxonomy.Term term);
    }
}
