package io.newsalert.streams.extract;

import io.newsalert.producer.page.PageInfo;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.schemas.Article;
import io.newsalert.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

/**
 * The seed page's two traffic articles, cut from the page text as the page reader would give them (headline,
 * body from {@code 本报讯} to the byline, paragraphs joined by a newline, no dateline field).
 */
public final class SeedArticles {

    public static final LocalDate EDITION = LocalDate.of(2022, 5, 25);
    public static final String AIRPORT = "施工占用停车场 机场出入有变更";
    public static final String GAS_MAINS = "更换燃气管线 占用部分道路";

    private SeedArticles() {}

    public static List<Article> traffic() {
        return List.of(article(AIRPORT, "seed-airport"), article(GAS_MAINS, "seed-gas-mains"));
    }

    public static Article article(final String headline, final String id) {
        final String page = page();
        final int at = page.indexOf(headline + "\n");
        final int start = page.indexOf("本报讯", at);
        final int end = page.indexOf("（张晋峰、刘海君）", start);
        final String body = String.join("\n", page.substring(start, end).strip().split("\\n\\s*\\n"));
        return Article.newBuilder()
                .setId(id)
                .setPublished(EDITION)
                .setHeadline(headline)
                .setBody(body)
                .setByline(List.of("张晋峰", "刘海君"))
                .build();
    }

    /** Every article of the seed page, as the producer's page reader reads it. */
    public static List<Article> wholePage() {
        return PageReaders.standard()
                .read(page(), new PageInfo("taiyuan-daily-2022-05-25-p2.txt", EDITION, "太原日报"))
                .articles();
    }

    private static String page() {
        try {
            return Files.readString(Corpus.file("taiyuan-daily-2022-05-25-p2.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
