package io.newsalert.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Reads page or article files and prints each article with its topics and closures. */
@Command(name = "classify", mixinStandardHelpOptions = true, description = "Reads page or article files and prints each article with its topics and closures.")
public final class ClassifyCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newsalert classify: not available yet.");
        return 2;
    }
}
