package io.newsalert.producer.input;

import java.io.IOException;

/**
 * An input that cannot be turned into articles: empty, binary, in an unknown encoding, too large, or without any
 * recognisable article. The message names the input (and the line where that helps) and is meant for the user.
 */
public final class UnreadableInputException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnreadableInputException(final String message) {
        super(message);
    }
}
