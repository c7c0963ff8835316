package io.newsalert.consumer.subscription;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.TrafficClosure;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Who wants which alerts, and where they go: topics, an optional filter, and a webhook. Stored as JSON in the
 * compacted subscriptions topic, where the secret is sealed ({@link SecretBox}); it is never returned by the API.
 *
 * @param id             the subscription id
 * @param topics         the topics it follows
 * @param keywords       when not empty, an alert must mention one of them (headline or summary)
 * @param roads          when not empty, an alert must name one of these roads (closure or text)
 * @param url            the webhook URL
 * @param secret         the {@code whsec_} signing secret
 * @param createdAt      when it was created: deliveries start with the alerts written after it
 * @param disabledReason null while active; why deliveries stopped otherwise (a 410 from the receiver)
 */
public record Subscription(
        String id,
        List<String> topics,
        List<String> keywords,
        List<String> roads,
        String url,
        String secret,
        Instant createdAt,
        String disabledReason) {

    public Subscription {
        Objects.requireNonNull(id, "id");
        topics = List.copyOf(topics);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        roads = roads == null ? List.of() : List.copyOf(roads);
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @JsonIgnore
    public boolean active() {
        return disabledReason == null;
    }

    /** The same subscription with {@code value} in place of its secret (sealed for storage, or opened). */
    public Subscription withSecret(final String value) {
        return new Subscription(id, topics, keywords, roads, url, value, createdAt, disabledReason);
    }

    /** The same subscription, no longer delivered to. */
    public Subscription disabled(final String reason) {
        return new Subscription(id, topics, keywords, roads, url, secret, createdAt, reason);
    }

    /** Whether this subscription wants {@code alert}: its topic, and the filter when there is one. */
    public boolean wants(final Alert alert) {
        if (!topics.contains(alert.getTopic())) {
            return false;
        }
        if (keywords.isEmpty() && roads.isEmpty()) {
            return true;
        }
        final String text = (alert.getHeadline() + "\n" + alert.getSummary()).toLowerCase(Locale.ROOT);
        final boolean keywordOk =
                keywords.isEmpty() || keywords.stream().anyMatch(k -> text.contains(k.toLowerCase(Locale.ROOT)));
        final boolean roadOk = roads.isEmpty()
                || roads.stream()
                        .anyMatch(r -> text.contains(r.toLowerCase(Locale.ROOT))
                                || alert.getClosures().stream()
                                        .map(TrafficClosure::getRoad)
                                        .anyMatch(r::equals));
        return keywordOk && roadOk;
    }

    /** What the API shows: everything but the secret. */
    public Map<String, Object> view() {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("topics", topics);
        m.put("filter", Map.of("keywords", keywords, "roads", roads));
        m.put("webhook", Map.of("url", url));
        m.put("createdAt", createdAt.toString());
        m.put("status", active() ? "active" : "disabled");
        if (!active()) {
            m.put("disabledReason", disabledReason);
        }
        return m;
    }
}
