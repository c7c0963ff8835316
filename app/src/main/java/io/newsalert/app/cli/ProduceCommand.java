package io.newsalert.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Publishes the articles of page or article files to news.articles. */
@Command(name = "produce", mixinStandardHelpOptions = true, description = "Publishes the articles of page or article files to news.articles.")
public final class ProduceCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newsalert produce: not available yet.");
        return 2;
    }
}
