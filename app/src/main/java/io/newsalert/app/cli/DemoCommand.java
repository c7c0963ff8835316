package io.newsalert.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Runs everything in one JVM on an embedded Kafka broker. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Runs everything in one JVM on an embedded Kafka broker.")
public final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newsalert demo: not available yet.");
        return 2;
    }
}
