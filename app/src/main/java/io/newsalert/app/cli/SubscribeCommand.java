package io.newsalert.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Creates, lists or deletes subscriptions through the alert service's HTTP API. */
@Command(name = "subscribe", mixinStandardHelpOptions = true, description = "Creates, lists or deletes subscriptions through the alert service's HTTP API.")
public final class SubscribeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newsalert subscribe: not available yet.");
        return 2;
    }
}
