package io.newsalert.app.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.newsalert.schemas.json.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@link NewsalertConfig} every command uses. Layers, each over the one before: the bundled
 * {@code newsalert.yaml} (the defaults), the deployment's file ({@code ${NAME:-default}} in it is replaced from the
 * environment), the environment variables of {@link #ENVIRONMENT} and {@code NEWSALERT_KAFKA_CLIENT_*}, then
 * command-line options. The result is checked by {@link ConfigValidation}, which reports every problem at once
 * naming the setting and where its value came from, and bound by Jackson.
 */
public final class ConfigLoader {

    /** Environment variables and the settings they override; docker-compose.yml sets the same names. */
    public static final Map<String, String> ENVIRONMENT = environmentNames();
    /** Prefix of the variables that set {@code kafka.client.*}: {@code _} becomes {@code .}, lower case. */
    public static final String CLIENT_PREFIX = "NEWSALERT_KAFKA_CLIENT_";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::-([^}]*))?}");
    private static final ObjectMapper YAML =
            JsonMappers.yaml().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Function<String, String> environment;
    private final Map<String, String> variables;

    /** A loader reading variables through {@code environment} (tests pass a map's {@code get}). */
    public ConfigLoader(final Function<String, String> environment) {
        this(environment, Map.of());
    }

    /** A loader that also knows every variable's name, to find the {@code NEWSALERT_KAFKA_CLIENT_*} ones. */
    public ConfigLoader(final Function<String, String> environment, final Map<String, String> allVariables) {
        this.environment = environment;
        this.variables = allVariables;
    }

    /** Loads the bundled defaults, {@code file} over them when it is not null, then the environment. */
    public NewsalertConfig load(final Path file) {
        return load(file, Map.of());
    }

    /**
     * As {@link #load(Path)}, then {@code options} over everything: setting path (such as
     * {@code kafka.bootstrapServers}) to the value given on the command line, by option name in {@code origins}.
     */
    public NewsalertConfig load(final Path file, final Map<String, Option> options) {
        final Map<String, String> origins = new LinkedHashMap<>();
        final ObjectNode root = (ObjectNode) parse(bundled(), "the bundled newsalert.yaml");
        if (file != null) {
            final String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigException("Cannot read configuration file " + file + ": " + e.getMessage());
            }
            final JsonNode layer = parse(substitute(text), "Configuration file " + file);
            if (!layer.isObject() && !layer.isMissingNode() && !layer.isNull()) {
                throw new ConfigException("Configuration file " + file + " must be a mapping of settings.");
            }
            if (layer.isObject()) {
                merge(root, (ObjectNode) layer, "", "file " + file, origins);
            }
        }
        ENVIRONMENT.forEach((name, path) -> {
            final String value = environment.apply(name);
            if (value != null && !value.isBlank()) {
                set(root, path, path.equals("alerts.feeds") ? list(value) : TextNode.valueOf(value.strip()));
                origins.put(path, "environment variable " + name);
            }
        });
        variables.forEach((name, value) -> {
            if (name.startsWith(CLIENT_PREFIX) && name.length() > CLIENT_PREFIX.length()) {
                final String key = name.substring(CLIENT_PREFIX.length())
                        .toLowerCase(Locale.ROOT)
                        .replace('_', '.');
                ((ObjectNode) root.path("kafka").path("client")).put(key, value);
                origins.put("kafka.client." + key, "environment variable " + name);
            }
        });
        options.forEach((path, option) -> {
            if (option.value() != null) {
                set(root, path, TextNode.valueOf(option.value()));
                origins.put(path, "option " + option.name());
            }
        });
        ConfigValidation.check(root, origins, file == null ? "" : " (file " + file + ")");
        try {
            return YAML.treeToValue(root, NewsalertConfig.class);
        } catch (IOException e) {
            throw new ConfigException("The configuration cannot be read: " + e.getMessage());
        }
    }

    /** A value given on the command line: the option's name, for messages, and its value (null: not given). */
    public record Option(String name, String value) {}

    private static JsonNode parse(final String text, final String where) {
        try {
            final JsonNode node = YAML.readTree(text);
            return node == null ? YAML.missingNode() : node;
        } catch (IOException e) {
            throw new ConfigException(where + " is not valid YAML: " + e.getMessage());
        }
    }

    private static void merge(
            final ObjectNode into,
            final ObjectNode layer,
            final String prefix,
            final String origin,
            final Map<String, String> origins) {
        layer.properties().forEach(e -> {
            final String path = prefix + e.getKey();
            final JsonNode existing = into.get(e.getKey());
            if (existing instanceof ObjectNode target
                    && e.getValue() instanceof ObjectNode nested
                    && !path.equals("kafka.client")) {
                merge(target, nested, path + ".", origin, origins);
            } else if (existing instanceof ObjectNode target && e.getValue() instanceof ObjectNode nested) {
                nested.properties().forEach(c -> origins.put(path + "." + c.getKey(), origin));
                target.setAll(nested);
            } else {
                into.set(e.getKey(), e.getValue());
                origins.put(path, origin);
            }
        });
    }

    private static void set(final ObjectNode root, final String path, final JsonNode value) {
        final String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (final String part : Arrays.copyOf(parts, parts.length - 1)) {
            node = node.get(part) instanceof ObjectNode child ? child : node.putObject(part);
        }
        node.set(parts[parts.length - 1], value);
    }

    private static ArrayNode list(final String commaSeparated) {
        final ArrayNode array = YAML.createArrayNode();
        Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(array::add);
        return array;
    }

    private static String bundled() {
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream("newsalert.yaml")) {
            if (in == null) {
                throw new ConfigException("newsalert.yaml is missing from the jar.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("Cannot read the bundled newsalert.yaml: " + e.getMessage());
        }
    }

    private String substitute(final String text) {
        final Matcher m = VARIABLE.matcher(text);
        final StringBuilder out = new StringBuilder();
        while (m.find()) {
            final String value = environment.apply(m.group(1));
            final String chosen = value != null ? value : m.group(2) == null ? "" : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(chosen));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> environmentNames() {
        final Map<String, String> names = new LinkedHashMap<>();
        names.put("NEWSALERT_BOOTSTRAP_SERVERS", "kafka.bootstrapServers");
        names.put("NEWSALERT_TOPIC_PARTITIONS", "kafka.partitions");
        names.put("NEWSALERT_COMPRESSION", "kafka.compression");
        names.put("NEWSALERT_KAFKA_TIMEOUT", "kafka.timeoutSeconds");
        names.put("NEWSALERT_TAXONOMY", "streams.taxonomy");
        names.put("NEWSALERT_ROADS", "streams.roads");
        names.put("NEWSALERT_FEEDS", "alerts.feeds");
        names.put("NEWSALERT_HTTP_HOST", "alerts.http.host");
        names.put("NEWSALERT_HTTP_PORT", "alerts.http.port");
        names.put("NEWSALERT_ADMIN_TOKEN", "alerts.http.adminToken");
        names.put("NEWSALERT_PUBLIC_URL", "alerts.http.publicUrl");
        names.put("NEWSALERT_ALLOW_PRIVATE_WEBHOOKS", "alerts.webhooks.allowPrivateAddresses");
        names.put("NEWSALERT_SECRET_KEY", "alerts.webhooks.secretKey");
        names.put("NEWSALERT_SECRET_KEY_FILE", "alerts.webhooks.secretKeyFile");
        names.put("NEWSALERT_ROAD_NETWORK", "feeds.roadNetwork");
        names.put("NEWSALERT_CAP_SENDER", "feeds.sender");
        names.put("NEWSALERT_PUBLISHER", "feeds.publisher");
        names.put("NEWSALERT_HOME_AREA", "feeds.homeArea");
        names.put("NEWSALERT_DATA_SOURCE", "feeds.dataSource");
        names.put("NEWSALERT_CONTACT_EMAIL", "feeds.contactEmail");
        names.put("NEWSALERT_ALERT_VALIDITY", "feeds.alertValidity");
        return Collections.unmodifiableMap(names);
    }

    /** A configuration that cannot be used; the message says what to fix. */
    public static final class ConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConfigException(final String message) {
            super(message);
        }
    }
}
