package io.newsalert.consumer.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locates the gold closures of the labelled notices ({@code corpus/dev-traffic.jsonl}) on a schematic network that
 * spells their streets the way a map does ({@code scripts/geo/schematic-network.py}): how often the locator gets from
 * a notice's wording (cross streets written {@code X口}, points written {@code X以北900米处}, landmarks) to the map.
 */
class DevNoticesLocateTest {

    private static final Logger LOG = LoggerFactory.getLogger(DevNoticesLocateTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldLocateMostLabelledClosuresOnAMapThatHasTheirStreets() throws IOException {
        final ClosureLocator locator =
                new ClosureLocator(RoadNetworkReader.readResource("geo/dev-notices.schematic.geojson"));
        final List<String> missed = new ArrayList<>();
        int total = 0;
        for (final String line : Files.readAllLines(Corpus.file("dev-traffic.jsonl"), StandardCharsets.UTF_8)) {
            final JsonNode article = JSON.readTree(line);
            for (final JsonNode c : article.path("closures")) {
                total++;
                final Location l = locator.locate(TrafficClosure.newBuilder()
                        .setId(article.path("id").asText() + "-" + total)
                        .setArticleId(article.path("id").asText())
                        .setRoad(c.path("road").asText())
                        .setFrom(text(c, "from"))
                        .setTo(text(c, "to"))
                        .setLane("路口".equals(text(c, "lane")) ? Lane.INTERSECTION : null)
                        .build());
                if (!l.located()) {
                    missed.add(
                            article.path("id").asText() + " " + c.path("road").asText() + ": " + l.reason());
                }
            }
        }
        LOG.info(
                "Located {} of {} labelled closures on the schematic network; missed: {}",
                total - missed.size(),
                total,
                missed);
        assertThat(total).isEqualTo(22);
        assertThat(total - missed.size()).isGreaterThanOrEqualTo(LOCATED_AT_LEAST);
    }

    /**
     * 16 of 22 were located before the locator learnt gates, sides of landmarks, bare ring roads and distances at
     * either end; 21 after. The one left names a landmark the map spells differently.
     */
    private static final int LOCATED_AT_LEAST = 21;

    private static String text(final JsonNode c, final String field) {
        return c.path(field).isNull() ? null : c.path(field).asText();
    }
}
