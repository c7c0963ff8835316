package io.newsalert.producer.output;

import io.newsalert.schemas.Article;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Writes articles into an Avro object container file: the {@code Article} schema in the header, records in
 * deflate-compressed blocks, readable by any Avro tool without this project's classes.
 */
final class AvroFileSink implements ArticleSink {

    private static final int DEFLATE_LEVEL = 6;

    private final DataFileWriter<Article> writer;

    AvroFileSink(final OutputStream out) throws IOException {
        this.writer = new DataFileWriter<>(new SpecificDatumWriter<>(Article.class));
        writer.setCodec(CodecFactory.deflateCodec(DEFLATE_LEVEL));
        writer.setMeta("newsalert.content", "news articles read from newspaper pages");
        writer.create(Article.getClassSchema(), out);
    }

    @Override
    public void write(final Article article) throws IOException {
        writer.append(article);
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
