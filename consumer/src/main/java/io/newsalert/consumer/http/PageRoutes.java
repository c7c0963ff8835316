package io.newsalert.consumer.http;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotImplementedResponse;
import io.newsalert.consumer.PagePublisher;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/pages?date=YYYY-MM-DD}: publishes a page's articles through the same input checks as
 * {@code newsalert produce}: 415 for bytes that are no text (binary, unknown encoding), 400 for an empty page or one
 * without a recognisable article, each with a problem body; 202 with the count and any warnings (an inferred date).
 */
public final class PageRoutes implements HttpRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(PageRoutes.class);

    private final PagePublisher publisher;
    private final AdminAuth auth;
    private final int maxPageBytes;

    public PageRoutes(final PagePublisher publisher, final AdminAuth auth, final int maxPageBytes) {
        this.publisher = publisher;
        this.auth = auth;
        this.maxPageBytes = maxPageBytes;
    }

    @Override
    public void register(final Javalin app) {
        app.post("/api/pages", ctx -> {
            auth.require(ctx);
            if (publisher == null) {
                throw new NotImplementedResponse("This instance does not publish pages.");
            }
            final LocalDate date = date(ctx.queryParam("date"));
            final byte[] page = Json.body(ctx, maxPageBytes);
            final PagePublisher.Published published;
            try {
                published = publisher.publish(page, date);
            } catch (PagePublisher.Refused e) {
                LOG.info("Refused an uploaded page of {} bytes: {}", page.length, e.getMessage());
                throw e.notText()
                        ? new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), e.getMessage())
                        : new BadRequestResponse(e.getMessage());
            }
            LOG.info(
                    "Published {} articles from a page of {} bytes dated {}.",
                    published.articles(),
                    page.length,
                    date == null ? "as the page says" : date);
            Json.answer(ctx, 202, Map.of("articles", published.articles(), "warnings", published.warnings()));
        });
    }

    private static LocalDate date(final String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("date must be YYYY-MM-DD.");
        }
    }
}
