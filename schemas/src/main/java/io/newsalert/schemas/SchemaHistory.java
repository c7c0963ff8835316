package io.newsalert.schemas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.Schema;

/**
 * Every earlier version of the project's schemas, shipped as resources under {@code avro-history/}. A decoder that
 * knows them resolves records written by an older producer into the current generated classes.
 */
public final class SchemaHistory {

    private static final String FOLDER = "avro-history/";
    private static final Map<String, List<Schema>> BY_NAME = load();

    private SchemaHistory() {}

    /** Earlier versions of the record named {@code fullName}, oldest first; empty when it never changed. */
    public static List<Schema> olderVersionsOf(final String fullName) {
        return BY_NAME.getOrDefault(fullName, List.of());
    }

    private static Map<String, List<Schema>> load() {
        final List<Schema> schemas = new ArrayList<>();
        for (final String file : readLines(FOLDER + "INDEX")) {
            try (InputStream in = resource(FOLDER + file)) {
                schemas.add(parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read schema history file " + file + ".", e);
            }
        }
        return schemas.stream().collect(Collectors.groupingBy(Schema::getFullName));
    }

    /**
     * Parses one history file. History files name the enums they share with the current schemas ({@code Side},
     * {@code Lane}, {@code ClosureStatus}) instead of repeating them, as the current files do, so every reader
     * (this one, avsc, avro-tools) resolves them from one definition.
     */
    public static Schema parse(final InputStream in) throws IOException {
        final Schema.Parser parser = new Schema.Parser();
        parser.addTypes(List.of(Side.getClassSchema(), Lane.getClassSchema(), ClosureStatus.getClassSchema()));
        return parser.parse(in);
    }

    private static List<String> readLines(final String name) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ".", e);
        }
    }

    private static InputStream resource(final String name) throws IOException {
        final InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing resource " + name + ".");
        }
        return in;
    }
}
