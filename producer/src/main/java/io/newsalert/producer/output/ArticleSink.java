package io.newsalert.producer.output;

import io.newsalert.schemas.Article;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Where {@code newsalert parse} writes articles: JSON lines, or an Avro object container file. */
public interface ArticleSink extends AutoCloseable {

    /** Writes one article. */
    void write(Article article) throws IOException;

    /** Makes everything written so far visible to readers of the output. */
    void flush() throws IOException;

    @Override
    void close() throws IOException;

    /** JSON lines in the shape of docs/architecture.md's contract, UTF-8. */
    static ArticleSink jsonLines(final OutputStream out) {
        return new JsonLinesSink(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** JSON lines onto a writer that stays open when the sink is closed (a console, say). */
    static ArticleSink jsonLines(final Writer out) {
        return new JsonLinesSink(new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                out.flush();
            }
        });
    }

    /** An Avro object container file of {@code Article} records, which {@code avro-tools tojson} reads. */
    static ArticleSink avroFile(final OutputStream out) throws IOException {
        return new AvroFileSink(out);
    }
}
