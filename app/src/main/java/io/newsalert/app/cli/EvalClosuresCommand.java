package io.newsalert.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Scores the closure extractor against labelled article files. */
@Command(name = "closures", mixinStandardHelpOptions = true, description = "Scores the closure extractor against labelled article files.")
public final class EvalClosuresCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newsalert closures: not available yet.");
        return 2;
    }
}
