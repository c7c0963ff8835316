package io.newsalert.streams.classify;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds the clauses of a text that hold at least one phrase of the vocabulary, so that only those are segmented.
 * Segmenting is most of a classification's cost, and about half of a news article's clauses hold no word any topic
 * knows: they can yield no hit, whatever the segmenter makes of them. A phrase never spans a clause mark (a comma,
 * a full stop), so a text is cut there; one pass of an Aho-Corasick automaton over the whole text marks where
 * phrases start. Thread-safe once built.
 */
final class VocabularyClauses {

    /** Marks that end a clause: no term of a taxonomy holds one. */
    private static final String CLAUSE_MARKS = "。！？；，：、\n";

    private final AhoCorasickDoubleArrayTrie<Boolean> automaton = new AhoCorasickDoubleArrayTrie<>();

    VocabularyClauses(final Collection<String> phrases) {
        final TreeMap<String, Boolean> map = new TreeMap<>();
        phrases.stream().filter(p -> !p.isEmpty()).forEach(p -> map.put(p, Boolean.TRUE));
        automaton.build(map);
    }

    /** The clauses of {@code text} (as [start, end) pairs, in order) that hold a vocabulary phrase. */
    List<int[]> of(final String text) {
        final BitSet starts = new BitSet(text.length());
        automaton.parseText(text.toCharArray(), (begin, end, value) -> starts.set(begin));
        final List<int[]> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                final int next = starts.nextSetBit(start);
                if (next >= 0 && next < i) {
                    clauses.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return clauses;
    }
}
