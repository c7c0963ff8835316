package io.newsalert.consumer.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.newsalert.consumer.subscription.Subscription;
import io.newsalert.consumer.subscription.SubscriptionStore;
import io.newsalert.consumer.subscription.WebhookUrlPolicy;
import io.newsalert.consumer.webhook.WebhookSigner;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/subscriptions}: create, list, show and delete webhook subscriptions, all behind the admin token.
 * Secrets go in and never come out, except a generated one in the answer that created it.
 */
public final class SubscriptionRoutes implements HttpRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionRoutes.class);
    private static final int MAX_FILTER_TERMS = 50;

    private final SubscriptionStore store;
    private final AdminAuth auth;
    private final WebhookUrlPolicy urls;
    private final List<String> feeds;
    private final int maxBodyBytes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SubscriptionRoutes(
            final SubscriptionStore store,
            final AdminAuth auth,
            final WebhookUrlPolicy urls,
            final List<String> feeds,
            final int maxBodyBytes,
            final Clock clock) {
        this.store = store;
        this.auth = auth;
        this.urls = urls;
        this.feeds = List.copyOf(feeds);
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    @Override
    public void register(final Javalin app) {
        app.post("/api/subscriptions", this::create);
        app.get("/api/subscriptions", ctx -> {
            auth.require(ctx);
            Json.answer(ctx, 200, store.all().stream().map(Subscription::view).toList());
        });
        app.get("/api/subscriptions/{id}", ctx -> {
            auth.require(ctx);
            Json.answer(ctx, 200, find(ctx).view());
        });
        app.delete("/api/subscriptions/{id}", ctx -> {
            auth.require(ctx);
            final Subscription s = find(ctx);
            store.delete(s.id());
            LOG.info("Deleted subscription {}.", s.id());
            ctx.status(204);
        });
    }

    private Subscription find(final Context ctx) {
        return store.get(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("No such subscription."));
    }

    private void create(final Context ctx) throws Exception {
        auth.require(ctx);
        final JsonNode json = Json.read(ctx, maxBodyBytes);
        final List<String> topics = strings(json.path("topics"), "topics");
        if (topics.isEmpty()) {
            throw new BadRequestResponse("Name at least one topic, among " + feeds + ".");
        }
        for (final String t : topics) {
            if (!feeds.contains(t)) {
                throw new BadRequestResponse("Unknown topic " + t + "; this service alerts on " + feeds + ".");
            }
        }
        final List<String> keywords = strings(json.path("filter").path("keywords"), "filter.keywords");
        final List<String> roads = strings(json.path("filter").path("roads"), "filter.roads");
        final String url = json.path("webhook").path("url").asText("");
        try {
            urls.check(url);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        final JsonNode secretNode = json.path("webhook").path("secret");
        final boolean generated = secretNode.isMissingNode() || secretNode.isNull();
        final String secret = generated ? WebhookSigner.newSecret() : secretNode.asText();
        if (!WebhookSigner.valid(secret)) {
            throw new BadRequestResponse("The secret must be whsec_ followed by 24 to 64 bytes in base64.");
        }
        final Subscription s = new Subscription(newId(), topics, keywords, roads, url, secret, clock.instant(), null);
        store.put(s);
        LOG.info("Created subscription {} for topics {}.", s.id(), topics);
        final Map<String, Object> answer = new LinkedHashMap<>(s.view());
        if (generated) {
            answer.put("secret", secret);
        }
        ctx.header("Location", "/api/subscriptions/" + s.id());
        Json.answer(ctx, 201, answer);
    }

    private String newId() {
        final byte[] b = new byte[8];
        random.nextBytes(b);
        return "sub_" + HexFormat.of().formatHex(b);
    }

    private static List<String> strings(final JsonNode node, final String field) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_FILTER_TERMS) {
            throw new BadRequestResponse(field + " must be an array of at most " + MAX_FILTER_TERMS + " strings.");
        }
        final List<String> out = new ArrayList<>();
        for (final JsonNode n : node) {
            if (!n.isTextual() || n.asText().isBlank() || n.asText().length() > 200) {
                throw new BadRequestResponse(field + " must hold non-empty strings.");
            }
            out.add(n.asText().strip());
        }
        return List.copyOf(out);
    }
}
