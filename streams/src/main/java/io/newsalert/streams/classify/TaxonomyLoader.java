package io.newsalert.streams.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsalert.schemas.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a taxonomy YAML file (the bundled {@code taxonomy.yaml} by default) and says clearly what is wrong with it. */
public final class TaxonomyLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private TaxonomyLoader() {
    }

    public static Taxonomy loadDefault() {
        try (InputStream in = TaxonomyLoader.class.getClassLoader().getResourceAsStream("taxonomy.yaml")) {
            return parse(YAML.readTree(in), "the bundled taxonomy.yaml");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bundled taxonomy.", e);
        }
    }

    public static Taxonomy load(final Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(YAML.readTree(in), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read taxonomy file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Taxonomy parse(final JsonNode root, final String where) {
        final JsonNode topics = root == null ? null : root.get("topics");
        if (topics == null || !topics.isArray() || topics.isEmpty()) {
            throw new IllegalArgumentException("Taxonomy " + where + " has no 'topics' list.");
        }
        final List<Taxonomy.TopicDefinition> defs = new ArrayList<>();
        for (final JsonNode t : topics) {
            final String name = t.path("name").asText("");
            if (!name.matches("[a-z][a-z0-9_-]*")) {
                throw new IllegalArgumentException("Taxonomy " + where + ": topic name '" + name
                        + "' must be lower-case letters, digits, '-' or '_'.");
            }
            final List<Taxonomy.Term> terms = new ArrayList<>();
            for (final Map.Entry<String, JsonNode> e : t.path("terms").properties()) {
                terms.add(new Taxonomy.Term(e.getKey(), e.getValue().asDouble()));
            }
            defs.add(new Taxonomy.TopicDefinition(name, t.path("output").asText(Topics.FEED_PREFIX + name), terms,
                    t.path("threshold").asDouble(1.0)));
        }
        return new Taxonomy(defs);
    }
}
