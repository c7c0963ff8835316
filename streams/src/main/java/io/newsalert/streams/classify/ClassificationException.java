package io.newsalert.streams.classify;

/**
 * An article that could not be classified. The pipeline sends the record to the dead-letter topic with this
 * message in its headers and goes on with the next record.
 */
public final class ClassificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClassificationException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
