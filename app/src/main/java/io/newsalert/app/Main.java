package io.newsalert.app;

import io.newsalert.app.cli.NewsalertCommand;

/** Entry point of the {@code newsalert} command. */
public final class Main {

    private Main() {}

    public static void main(final String[] args) {
        System.exit(NewsalertCommand.commandLine().execute(args));
    }
}
