package io.newsalert.streams.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.json.ArticleLines;
import io.newsalert.schemas.json.JsonMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads labelled article lines ({@code {"id", "published", "headline", "body", "closures": [...]}}). An article
 * without a {@code closures} field has none. Side and lane may be written in Chinese, as the corpus does
 * ({@code 南北两侧}, {@code 非机动车道}), or as the enum names.
 */
public final class LabelledArticles {

    private static final ObjectMapper JSON = JsonMappers.standard();
    private static final Map<String, Side> SIDES = Map.of(
            "东",
            Side.EAST,
            "西",
            Side.WEST,
            "南",
            Side.SOUTH,
            "北",
            Side.NORTH,
            "东西两侧",
            Side.EAST_AND_WEST,
            "南北两侧",
            Side.NORTH_AND_SOUTH,
            "双向",
            Side.BOTH_DIRECTIONS);
    private static final Map<String, Lane> LANES = Map.ofEntries(
            Map.entry("全幅", Lane.FULL_ROAD),
            Map.entry("全封闭", Lane.FULL_ROAD),
            Map.entry("半幅", Lane.HALF_ROAD),
            Map.entry("机动车道", Lane.MOTOR_LANE),
            Map.entry("非机动车道", Lane.NON_MOTOR_LANE),
            Map.entry("人行道", Lane.SIDEWALK),
            Map.entry("便道", Lane.SIDEWALK),
            Map.entry("辅路", Lane.SERVICE_ROAD),
            Map.entry("公交车道", Lane.BUS_LANE),
            Map.entry("停车场", Lane.PARKING),
            Map.entry("停车位", Lane.PARKING),
            Map.entry("匝道", Lane.RAMP),
            Map.entry("路口", Lane.INTERSECTION));

    private LabelledArticles() {}

    public static List<LabelledArticle> read(final Path file) {
        final List<LabelledArticle> out = new ArrayList<>();
        try {
            int lineNo = 0;
            for (final String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNo++;
                if (!line.isBlank()) {
                    out.add(parse(JSON.readTree(line), file + ":" + lineNo));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read labelled articles from " + file + ".", e);
        }
        return out;
    }

    static LabelledArticle parse(final JsonNode node, final String where) {
        final Article article = ArticleLines.article(node, where);
        final List<ClosureFields> gold = new ArrayList<>();
        for (final JsonNode c : node.path("closures")) {
            gold.add(new ClosureFields(
                    text(c, "road"),
                    text(c, "from"),
                    text(c, "to"),
                    side(text(c, "side"), where),
                    lane(text(c, "lane"), where),
                    date(text(c, "start")),
                    date(text(c, "end"))));
        }
        return new LabelledArticle(article, gold);
    }

    /** The side a gold label names, in Chinese or as an enum name; null for none. */
    public static Side side(final String label, final String where) {
        if (label == null) {
            return null;
        }
        final Side side = SIDES.get(label);
        if (side != null) {
            return side;
        }
        try {
            return Side.valueOf(label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown side '" + label + "'.", e);
        }
    }

    /** The lane a gold label names, in Chinese or as an enum name; null for none. */
    public static Lane lane(final String label, final String where) {
        if (label == null) {
            return null;
        }
        final Lane lane = LANES.get(label);
        if (lane != null) {
            return lane;
        }
        try {
            return Lane.valueOf(label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown lane '" + label + "'.", e);
        }
    }

    private static LocalDate date(final String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static String text(final JsonNode node, final String field) {
        final JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
