package io.newsalert.producer.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.producer.json.ArticleJson;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.json.JsonMappers;
import java.io.IOException;
import java.io.Writer;

/** Writes each article as one JSON object on its own line, in the field order of the contract. */
final class JsonLinesSink implements ArticleSink {

    private static final ObjectMapper JSON = JsonMappers.standard();

    private final Writer out;

    JsonLinesSink(final Writer out) {
        this.out = out;
    }

    @Override
    public void write(final Article article) throws IOException {
        out.write(JSON.writeValueAsString(ArticleJson.toMap(article)));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
