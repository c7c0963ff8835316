package io.newsalert.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link NewsalertConfig} from YAML. {@code ${NAME:-default}} is replaced by the environment variable
 * {@code NAME} when it is set, else by the default; every value is then checked, and all problems are reported
 * together, naming the file.
 */
public final class ConfigLoader {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::-([^}]*))?}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Function<String, String> environment;

    public ConfigLoader(final Function<String, String> environment) {
        this.environment = environment;
    }

    /** The loader of a real process: variables from {@link System#getenv(String)}. */
    public static ConfigLoader fromEnvironment() {
        return new ConfigLoader(System::getenv);
    }

    /** Loads {@code file}, or the bundled {@code newsalert.yaml} when it is null. */
    public NewsalertConfig load(final Path file) {
        final String where = file == null ? "the bundled newsalert.yaml" : file.toString();
        final String text;
        try {
            text = file == null ? bundled() : Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("Cannot read configuration file " + where + ": " + e.getMessage());
        }
        final JsonNode root;
        try {
            root = YAML.readTree(substitute(text));
        } catch (IOException e) {
            throw new ConfigException("Configuration file " + where + " is not valid YAML: " + e.getMessage());
        }
        return validate(root == null ? YAML.createObjectNode() : root, where);
    }

    private static String bundled() throws IOException {
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream("newsalert.yaml")) {
            if (in == null) {
                throw new IOException("newsalert.yaml is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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

    private static NewsalertConfig validate(final JsonNode root, final String where) {
        final List<String> problems = new ArrayList<>();
        final JsonNode kafka = root.path("kafka");
        final String servers = kafka.path("bootstrapServers").asText("127.0.0.1:9092").strip();
        if (!servers.matches("[^,\\s]+:\\d{1,5}(,[^,\\s]+:\\d{1,5})*")) {
            problems.add("kafka.bootstrapServers must be HOST:PORT[,HOST:PORT…], not '" + servers + "'");
        }
        final int partitions = intValue(kafka.path("partitions"), 3, "kafka.partitions", 1, 1000, problems);
        final String compression = kafka.path("compression").asText("gzip").strip().toLowerCase(Locale.ROOT);
        if (!List.of("none", "gzip", "snappy", "lz4", "zstd").contains(compression)) {
            problems.add("kafka.compression must be none, gzip, snappy, lz4 or zstd, not '" + compression + "'");
        }
        final int timeout = intValue(kafka.path("timeoutSeconds"), 15, "kafka.timeoutSeconds", 1, 3600, problems);
        final Map<String, String> client = new LinkedHashMap<>();
        kafka.path("client").properties().forEach(e -> client.put(e.getKey(), e.getValue().asText()));

        final JsonNode streams = root.path("streams");
        final String taxonomy = streams.path("taxonomy").asText("").strip();
        final String roads = streams.path("roads").asText("").strip();
        for (final String[] f : new String[][] {{"streams.taxonomy", taxonomy}, {"streams.roads", roads}}) {
            if (!f[1].isEmpty() && !Files.isReadable(Path.of(f[1]))) {
                problems.add(f[0] + " names a file that cannot be read: " + f[1]);
            }
        }

        final JsonNode alerts = root.path("alerts");
        final List<String> feeds = new ArrayList<>();
        final JsonNode feedNode = alerts.path("feeds");
        if (feedNode.isMissingNode()) {
            feeds.addAll(List.of("traffic", "employment", "safety"));
        } else if (!feedNode.isArray()) {
            problems.add("alerts.feeds must be a list of topic names");
        } else {
            feedNode.forEach(n -> feeds.add(n.asText()));
        }
        final JsonNode http = alerts.path("http");
        final int port = intValue(http.path("port"), 8080, "alerts.http.port", 0, 65535, problems);
        final String token = http.path("adminToken").asText("").strip();
        if (!token.isEmpty() && token.length() < 16) {
            problems.add("alerts.http.adminToken must be at least 16 characters (or empty to generate one)");
        }
        final String publicUrl = http.path("publicUrl").asText("").strip();
        final String host = http.path("host").asText("").strip();
        if (!host.isEmpty() && !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            problems.add("alerts.http.host must be an address to bind to (127.0.0.1, 0.0.0.0, ::), not '" + host + "'");
        }
        final String secretKeys = alerts.path("webhooks").path("secretKey").asText("").strip();
        final String secretKeyFile = alerts.path("webhooks").path("secretKeyFile").asText("").strip();
        for (final String k : secretKeys.isEmpty() ? new String[0] : secretKeys.split(",")) {
            if (!k.strip().matches("[A-Za-z0-9+/]{43}=")) {
                problems.add("alerts.webhooks.secretKey must be base64 of 32 random bytes (openssl rand -base64 32), "
                        + "comma-separated for several");
                break;
            }
        }
        final String allow = alerts.path("webhooks").path("allowPrivateAddresses").asText("false").strip();
        if (!allow.equals("true") && !allow.equals("false")) {
            problems.add("alerts.webhooks.allowPrivateAddresses must be true or false, not '" + allow + "'");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException("Configuration " + where + " is invalid:\n  - " + String.join("\n  - ", problems));
        }
        return new NewsalertConfig(new NewsalertConfig.Kafka(servers, partitions, client, compression,
                        Duration.ofSeconds(timeout)),
                new NewsalertConfig.Streams(taxonomy, roads),
                new NewsalertConfig.Alerts(feeds, port, token, publicUrl, Boolean.parseBoolean(allow), host, secretKeys,
                        secretKeyFile));
    }

    private static int intValue(final JsonNode node, final int fallback, final String name, final int min,
            final int max, final List<String> problems) {
        if (node.isMissingNode() || node.isNull() || node.asText().isBlank()) {
            return fallback;
        }
        final String text = node.asText().strip();
        try {
            final int value = Integer.parseInt(text);
            if (value < min || value > max) {
                problems.add(name + " must be between " + min + " and " + max + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(name + " must be a whole number, not '" + text + "'");
            return fallback;
        }
    }

    /** A configuration that cannot be used; the message says what to fix. */
    public static final class ConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConfigException(final String message) {
            super(message);
        }
    }
}
