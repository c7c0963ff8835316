package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.testing.Corpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code newsalert} processes: {@code serve --data-dir} keeps a subscription, the alerts and the token across
 * SIGTERM and a restart; {@code demo} removes its broker folder after SIGINT.
 */
@Tag("integration")
class ServeProcessIT {

    private static final Pattern DASHBOARD = Pattern.compile("Dashboard and API: +http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern DEMO_DATA = Pattern.compile("\\(data in (\\S+), removed on exit\\)");
    private static final Duration START = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        for (final Process p : processes) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A started process and the lines it printed so far. */
    private record Running(Process process, List<String> lines) {
        String await(final Pattern pattern, final Duration timeout) throws InterruptedException {
            final long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (final String line : lines) {
                    final Matcher m = pattern.matcher(line);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
                if (!process.isAlive()) {
                    throw new AssertionError("The process ended with " + process.exitValue() + ": " + lines);
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
            throw new AssertionError("No line matching " + pattern + " within " + timeout + ": " + lines);
        }
    }

    private Running start(final String... args) throws IOException {
        // As from a terminal: SIGINT at its default disposition, even when this build was started in the background
        // (which hands SIGINT down ignored, and the JVM then leaves it ignored). env execs java, so the pid is java's.
        final List<String> command = new ArrayList<>(List.of(
                "env",
                "--default-signal=INT",
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                "io.newsalert.app.Main"));
        command.addAll(List.of(args));
        final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("NEWSALERT_ADMIN_TOKEN");
        final Process process = builder.start();
        processes.add(process);
        final List<String> lines = new CopyOnWriteArrayList<>();
        final Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output ended: " + e.getMessage() + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
        return new Running(process, lines);
    }

    private static HttpResponse<String> send(
            final int port, final String method, final String path, final String token, final byte[] body)
            throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void until(final Duration timeout, final Predicate<Void> condition) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(null)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + timeout);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private static boolean alertsListed(final int port, final String token) {
        try {
            return send(port, "GET", "/api/alerts?topic=traffic", token, null)
                    .body()
                    .contains("更换燃气管线");
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void shouldKeepSubscriptionsAlertsAndTheTokenAcrossARestartOfServe() throws Exception {
        final Path data = dir.resolve("data");
        final Running first = start("serve", "--data-dir", data.toString(), "--port", "0", "--kafka-port", "0");
        final int port = Integer.parseInt(first.await(DASHBOARD, START));
        final String token = Files.readString(data.resolve("admin-token"), StandardCharsets.UTF_8)
                .strip();
        assertThat(String.join("\n", first.lines())).contains(token);

        final HttpResponse<String> page = send(
                port,
                "POST",
                "/api/pages?date=2022-05-25",
                token,
                Files.readAllBytes(Corpus.file("taiyuan-daily-2022-05-25-p2.txt")));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(202);
        final HttpResponse<String> created = send(
                port,
                "POST",
                "/api/subscriptions",
                token,
                ("{\"topics\": [\"traffic\"], \"webhook\": {\"url\": \"https://203.0.113.10/hook\"}}")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        final String id = created.body().replaceAll(".*\"id\":\"(sub_[0-9a-f]+)\".*", "$1");
        until(START, v -> alertsListed(port, token));

        first.process().destroy();
        assertThat(first.process().waitFor(90, TimeUnit.SECONDS))
                .as("stopped after SIGTERM")
                .isTrue();

        final Running second = start("serve", "--data-dir", data.toString(), "--port", "0", "--kafka-port", "0");
        final int again = Integer.parseInt(second.await(DASHBOARD, START));
        assertThat(String.join("\n", second.lines())).doesNotContain(token);

        assertThat(send(again, "GET", "/api/subscriptions/" + id, token, null).statusCode())
                .isEqualTo(200);
        until(START, v -> alertsListed(again, token));
    }

    @Test
    void shouldRemoveTheDemoFolderAfterSigint() throws Exception {
        final Running demo = start("demo", "--no-sample", "--port", "0", "--kafka-port", "0");
        final Path folder = Path.of(demo.await(DEMO_DATA, START));
        demo.await(Pattern.compile("(Running); press Ctrl-C"), START);
        assertThat(folder).isDirectory();

        new ProcessBuilder("kill", "-INT", Long.toString(demo.process().pid()))
                .start()
                .waitFor();

        assertThat(demo.process().waitFor(90, TimeUnit.SECONDS))
                .as("stopped after SIGINT")
                .isTrue();
        assertThat(folder).doesNotExist();
    }
}
