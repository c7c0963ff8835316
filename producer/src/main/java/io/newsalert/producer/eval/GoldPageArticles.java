package io.newsalert.producer.eval;

import io.newsalert.schemas.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of a page with gold ({@code X.txt} + {@code X.gold.json}), cut from the page text by the gold's first
 * and last characters, with the gold headline, kicker, subtitle and labels. Independent of any page reader, so the
 * classifier is tested and trained on the page's real text whatever the parser makes of it. An article whose first
 * or last characters run across a line break of the page text cannot be cut this way and is left out.
 */
public final class GoldPageArticles {

    private GoldPageArticles() {}

    /** An article cut from a page, with the topics of its gold. */
    public record Labelled(Article article, List<String> labels) {

        public Labelled {
            labels = List.copyOf(labels);
        }
    }

    /** The articles of the gold that can be cut from the page text, in page order. */
    public static List<Labelled> read(final Path text, final Path gold) throws IOException {
        final String page = Files.readString(text, StandardCharsets.UTF_8);
        final GoldPage goldPage = GoldPage.read(gold);
        final List<Labelled> articles = new ArrayList<>();
        int n = 0;
        for (final GoldPage.GoldArticle a : goldPage.articles()) {
            n++;
            final int start = page.indexOf(a.firstChars());
            final int end = page.indexOf(a.lastChars(), Math.max(start, 0));
            if (start < 0 || end < 0) {
                continue;
            }
            final Article article = Article.newBuilder()
                    .setId(text.getFileName() + "#" + n)
                    .setPublished(goldPage.published())
                    .setHeadline(a.headline())
                    .setKicker(a.kicker())
                    .setSubtitle(a.subtitle())
                    .setBody(page.substring(start, end + a.lastChars().length()))
                    .build();
            articles.add(new Labelled(article, a.labels()));
        }
        return articles;
    }
}
