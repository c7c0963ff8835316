package io.newsalert.producer.input;

import java.io.IOException;

/**
 * An input that cannot be turned into articles: empty, binary, in an unknown encoding, too large, or without any
 * recognisable article. The message names the input (and the line where that helps) and is meant for the user.
 */
public final class UnreadableInputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean notText;

    public UnreadableInputException(final String message) {
        this(message, false);
    }

    private UnreadableInputException(final String message, final boolean notText) {
        super(message);
        this.notText = notText;
    }

    /** An input whose bytes are no text this reader knows (binary, or an unknown encoding). */
    static UnreadableInputException notText(final String message) {
        return new UnreadableInputException(message, true);
    }

    /**
     * Whether the bytes are not text at all (binary or an unknown encoding), as opposed to text with nothing
     * usable in it; an HTTP upload answers the first with 415 and the second with 400.
     */
    public boolean notText() {
        return notText;
    }
}
