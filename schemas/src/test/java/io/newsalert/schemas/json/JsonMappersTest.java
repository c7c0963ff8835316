package io.newsalert.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonMappersTest {

    /** A record with one field, to show unknown fields are skipped. */
    record Named(String name) {}

    @Test
    void shouldWriteDatesAndInstantsAsIsoText() throws JsonProcessingException {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("published", LocalDate.of(2022, 5, 25));
        m.put("createdAt", Instant.parse("2022-05-25T01:02:03Z"));

        assertThat(JsonMappers.standard().writeValueAsString(m))
                .isEqualTo("{\"published\":\"2022-05-25\",\"createdAt\":\"2022-05-25T01:02:03Z\"}");
    }

    @Test
    void shouldWriteChineseAsUtf8Bytes() throws JsonProcessingException {
        final byte[] bytes = JsonMappers.standard().writeValueAsBytes(Map.of("road", "桃园北路"));

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{\"road\":\"桃园北路\"}");
    }

    @Test
    void shouldIgnoreUnknownFieldsWhenBinding() throws JsonProcessingException {
        assertThat(JsonMappers.standard().readValue("{\"name\":\"迎泽大街\",\"extra\":1}", Named.class))
                .isEqualTo(new Named("迎泽大街"));
    }

    @Test
    void shouldReadYamlWithTheSameSetup() throws JsonProcessingException {
        assertThat(JsonMappers.yaml().readValue("name: 迎泽大街\nextra: 1\n", Named.class))
                .isEqualTo(new Named("迎泽大街"));
    }
}
