package io.newsalert.streams.extract;

/**
 * Lets a costly pattern skip a text that cannot hold its match. A pattern whose every match contains one of a few
 * words ({@code 停车}, {@code 收费站}) finds nothing in a text without them, however long it tries at each position: the
 * caller hands it the empty text instead and gets the same answer at once.
 */
final class Holding {

    private Holding() {}

    /** {@code text} when it holds one of {@code words}, else the empty text. */
    static String anyOf(final String text, final String... words) {
        for (final String word : words) {
            if (text.contains(word)) {
                return text;
            }
        }
        return "";
    }
}
