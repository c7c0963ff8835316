package io.newsalert.streams.classify;

/** A taxonomy file that cannot be used; the message says which file, topic and key, and why. */
public final class InvalidTaxonomyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidTaxonomyException(final String message) {
        super(message);
    }

    public InvalidTaxonomyException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
