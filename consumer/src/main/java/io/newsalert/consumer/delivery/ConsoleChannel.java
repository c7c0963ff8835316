package io.newsalert.consumer.delivery;

import io.newsalert.schemas.Alert;
import java.io.PrintStream;

/** Prints each alert as one line: topic, headline and summary. */
public final class ConsoleChannel implements DeliveryChannel {

    private final PrintStream out;

    public ConsoleChannel(final PrintStream out) {
        this.out = out;
    }

    @Override
    public String name() {
        return "console";
    }

    @Override
    public void deliver(final Alert alert) {
        out.printf("[%s] %s — %s%n", alert.getTopic(), alert.getHeadline(), alert.getSummary());
    }
}
