package io.newsalert.consumer.http;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotImplementedResponse;
import io.newsalert.consumer.PagePublisher;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /api/pages?date=YYYY-MM-DD}: publishes a page's articles, as {@code newsalert produce} does. */
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
            final String text = new String(Json.body(ctx, maxPageBytes), StandardCharsets.UTF_8);
            if (text.isBlank()) {
                throw new BadRequestResponse("The page is empty.");
            }
            final int n = publisher.publish(text, date);
            LOG.info("Published {} articles from a page of {} characters dated {}.", n, text.length(), date);
            Json.answer(ctx, 202, Map.of("articles", n));
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
