package io.newsalert.consumer.geo;

/** A road-network file that cannot be read; the message is one line that names the file and says what is wrong. */
public final class RoadNetworkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RoadNetworkException(final String message) {
        super(message);
    }

    public RoadNetworkException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
