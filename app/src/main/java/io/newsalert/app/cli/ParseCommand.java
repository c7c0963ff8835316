package io.newsalert.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Reads page or article files and prints their articles as JSON lines. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Reads page or article files and prints their articles as JSON lines.")
public final class ParseCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newsalert parse: not available yet.");
        return 2;
    }
}
