package io.newsalert.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Scores the page reader against a page and its gold file. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Scores the page reader against a page and its gold file.")
public final class EvalParseCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newsalert parse: not available yet.");
        return 2;
    }
}
