package io.newsalert.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsalert.app.config.NewsalertConfig;
import io.newsalert.schemas.json.JsonMappers;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Creates, lists, shows or deletes webhook subscriptions through the alert service's HTTP API, with the admin
 * token from {@code --token} or the configuration's {@code alerts.http.adminToken} ({@code NEWSALERT_ADMIN_TOKEN}).
 * Prints the service's JSON answer.
 */
@Command(
        name = "subscribe",
        mixinStandardHelpOptions = true,
        description = "Creates, lists, shows or deletes webhook subscriptions through the alert service's HTTP API.",
        footer = {
            "",
            "Examples:",
            "  newsalert subscribe --topics traffic,safety --url https://hooks.example.org/na",
            "  newsalert subscribe --topics traffic --road 桃园北路 --url https://hooks.example.org/na",
            "  newsalert subscribe --list",
            "  newsalert subscribe --delete sub_0123456789abcdef"
        })
public final class SubscribeCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = JsonMappers.standard();

    @Spec
    private CommandSpec spec;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "The alert service (default: the configuration's alerts.http.publicUrl, else "
                    + "http://127.0.0.1:<alerts.http.port>).")
    private URI server;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description = "Admin token (default: the configuration's alerts.http.adminToken, NEWSALERT_ADMIN_TOKEN).")
    private String token;

    @ArgGroup(exclusive = true)
    private Action action = new Action();

    @Option(
            names = "--topics",
            paramLabel = "T[,T…]",
            split = ",",
            description = "Topics to follow, e.g. traffic,safety.")
    private List<String> topics = new ArrayList<>();

    @Option(names = "--url", paramLabel = "URL", description = "The webhook URL (http or https).")
    private String url;

    @Option(
            names = "--secret",
            paramLabel = "whsec_…",
            description = "Signing secret; generated and printed once when left out.")
    private String secret;

    @Option(
            names = "--keyword",
            paramLabel = "WORD",
            description = "Only alerts mentioning one of these words (repeatable).")
    private List<String> keywords = new ArrayList<>();

    @Option(names = "--road", paramLabel = "ROAD", description = "Only alerts naming one of these roads (repeatable).")
    private List<String> roads = new ArrayList<>();

    /** What to do besides creating. */
    static final class Action {
        @Option(names = "--list", description = "List the subscriptions.")
        boolean list;

        @Option(names = "--show", paramLabel = "ID", description = "Show one subscription.")
        String show;

        @Option(names = "--delete", paramLabel = "ID", description = "Delete one subscription.")
        String delete;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final NewsalertConfig settings =
                config.option("alerts.http.adminToken", "--token", token).load();
        final String bearer = settings.alerts().adminToken();
        final URI server = this.server != null
                ? this.server
                : URI.create(
                        settings.alerts().publicUrl().isEmpty()
                                ? "http://127.0.0.1:" + settings.alerts().httpPort()
                                : settings.alerts().publicUrl());
        if (bearer == null || bearer.isBlank()) {
            err.println("newsalert subscribe: give the admin token with --token or NEWSALERT_ADMIN_TOKEN.");
            return 2;
        }
        final HttpRequest.Builder request;
        if (action.list) {
            request =
                    HttpRequest.newBuilder(server.resolve("/api/subscriptions")).GET();
        } else if (action.show != null) {
            request = HttpRequest.newBuilder(server.resolve("/api/subscriptions/" + action.show))
                    .GET();
        } else if (action.delete != null) {
            request = HttpRequest.newBuilder(server.resolve("/api/subscriptions/" + action.delete))
                    .DELETE();
        } else {
            if (topics.isEmpty() || url == null) {
                err.println("newsalert subscribe: give --topics and --url to create a subscription "
                        + "(or --list, --show ID, --delete ID).");
                return 2;
            }
            request = HttpRequest.newBuilder(server.resolve("/api/subscriptions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(), StandardCharsets.UTF_8));
        }
        final HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()
                    .send(
                            request.header("Authorization", "Bearer " + bearer)
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CleanErrors.UserError("cannot reach the alert service at " + server + " ("
                    + CleanErrors.describe(e) + "); start it (newsalert alerts, serve or demo) or give --server URL.");
        }
        if (response.statusCode() >= 300) {
            err.printf("newsalert subscribe: the service answered %d: %s%n", response.statusCode(), response.body());
            return 1;
        }
        if (response.statusCode() == 204) {
            out.println("Deleted.");
        } else {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(response.body())));
        }
        return 0;
    }

    String body() throws IOException {
        final ObjectNode root = JSON.createObjectNode();
        final ArrayNode t = root.putArray("topics");
        topics.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(t::add);
        final ObjectNode filter = root.putObject("filter");
        keywords.forEach(filter.putArray("keywords")::add);
        roads.forEach(filter.putArray("roads")::add);
        final ObjectNode webhook = root.putObject("webhook");
        webhook.put("url", url);
        if (secret != null) {
            webhook.put("secret", secret);
        }
        return JSON.writeValueAsString(root);
    }
}
