package io.newsalert.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Runs the alert service (alerts, delivery channels, HTTP API) against a Kafka cluster. */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Runs the alert service (alerts, delivery channels, HTTP API) against a Kafka cluster.")
public final class AlertsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newsalert alerts: not available yet.");
        return 2;
    }
}
