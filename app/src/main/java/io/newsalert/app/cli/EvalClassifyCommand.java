package io.newsalert.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Scores the classifier against labelled article files. */
@Command(name = "classify", mixinStandardHelpOptions = true, description = "Scores the classifier against labelled article files.")
public final class EvalClassifyCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newsalert classify: not available yet.");
        return 2;
    }
}
