package io.newsalert.app.cli;

import io.newsalert.app.config.ConfigLoader;
import io.newsalert.app.config.NewsalertConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --config} option every command that talks to Kafka or the alert service shares, and the one way they
 * load {@link NewsalertConfig}: bundled defaults, the file, the environment, then the command's own options.
 */
public final class ConfigOptions {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file over the bundled newsalert.yaml; environment variables and options win.")
    private Path file;

    private Map<String, String> environment = System.getenv();
    private final Map<String, ConfigLoader.Option> options = new LinkedHashMap<>();

    /** Reads variables from {@code variables} instead of the process environment (tests). */
    public ConfigOptions environment(final Map<String, String> variables) {
        this.environment = Map.copyOf(variables);
        return this;
    }

    /** Records that option {@code name} gave {@code value} (null: not given) for setting {@code path}. */
    ConfigOptions option(final String path, final String name, final Object value) {
        options.put(path, new ConfigLoader.Option(name, value == null ? null : value.toString()));
        return this;
    }

    /**
     * The configuration; a {@link ConfigLoader.ConfigException} listing every problem, each naming its setting and
     * source, which the command line prints as it is, without a stack trace.
     */
    NewsalertConfig load() {
        return new ConfigLoader(environment::get, environment).load(file, options);
    }
}
