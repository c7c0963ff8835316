package io.newsalert.streams.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.json.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a taxonomy YAML file (the bundled {@code taxonomy.yaml} by default) and says clearly what is wrong with it:
 * every problem names the file, the topic and the key, so a user who adds a topic finds a typo at once.
 */
public final class TaxonomyLoader {

    private static final ObjectMapper YAML = JsonMappers.yaml();
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern KAFKA_TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final Set<String> ROOT_KEYS = Set.of("version", "fields", "topics");
    private static final Set<String> TOPIC_KEYS = Set.of(
            "name",
            "output",
            "threshold",
            "bodyOnlyThreshold",
            "terms",
            "actions",
            "ignore",
            "description",
            "minSubject");

    private TaxonomyLoader() {}

    /** The taxonomy shipped in the jar. */
    public static Taxonomy loadDefault() {
        try (InputStream in = TaxonomyLoader.class.getClassLoader().getResourceAsStream("taxonomy.yaml")) {
            if (in == null) {
                throw new IllegalStateException("The bundled taxonomy.yaml is missing from the classpath.");
            }
            return parse(in.readAllBytes(), "the bundled taxonomy.yaml");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bundled taxonomy.", e);
        }
    }

    /** The user's file when one is given, else the bundled taxonomy. */
    public static Taxonomy loadOrDefault(final java.util.Optional<Path> file) {
        return file.map(TaxonomyLoader::load).orElseGet(TaxonomyLoader::loadDefault);
    }

    /** A user's taxonomy file, which replaces the bundled one. */
    public static Taxonomy load(final Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidTaxonomyException("Taxonomy file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new InvalidTaxonomyException("Cannot read taxonomy file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads taxonomy YAML from text; {@code where} names it in error messages. */
    public static Taxonomy parse(final String yaml, final String where) {
        return parse(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), where);
    }

    private static Taxonomy parse(final byte[] yaml, final String where) {
        final JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new InvalidTaxonomyException(
                    "Taxonomy " + where + " is not valid YAML: " + e.getOriginalMessage() + locationOf(e), e);
        } catch (IOException e) {
            throw new InvalidTaxonomyException("Cannot read taxonomy " + where + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidTaxonomyException("Taxonomy " + where + " must be a YAML mapping with a 'topics' list.");
        }
        checkKeys(root, ROOT_KEYS, "Taxonomy " + where);
        final JsonNode topics = root.get("topics");
        if (topics == null || !topics.isArray() || topics.isEmpty()) {
            throw new InvalidTaxonomyException("Taxonomy " + where + " has no 'topics' list.");
        }
        final List<Taxonomy.TopicDefinition> defs = new ArrayList<>();
        final Set<String> names = new HashSet<>();
        int index = 0;
        for (final JsonNode t : topics) {
            index++;
            final Taxonomy.TopicDefinition def = topic(t, "Taxonomy " + where + ", topic #" + index);
            if (!names.add(def.name())) {
                throw new InvalidTaxonomyException("Taxonomy " + where + " names topic '" + def.name() + "' twice.");
            }
            if (def.name().equals("other")) {
                throw new InvalidTaxonomyException(
                        "Taxonomy " + where + ": 'other' is reserved for unlabelled articles.");
            }
            defs.add(def);
        }
        return new Taxonomy(fields(root.get("fields"), "Taxonomy " + where), defs);
    }

    private static Map<Taxonomy.Part, Double> fields(final JsonNode node, final String where) {
        final Map<Taxonomy.Part, Double> weights = new EnumMap<>(Taxonomy.Part.class);
        if (node == null || node.isNull()) {
            return weights;
        }
        if (!node.isObject()) {
            throw new InvalidTaxonomyException(where + ": 'fields' must map headline/kicker/subtitle/body to weights.");
        }
        for (final Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            final Map.Entry<String, JsonNode> e = it.next();
            final Taxonomy.Part part;
            try {
                part = Taxonomy.Part.valueOf(e.getKey().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new InvalidTaxonomyException(
                        where + ": unknown field '" + e.getKey()
                                + "' in 'fields'; use headline, kicker, subtitle or body.",
                        ex);
            }
            weights.put(part, positive(e.getValue(), where + ", fields." + e.getKey()));
        }
        return weights;
    }

    private static Taxonomy.TopicDefinition topic(final JsonNode t, final String where) {
        if (!t.isObject()) {
            throw new InvalidTaxonomyException(where + " must be a mapping with name, terms and threshold.");
        }
        final String name = t.path("name").asText("");
        if (!NAME.matcher(name).matches()) {
            throw new InvalidTaxonomyException(where + ": topic name '" + name
                    + "' must start with a lower-case letter and hold only lower-case letters, digits, '-' or '_'.");
        }
        final String at = where + " ('" + name + "')";
        checkKeys(t, TOPIC_KEYS, at);
        final String output = t.hasNonNull("output") ? t.get("output").asText() : Topics.FEED_PREFIX + name;
        if (!KAFKA_TOPIC.matcher(output).matches()) {
            throw new InvalidTaxonomyException(at + ": output '" + output + "' is not a valid Kafka topic name.");
        }
        if (!t.has("threshold")) {
            throw new InvalidTaxonomyException(at + " has no 'threshold'.");
        }
        final double threshold = positive(t.get("threshold"), at + ", threshold");
        final double bodyOnly = t.has("bodyOnlyThreshold")
                ? positive(t.get("bodyOnlyThreshold"), at + ", bodyOnlyThreshold")
                : 2 * threshold;
        if (bodyOnly < threshold) {
            throw new InvalidTaxonomyException(
                    at + ": bodyOnlyThreshold (" + bodyOnly + ") must not be below threshold (" + threshold + ").");
        }
        final List<Taxonomy.Term> terms = new ArrayList<>(terms(t.get("terms"), at + ", terms", Taxonomy.Role.CUE));
        if (t.has("actions")) {
            terms.addAll(terms(t.get("actions"), at + ", actions", Taxonomy.Role.ACTION));
        }
        final Set<String> seen = new HashSet<>();
        for (final Taxonomy.Term term : terms) {
            if (!seen.add(term.text())) {
                throw new InvalidTaxonomyException(at + " lists term '" + term.text() + "' twice.");
            }
        }
        final double minSubject = t.has("minSubject") ? positive(t.get("minSubject"), at + ", minSubject") : 0;
        return new Taxonomy.TopicDefinition(
                name, output, threshold, bodyOnly, terms, ignore(t.get("ignore"), at), minSubject);
    }

    private static List<Taxonomy.Term> terms(final JsonNode node, final String where, final Taxonomy.Role role) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw new InvalidTaxonomyException(where + " must be a non-empty mapping of words to weights.");
        }
        final List<Taxonomy.Term> terms = new ArrayList<>();
        boolean anyPositive = false;
        for (final Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            final Map.Entry<String, JsonNode> e = it.next();
            final String text = word(e.getKey(), where);
            if (!e.getValue().isNumber()) {
                throw new InvalidTaxonomyException(where + ": the weight of term '" + text + "' is '"
                        + e.getValue().asText() + "', not a number.");
            }
            final double weight = e.getValue().asDouble();
            if (weight == 0 || !Double.isFinite(weight)) {
                throw new InvalidTaxonomyException(where + ": the weight of term '" + text
                        + "' must be a non-zero number; list words that must not count under 'ignore'.");
            }
            anyPositive |= weight > 0;
            terms.add(new Taxonomy.Term(text, weight, role));
        }
        if (!anyPositive) {
            throw new InvalidTaxonomyException(where + " has no term with a positive weight, so it can never match.");
        }
        return terms;
    }

    private static List<String> ignore(final JsonNode node, final String where) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidTaxonomyException(where + ": 'ignore' must be a list of phrases.");
        }
        final List<String> phrases = new ArrayList<>();
        node.forEach(p -> phrases.add(word(p.asText(""), where + ", ignore")));
        return phrases;
    }

    private static String word(final String text, final String where) {
        final String stripped = text.strip();
        if (stripped.isEmpty() || stripped.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidTaxonomyException(where + ": '" + text + "' must be a word or phrase without spaces.");
        }
        return stripped;
    }

    private static double positive(final JsonNode value, final String where) {
        if (value == null || !value.isNumber() || !(value.asDouble() > 0) || !Double.isFinite(value.asDouble())) {
            throw new InvalidTaxonomyException(
                    where + " must be a positive number, not '" + (value == null ? "" : value.asText()) + "'.");
        }
        return value.asDouble();
    }

    private static void checkKeys(final JsonNode node, final Set<String> known, final String where) {
        for (final Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            final String key = it.next();
            if (!known.contains(key)) {
                throw new InvalidTaxonomyException(where + ": unknown key '" + key + "'; known keys are "
                        + known.stream().sorted().toList() + ".");
            }
        }
    }

    private static String locationOf(final JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }
}
