package io.newsalert.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Runs the classification and routing topology against a Kafka cluster. */
@Command(name = "streams", mixinStandardHelpOptions = true, description = "Runs the classification and routing topology against a Kafka cluster.")
public final class StreamsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newsalert streams: not available yet.");
        return 2;
    }
}
