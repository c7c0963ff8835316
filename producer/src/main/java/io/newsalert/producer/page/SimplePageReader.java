package io.newsalert.producer.page;

import io.newsalert.schemas.Article;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first page reader: an article starts at each short line that is followed by a dateline paragraph; captions
 * end in {@code 摄}. Replaced by the full layout-aware reader.
 */
public final class SimplePageReader implements PageReader {

    private static final Pattern BYLINE = Pattern.compile("（([\\p{IsHan}、]{2,12})）$");
    private static final int MAX_HEADLINE = 30;

    @Override
    public PageResult read(final String text, final PageInfo page) {
        final LocalDate edition = page.editionDate() != null ? page.editionDate() : LocalDate.now(ZoneId.of("Asia/Shanghai"));
        final List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        final List<Article> articles = new ArrayList<>();
        final List<String> captions = new ArrayList<>();
        String headline = null;
        StringBuilder body = null;
        for (final String line : lines) {
            if (line.endsWith("摄")) {
                captions.add(line);
            } else if (line.length() <= MAX_HEADLINE && !line.endsWith("。")) {
                flush(articles, edition, headline, body, page);
                headline = line;
                body = new StringBuilder();
            } else if (body != null) {
                body.append(body.isEmpty() ? "" : "\n").append(line);
            }
        }
        flush(articles, edition, headline, body, page);
        return new PageResult(articles, captions, List.of(), List.of(), List.of());
    }

    private static void flush(final List<Article> out, final LocalDate edition, final String headline,
            final StringBuilder body, final PageInfo page) {
        if (headline == null || body == null || body.isEmpty()) {
            return;
        }
        String text = body.toString();
        final List<String> byline = new ArrayList<>();
        final Matcher m = BYLINE.matcher(text);
        if (m.find()) {
            byline.addAll(List.of(m.group(1).split("、")));
            text = text.substring(0, m.start());
        }
        out.add(Article.newBuilder().setId(ArticleIds.of(edition, headline, text)).setPublished(edition)
                .setHeadline(headline).setByline(byline).setBody(text).setSource(page.source()).build());
    }
}
