package io.newsalert.consumer.alert;

import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.TrafficClosure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;

/** Builds the alert for one article on one topic feed. The id depends only on article and topic. */
public final class AlertFactory {

    private static final int SUMMARY_CHARS = 120;

    private final Clock clock;

    public AlertFactory(final Clock clock) {
        this.clock = clock;
    }

    public static String alertId(final String articleId, final String topic) {
        try {
            final byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((articleId + "\n" + topic).getBytes(StandardCharsets.UTF_8));
            return topic + "-" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM.", e);
        }
    }

    public Alert create(final String topic, final ClassifiedArticle classified) {
        final Article a = classified.getArticle();
        final String headline = a.getHeadline() != null
                ? a.getHeadline()
                : a.getBody().substring(0, Math.min(30, a.getBody().length()));
        return Alert.newBuilder()
                .setId(alertId(a.getId(), topic))
                .setTopic(topic)
                .setHeadline(headline)
                .setSummary(summary(classified))
                .setArticleId(a.getId())
                .setPublished(a.getPublished())
                .setValidFrom(classified.getClosures().stream()
                        .map(TrafficClosure::getStart)
                        .filter(Objects::nonNull)
                        .min(Comparator.naturalOrder())
                        .orElse(null))
                .setValidTo(classified.getClosures().stream()
                        .map(TrafficClosure::getEnd)
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElse(null))
                .setCreatedAt(clock.instant())
                .setClosures(classified.getClosures())
                .build();
    }

    private static String summary(final ClassifiedArticle c) {
        if (!c.getClosures().isEmpty()) {
            return c.getClosures().stream()
                    .map(ClosureText::describe)
                    .distinct()
                    .collect(Collectors.joining());
        }
        final String body = c.getArticle().getBody().replace('\n', ' ');
        return body.length() <= SUMMARY_CHARS ? body : body.substring(0, SUMMARY_CHARS) + "…";
    }
}
