package io.newsalert.consumer.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.consumer.delivery.JsonLinesChannel;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.schemas.json.JsonMappers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The alert as JSON for webhooks, the live stream and the API: the shared alert shape plus its closures. */
public final class AlertJson {

    public static final ObjectMapper MAPPER = JsonMappers.standard();

    private AlertJson() {
    }

    public static Map<String, Object> toMap(final Alert a) {
        final Map<String, Object> m = JsonLinesChannel.toMap(a);
        final List<Map<String, Object>> closures = a.getClosures().stream().map(AlertJson::closure).toList();
        m.put("closures", closures);
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

    private static Map<String, Object> closure(final TrafficClosure t) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("road", t.getRoad());
        m.put("from", t.getFrom());
        m.put("to", t.getTo());
        m.put("side", t.getSide() == null ? null : t.getSide().name());
        m.put("lane", t.getLane() == null ? null : t.getLane().name());
        m.put("start", t.getStart());
        m.put("end", t.getEnd());
        return m;
    }
}
