package io.newsalert.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Prints the traffic closures active on a date. */
@Command(name = "closures", mixinStandardHelpOptions = true, description = "Prints the traffic closures active on a date.")
public final class ClosuresCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newsalert closures: not available yet.");
        return 2;
    }
}
