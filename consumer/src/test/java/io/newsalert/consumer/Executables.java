package io.newsalert.consumer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs outside programs (validators, linters) from tests, feeding them text on standard input. */
public final class Executables {

    private Executables() {}

    /** What a program printed (standard output and error together) and how it exited. */
    public record Result(int exitCode, String output) {}

    /** The program {@code name} on the PATH, if there is one. */
    public static Optional<Path> onPath(final String name) {
        final String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Runs {@code command} with {@code input} on its standard input; gives up after a minute. */
    public static Result run(final String input, final String... command) throws IOException, InterruptedException {
        final Process p =
                new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        final String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(1, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within a minute.");
        }
        return new Result(p.exitValue(), output);
    }
}
