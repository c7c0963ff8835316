package io.newsalert.app.roles;

import io.newsalert.consumer.PagePublisher;
import io.newsalert.producer.input.ArticleInputs;
import io.newsalert.producer.input.UnreadableInputException;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.producer.publish.ArticlePublisher;
import java.time.LocalDate;

/**
 * Connects the alert service's page upload ({@code POST /api/pages}) to the producer's one input path: the same
 * checks as {@code newsalert produce} (binary and empty refused, UTF-8 or GB18030/GBK detected, the date inferred
 * with a warning when not given), then the publisher.
 */
public final class ProducerPagePublisher implements PagePublisher {

    private static final String NAME = "uploaded-page";

    private final ArticleInputs inputs = new ArticleInputs(PageReaders.standard());
    private final ArticlePublisher publisher;
    private final String source;

    public ProducerPagePublisher(final ArticlePublisher publisher, final String source) {
        this.publisher = publisher;
        this.source = source;
    }

    @Override
    public Published publish(final byte[] page, final LocalDate date) throws Exception {
        final ArticleInputs.Outcome outcome;
        try {
            outcome = inputs.read(NAME, page, date, source);
        } catch (UnreadableInputException e) {
            throw new Refused(e.getMessage(), e.notText());
        }
        if (outcome.failed()) {
            throw new Refused(String.join(" ", outcome.problems()), false);
        }
        publisher.publish(outcome.result().articles());
        return new Published(
                outcome.result().articles().size(), outcome.result().warnings());
    }
}
