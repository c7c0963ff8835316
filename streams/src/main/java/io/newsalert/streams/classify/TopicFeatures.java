package io.newsalert.streams.classify;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.newsalert.schemas.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The features the statistical topic model reads: the words of the display lines (headline, kicker and subtitle
 * together) and of the body, each word and each pair of neighbouring words, marked with their part ({@code h:安全},
 * {@code b:工人|晕倒}). Presence counts, not frequency. Words come from HanLP's dictionary segmenter: a model over
 * thousands of words needs every clause segmented, and at tens of millions of characters a second the dictionary
 * segmenter costs little beside the Viterbi one the lexicon uses. Digits are folded into {@code #} and marks are
 * dropped, so dates and numbers do not become thousands of rare words. Thread-safe.
 */
final class TopicFeatures {

    private static final Segment SEGMENT = HanLP.newSegment("dat");

    private TopicFeatures() {}

    /** The marks before a display word and a body word in a feature's name. */
    static final String DISPLAY = "h:";

    static final String BODY = "b:";
    /** The mark between the two words of a pair. */
    static final char PAIR = '|';

    /** The folded words of an article's display lines and of its body, in order. */
    record Words(List<String> display, List<String> body) {}

    /** The words the features are made of. */
    static Words words(final Article article) {
        final List<String> display = new ArrayList<>();
        words(article.getKicker(), display);
        words(article.getHeadline(), display);
        words(article.getSubtitle(), display);
        final List<String> body = new ArrayList<>();
        words(article.getBody(), body);
        return new Words(display, body);
    }

    /** The features of an article, each once. */
    static Set<String> of(final Article article) {
        final Words words = words(article);
        final Set<String> features = new HashSet<>();
        add(DISPLAY, words.display(), features);
        add(BODY, words.body(), features);
        return features;
    }

    private static void add(final String prefix, final List<String> words, final Set<String> features) {
        for (int i = 0; i < words.size(); i++) {
            features.add(prefix + words.get(i));
            if (i + 1 < words.size()) {
                features.add(prefix + words.get(i) + PAIR + words.get(i + 1));
            }
        }
    }

    private static void words(final String text, final List<String> sink) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (final Term term : SEGMENT.seg(text)) {
            final String word = fold(term.word);
            if (!word.isEmpty()) {
                sink.add(word);
            }
        }
    }

    /** The word with digit runs as {@code #}, or empty when it holds no letter or digit (a mark, a space). */
    private static String fold(final String word) {
        final StringBuilder out = new StringBuilder(word.length());
        boolean kept = false;
        for (int i = 0; i < word.length(); i++) {
            final char c = word.charAt(i);
            if (Character.isDigit(c)) {
                kept = true;
                if (out.length() == 0 || out.charAt(out.length() - 1) != '#') {
                    out.append('#');
                }
            } else if (Character.isLetter(c)) {
                kept = true;
                out.append(c);
            }
        }
        return kept ? out.toString() : "";
    }
}
