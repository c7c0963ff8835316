package io.newsalert.producer.input;

import io.newsalert.producer.page.PageInfo;
import io.newsalert.producer.page.PageReader;
import io.newsalert.producer.page.PageResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Reads one input file (a page of text) into articles with the configured page reader. */
public final class ArticleInputs {

    private final PageReader reader;

    public ArticleInputs(final PageReader reader) {
        this.reader = reader;
    }

    /** Reads {@code file} as a UTF-8 page with edition date {@code date} (null: inferred). */
    public PageResult read(final Path file, final LocalDate date, final String source) throws IOException {
        final String text = Files.readString(file, StandardCharsets.UTF_8);
        return reader.read(text, new PageInfo(file.getFileName().toString(), date, source));
    }
}
