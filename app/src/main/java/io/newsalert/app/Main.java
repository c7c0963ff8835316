package io.newsalert.app;

import io.newsalert.app.cli.NewsalertCommand;
import io.newsalert.streams.classify.Classifiers;
import java.util.Set;

/** Entry point of the {@code newsalert} command. */
public final class Main {

    private Main() {}

    /** The commands that classify articles on start: HanLP's dictionaries load beside their start-up. */
    private static final Set<String> CLASSIFYING = Set.of("classify", "demo", "serve", "streams");

    public static void main(final String[] args) {
        if (args.length > 0 && CLASSIFYING.contains(args[0])) {
            Classifiers.preload();
        }
        System.exit(NewsalertCommand.commandLine().execute(args));
    }
}
