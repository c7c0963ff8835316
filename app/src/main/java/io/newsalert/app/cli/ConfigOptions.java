package io.newsalert.app.cli;

import io.newsalert.app.config.ConfigLoader;
import io.newsalert.app.config.NewsalertConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --config} option every command that talks to Kafka or the alert service shares, and the one way they
 * load {@link NewsalertConfig}: bundled defaults, the file, the environment, then the command's own options.
 */
public final class ConfigOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

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

    /** The configuration, or a usage error naming what is wrong and where it came from. */
    NewsalertConfig load() {
        try {
            return new ConfigLoader(environment::get, environment).load(file, options);
        } catch (ConfigLoader.ConfigException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
