package io.newsalert.app.roles;

import io.newsalert.consumer.PagePublisher;
import io.newsalert.producer.page.PageInfo;
import io.newsalert.producer.page.PageReader;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.producer.page.PageResult;
import io.newsalert.producer.publish.ArticlePublisher;
import java.time.LocalDate;

/** Connects the alert service's page upload ({@code POST /api/pages}) to the page reader and the publisher. */
public final class ProducerPagePublisher implements PagePublisher {

    private final PageReader reader = PageReaders.standard();
    private final ArticlePublisher publisher;
    private final String source;

    public ProducerPagePublisher(final ArticlePublisher publisher, final String source) {
        this.publisher = publisher;
        this.source = source;
    }

    @Override
    public int publish(final String pageText, final LocalDate date) throws Exception {
        final PageResult page = reader.read(pageText, new PageInfo("uploaded page", date, source));
        publisher.publish(page.articles());
        return page.articles().size();
    }
}
