package io.newsalert.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a merged configuration tree before it is bound: every problem is collected, each naming the setting
 * and where its value came from (the file, an environment variable or an option), so one run shows all there is to
 * fix.
 */
final class ConfigValidation {

    private static final Set<String> SECTIONS = Set.of("kafka", "streams", "alerts", "feeds");
    private static final Set<String> KNOWN = Set.of(
            "kafka.bootstrapServers",
            "kafka.partitions",
            "kafka.client",
            "kafka.compression",
            "kafka.timeoutSeconds",
            "alerts.http.host",
            "alerts.webhooks.secretKey",
            "alerts.webhooks.secretKeyFile",
            "streams.taxonomy",
            "streams.roads",
            "alerts.feeds",
            "alerts.http.port",
            "alerts.http.adminToken",
            "alerts.http.publicUrl",
            "alerts.webhooks.allowPrivateAddresses",
            "feeds.roadNetwork",
            "feeds.sender",
            "feeds.publisher",
            "feeds.homeArea",
            "feeds.dataSource",
            "feeds.contactEmail",
            "feeds.alertValidity");

    private final JsonNode root;
    private final Map<String, String> origins;
    private final List<String> problems = new ArrayList<>();

    private ConfigValidation(final JsonNode root, final Map<String, String> origins) {
        this.root = root;
        this.origins = origins;
    }

    /** Throws a {@link ConfigLoader.ConfigException} listing every problem of {@code root}; {@code file} for the header. */
    static void check(final JsonNode root, final Map<String, String> origins, final String file) {
        final ConfigValidation v = new ConfigValidation(root, origins);
        v.unknown(root, "");
        v.text("kafka.bootstrapServers", "[^,\\s]+:\\d{1,5}(,[^,\\s]+:\\d{1,5})*", "HOST:PORT[,HOST:PORT…]");
        v.integer("kafka.partitions", 1, 1000);
        v.text("kafka.compression", "none|gzip|snappy|lz4|zstd", "none, gzip, snappy, lz4 or zstd");
        v.integer("kafka.timeoutSeconds", 1, 3600);
        v.client();
        v.readableFile("streams.taxonomy");
        v.readableFile("streams.roads");
        v.feeds();
        v.integer("alerts.http.port", 0, 65535);
        final String token = v.value("alerts.http.adminToken").asText("");
        if (!token.isEmpty() && token.length() < 16) {
            v.problem("alerts.http.adminToken", "must be at least 16 characters (or empty to generate one)");
        }
        v.url("alerts.http.publicUrl");
        v.text("alerts.http.host", "[A-Za-z0-9.:\\[\\]-]*", "an address to bind to (127.0.0.1, 0.0.0.0, ::)");
        v.text(
                "alerts.webhooks.secretKey",
                "([A-Za-z0-9+/]{43}=(\\s*,\\s*[A-Za-z0-9+/]{43}=)*)?",
                "base64 of 32 random bytes (openssl rand -base64 32), comma-separated for several");
        v.text("alerts.webhooks.allowPrivateAddresses", "true|false", "true or false");
        v.readableFile("feeds.roadNetwork");
        v.text("feeds.sender", "[^\\s,<&]*", "an address with no spaces, commas, '<' or '&'");
        v.text("feeds.homeArea", "\\d{6}", "a 6-digit GB/T 2260 division code");
        v.text(
                "feeds.alertValidity",
                "P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?",
                "an ISO-8601 duration such as P7D or PT12H");
        if (!v.problems.isEmpty()) {
            throw new ConfigLoader.ConfigException(
                    "Configuration" + file + " is invalid:\n  - " + String.join("\n  - ", v.problems));
        }
    }

    private JsonNode value(final String path) {
        JsonNode node = root;
        for (final String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private void problem(final String path, final String message) {
        final String origin = origins.get(path);
        problems.add(path + (origin == null ? "" : " (from " + origin + ")") + " " + message);
    }

    private void unknown(final JsonNode node, final String prefix) {
        node.properties().forEach(e -> {
            final String path = prefix + e.getKey();
            if (KNOWN.contains(path)) {
                return;
            }
            if ((SECTIONS.contains(path) || path.equals("alerts.http") || path.equals("alerts.webhooks"))
                    && e.getValue().isObject()) {
                unknown(e.getValue(), path + ".");
            } else {
                problem(path, "is not a setting newsalert knows");
            }
        });
    }

    private void text(final String path, final String pattern, final String expected) {
        final JsonNode node = value(path);
        final String text = node.isValueNode() ? node.asText().strip() : "";
        if (!text.matches(pattern)) {
            problem(path, "must be " + expected + ", not '" + (node.isValueNode() ? text : node.toString()) + "'");
        }
    }

    private void integer(final String path, final int min, final int max) {
        final String text = value(path).asText().strip();
        try {
            final int number = Integer.parseInt(text);
            if (number < min || number > max) {
                problem(path, "must be between " + min + " and " + max + ", not " + number);
            }
        } catch (NumberFormatException e) {
            problem(path, "must be a whole number, not '" + text + "'");
        }
    }

    private void readableFile(final String path) {
        final String file = value(path).asText("").strip();
        if (!file.isEmpty() && !Files.isReadable(Path.of(file))) {
            problem(path, "names a file that cannot be read: " + file);
        }
    }

    private void feeds() {
        final JsonNode feeds = value("alerts.feeds");
        if (!feeds.isArray() || feeds.isEmpty()) {
            problem("alerts.feeds", "must be a non-empty list of topic names");
            return;
        }
        feeds.forEach(f -> {
            if (!f.asText().matches("[a-z0-9][a-z0-9_-]*")) {
                problem("alerts.feeds", "names must be lower-case words, not '" + f.asText() + "'");
            }
        });
    }

    private void client() {
        final JsonNode client = value("kafka.client");
        if (!client.isObject()) {
            problem("kafka.client", "must be a mapping of Kafka client settings");
            return;
        }
        client.properties().forEach(e -> {
            if (!e.getValue().isValueNode()) {
                problem("kafka.client." + e.getKey(), "must be a single value");
            } else if (e.getKey().equals("bootstrap.servers")) {
                problem("kafka.client." + e.getKey(), "is set by kafka.bootstrapServers");
            }
        });
    }

    private void url(final String path) {
        final String text = value(path).asText("").strip();
        if (text.isEmpty()) {
            return;
        }
        try {
            final URI uri = new URI(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                problem(path, "must be an http or https URL, not '" + text + "'");
            }
        } catch (URISyntaxException e) {
            problem(path, "must be an http or https URL, not '" + text + "'");
        }
    }
}
