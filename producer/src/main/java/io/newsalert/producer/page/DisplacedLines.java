package io.newsalert.producer.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each displaced heading line back to its article. Layout drops such a line (the second part of a headline,
 * or a {@code ——} subtitle) into the middle of a neighbouring column, so its owner is the article it was found in
 * or the one just before or after. The owner is the one whose words it shares most (a subtitle restates its
 * article): counted as shared two-character pairs, with a nudge toward the host article for a headline's second
 * part and toward a neighbour for a {@code ——} subtitle, which printers set under a headline, never inside text.
 */
final class DisplacedLines {

    private static final double HOST_NUDGE_PART = 1.25;
    private static final double HOST_NUDGE_SUBTITLE = 0.75;

    /**
     * A line taken out of an article's text.
     *
     * @param text     the line, without dashes
     * @param subtitle whether it was printed as a {@code ——} subtitle
     * @param host     index of the article it was found in
     */
    record Displaced(String text, boolean subtitle, int host) {}

    private DisplacedLines() {}

    /** Sets each displaced line as the subtitle of its owner; returns the lines no article could take. */
    static List<String> attach(final List<ArticleDraft> drafts, final List<Displaced> lines) {
        final List<String> orphans = new ArrayList<>();
        for (final Displaced line : lines) {
            final ArticleDraft owner = owner(drafts, line);
            if (owner == null) {
                orphans.add(line.text());
            } else {
                owner.subtitle(line.text());
            }
        }
        return orphans;
    }

    private static ArticleDraft owner(final List<ArticleDraft> drafts, final Displaced line) {
        ArticleDraft best = null;
        double bestScore = -1;
        final int[] order = line.subtitle()
                ? new int[] {line.host() - 1, line.host() + 1, line.host()}
                : new int[] {line.host(), line.host() - 1, line.host() + 1};
        for (final int index : order) {
            if (index < 0 || index >= drafts.size() || drafts.get(index).subtitle() != null) {
                continue;
            }
            final ArticleDraft candidate = drafts.get(index);
            double score = shared(line.text(), candidate);
            if (index == line.host()) {
                score *= line.subtitle() ? HOST_NUDGE_SUBTITLE : HOST_NUDGE_PART;
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many distinct two-character pairs of {@code line} occur in the article's headings and text. */
    static double shared(final String line, final ArticleDraft article) {
        final StringBuilder text = new StringBuilder();
        if (article.headline() != null) {
            text.append(article.headline()).append('\n');
        }
        if (article.kicker() != null) {
            text.append(article.kicker()).append('\n');
        }
        article.paragraphs().forEach(p -> text.append(p).append('\n'));
        final Set<String> pairs = pairs(line);
        final Set<String> found = new HashSet<>();
        final String all = text.toString();
        for (final String pair : pairs) {
            if (all.contains(pair)) {
                found.add(pair);
            }
        }
        return found.size();
    }

    private static Set<String> pairs(final String text) {
        final Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i + 1))) {
                pairs.add(text.substring(i, i + 2));
            }
        }
        return pairs;
    }
}
