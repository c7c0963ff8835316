package io.newsalert.consumer;

import java.time.LocalDate;
import java.util.List;

/**
 * Publishes the articles of one uploaded page, with the same input checks as {@code newsalert produce}. The
 * application wires it to the producer, so this module does not depend on the page reader.
 */
@FunctionalInterface
public interface PagePublisher {

    /**
     * Reads the page and publishes its articles.
     *
     * @param page the page's bytes, in any encoding the producer detects (UTF-8, GB18030/GBK)
     * @param date the edition date, or null to infer it from the page (with a warning)
     * @return what was published
     * @throws Refused when the page cannot be read; nothing was published
     */
    Published publish(byte[] page, LocalDate date) throws Exception;

    /** How many articles were published, and the warnings for the user (an inferred date, say). */
    record Published(int articles, List<String> warnings) {
        public Published {
            warnings = List.copyOf(warnings);
        }
    }

    /** A page refused before anything was published; {@code notText} when its bytes are no text at all. */
    final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean notText;

        public Refused(final String message, final boolean notText) {
            super(message);
            this.notText = notText;
        }

        public boolean notText() {
            return notText;
        }
    }
}
