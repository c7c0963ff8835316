package io.newsalert.streams.extract;

/**
 * Maps offsets in the normalised body ({@link TextUnits#normalise}) back to the article body as published, so a
 * closure's span points at the text a reader sees. Normalising maps characters one to one and drops some (spaces
 * between Chinese characters, weekday brackets), so the two align by walking both.
 */
final class BodyOffsets {

    private final int[] original;

    BodyOffsets(final String body, final String normalised) {
        original = new int[normalised.length() + 1];
        int j = 0;
        for (int i = 0; i < normalised.length(); i++) {
            while (j < body.length() && TextUnits.normalise(body.charAt(j)) != normalised.charAt(i)) {
                j++;
            }
            original[i] = Math.min(j, body.length());
            j = Math.min(body.length(), j + 1);
        }
        original[normalised.length()] = body.length() == 0 ? 0 : Math.min(body.length(), j);
    }

    /** The published-body offset of normalised offset {@code at}. */
    int toBody(final int at) {
        return original[Math.max(0, Math.min(at, original.length - 1))];
    }
}
