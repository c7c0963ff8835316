package io.newsalert.schemas.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson setup of every role, so JSON and YAML read and write alike wherever they are handled:
 * {@code java.time} values as ISO-8601 text ({@code 2022-05-25}, {@code 2022-05-25T01:00:00Z}), never as numbers,
 * and unknown fields ignored on reading (inputs and stored records may carry fields a reader does not know). Jackson
 * writes bytes as UTF-8. Mappers are thread-safe once built; callers keep one in a constant.
 */
public final class JsonMappers {

    private JsonMappers() {}

    /** A JSON mapper with the standard setup. */
    public static ObjectMapper standard() {
        return configure(JsonMapper.builder()).build();
    }

    /** A YAML mapper with the same setup, for configuration and taxonomy files. */
    public static ObjectMapper yaml() {
        return configure(YAMLMapper.builder()).build();
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(final B builder) {
        return builder.addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
