package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubscribeCommandTest {

    /** What the stand-in API saw. */
    record Seen(String method, String path, String authorization, String body) {}

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private HttpServer api;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void startApi() throws IOException {
        api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/api/subscriptions", exchange -> {
            seen.add(new Seen(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            final byte[] answer = "{\"id\":\"sub_1\",\"secret\":\"whsec_abc\"}".getBytes(StandardCharsets.UTF_8);
            if (exchange.getRequestMethod().equals("DELETE")) {
                exchange.sendResponseHeaders(204, -1);
            } else {
                exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 201 : 200, answer.length);
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        api.start();
    }

    @AfterEach
    void stopApi() {
        api.stop(0);
    }

    private int run(final String... args) {
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        final String[] all = new String[args.length + 5];
        all[0] = "subscribe";
        all[1] = "--server";
        all[2] = "http://127.0.0.1:" + api.getAddress().getPort();
        all[3] = "--token";
        all[4] = "admin-token-for-tests";
        System.arraycopy(args, 0, all, 5, args.length);
        return cli.execute(all);
    }

    @Test
    void shouldCreateASubscriptionWithTheTokenTopicsFilterAndWebhook() {
        final int code = run("--topics", "traffic,safety", "--road", "桃园北路", "--url", "https://example.org/h");

        assertThat(code).isZero();
        assertThat(seen).singleElement().satisfies(s -> {
            assertThat(s.method()).isEqualTo("POST");
            assertThat(s.authorization()).isEqualTo("Bearer admin-token-for-tests");
            assertThat(s.body())
                    .contains(
                            "\"topics\":[\"traffic\",\"safety\"]",
                            "\"roads\":[\"桃园北路\"]",
                            "\"url\":\"https://example.org/h\"")
                    .doesNotContain("secret");
        });
        assertThat(out.toString()).contains("sub_1", "whsec_abc");
    }

    @Test
    void shouldDeleteASubscription() {
        assertThat(run("--delete", "sub_1")).isZero();
        assertThat(seen)
                .singleElement()
                .satisfies(s -> assertThat(s.method() + " " + s.path()).isEqualTo("DELETE /api/subscriptions/sub_1"));
    }

    @Test
    void shouldListSubscriptions() {
        assertThat(run("--list")).isZero();
        assertThat(seen).singleElement().satisfies(s -> assertThat(s.method()).isEqualTo("GET"));
    }

    @Test
    void shouldAskForTopicsAndUrlWhenCreating() {
        assertThat(run("--topics", "traffic")).isEqualTo(2);
        assertThat(err.toString()).contains("--url");
        assertThat(seen).isEmpty();
    }
}
