package io.newsalert.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The labelled articles of the seed page (Taiyuan Daily, 2022-05-25, page 2) as the classifier would put them on
 * the topic feeds: real headlines, bodies cut from the page text, and the gold closures.
 */
final class SeedArticles {

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
    private static final Map<String, Lane> LANES = Map.of(
            "全幅",
            Lane.FULL_ROAD,
            "半幅",
            Lane.HALF_ROAD,
            "机动车道",
            Lane.MOTOR_LANE,
            "非机动车道",
            Lane.NON_MOTOR_LANE,
            "人行道",
            Lane.SIDEWALK,
            "辅路",
            Lane.SERVICE_ROAD,
            "停车场",
            Lane.PARKING,
            "路口",
            Lane.INTERSECTION);

    private SeedArticles() {}

    /** The page's labelled articles, one entry per (topic, article), in page order. */
    static List<Labelled> load() throws IOException {
        final String page = Files.readString(Corpus.file("taiyuan-daily-2022-05-25-p2.txt"), StandardCharsets.UTF_8);
        final JsonNode gold = new ObjectMapper()
                .readTree(Corpus.file("taiyuan-daily-2022-05-25-p2.gold.json").toFile());
        final LocalDate published = LocalDate.parse(gold.path("published").asText());
        final List<Labelled> out = new ArrayList<>();
        int n = 0;
        for (final JsonNode a : gold.path("articles")) {
            n++;
            if (a.path("labels").isEmpty()) {
                continue;
            }
            final String first = a.path("first_chars").asText();
            final String last = a.path("last_chars").asText();
            final int from = page.indexOf(first);
            final int to = page.indexOf(last, from) + last.length();
            final String id = "taiyuan-daily-2022-05-25-p2-" + n;
            final Article article = Article.newBuilder()
                    .setId(id)
                    .setPublished(published)
                    .setHeadline(a.path("headline").asText())
                    .setBody(page.substring(from, to).strip())
                    .setSource("太原日报")
                    .build();
            final List<TrafficClosure> closures = new ArrayList<>();
            int c = 0;
            for (final JsonNode t : a.path("closures")) {
                closures.add(TrafficClosure.newBuilder()
                        .setId(id + "-c" + ++c)
                        .setArticleId(id)
                        .setRoad(t.path("road").asText())
                        .setFrom(text(t, "from"))
                        .setTo(text(t, "to"))
                        .setSide(lookup(SIDES, text(t, "side")))
                        .setLane(lookup(LANES, text(t, "lane")))
                        .setStart(date(t, "start"))
                        .setEnd(date(t, "end"))
                        .build());
            }
            final List<String> topics = new ArrayList<>();
            a.path("labels").forEach(l -> topics.add(l.asText()));
            final ClassifiedArticle classified = ClassifiedArticle.newBuilder()
                    .setArticle(article)
                    .setTopics(topics)
                    .setClosures(closures)
                    .build();
            topics.forEach(t -> out.add(new Labelled(t, classified)));
        }
        return out;
    }

    /** The seed articles of one topic. */
    static List<ClassifiedArticle> of(final String topic) throws IOException {
        return load().stream()
                .filter(l -> l.topic().equals(topic))
                .map(Labelled::article)
                .toList();
    }

    /** A made-up traffic notice in the same register, for markers that must come after everything else. */
    static ClassifiedArticle marker(final String id) {
        final Article article = Article.newBuilder()
                .setId(id)
                .setPublished(LocalDate.of(2022, 5, 26))
                .setHeadline("迎泽大街部分路段夜间施工")
                .setSource("太原日报")
                .setBody("5月25日，记者从市交警支队获悉，因管线施工需要，迎泽大街桥东街至五一广场段北半幅机动车道" + "将于5月26日至6月10日每日22时至次日6时封闭施工，请过往车辆提前绕行。")
                .build();
        return ClassifiedArticle.newBuilder()
                .setArticle(article)
                .setTopics(List.of("traffic"))
                .build();
    }

    private static <E> E lookup(final Map<String, E> words, final String word) {
        return word == null ? null : words.get(word);
    }

    private static String text(final JsonNode n, final String field) {
        return n.path(field).isTextual() ? n.path(field).asText() : null;
    }

    private static LocalDate date(final JsonNode n, final String field) {
        return n.path(field).isTextual() ? LocalDate.parse(n.path(field).asText()) : null;
    }

    /** One article on one topic feed. */
    record Labelled(String topic, ClassifiedArticle article) {}
}
