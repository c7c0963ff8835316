package io.newsalert.consumer.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.json.ClosureJson;
import io.newsalert.schemas.json.JsonMappers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alert as JSON for webhooks, the live stream and the API ({@code consumer/README.md}): the alert's own fields,
 * which every JSON channel shares, plus its closures in their {@linkplain ClosureJson#core core} shape.
 */
public final class AlertJson {

    public static final ObjectMapper MAPPER = JsonMappers.standard();

    private AlertJson() {}

    /** The alert with its closures. */
    public static Map<String, Object> toMap(final Alert a) {
        final Map<String, Object> m = fields(a);
        final List<Map<String, Object>> closures =
                a.getClosures().stream().map(ClosureJson::core).toList();
        m.put("closures", closures);
        return m;
    }

    /** The alert's own fields, without closures: the shape every JSON channel and API shares. */
    public static Map<String, Object> fields(final Alert a) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("topic", a.getTopic());
        m.put("articleId", a.getArticleId());
        m.put("headline", a.getHeadline());
        m.put("summary", a.getSummary());
        m.put("published", a.getPublished());
        m.put("validFrom", a.getValidFrom());
        m.put("validTo", a.getValidTo());
        m.put("createdAt", a.getCreatedAt());
        return m;
    }

    public static String text(final Alert a) {
        try {
            return MAPPER.writeValueAsString(toMap(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An alert could not be written as JSON.", e);
        }
    }

    public static byte[] bytes(final Alert a) {
        return text(a).getBytes(StandardCharsets.UTF_8);
    }
}
