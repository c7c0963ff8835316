package io.newsalert.consumer;

import java.time.LocalDate;

/**
 * Publishes the articles of one page's text, as {@code newsalert produce} does. The application wires it to the
 * producer, so this module does not depend on the page reader.
 */
@FunctionalInterface
public interface PagePublisher {

    /**
     * Reads the page and publishes its articles.
     *
     * @param pageText the page's text
     * @param date     the edition date, or null to infer it from the page
     * @return how many articles were published
     */
    int publish(String pageText, LocalDate date) throws Exception;
}
