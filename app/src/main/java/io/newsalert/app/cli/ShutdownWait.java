package io.newsalert.app.cli;

import io.newsalert.app.broker.EmbeddedBroker;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How the all-in-one commands ({@code demo}, {@code serve}) wait for Ctrl-C or SIGTERM. The shutdown hook holds the
 * JVM until the command has closed every role and the broker (or 60 s have passed); without that wait the JVM would
 * exit half-way through the clean-up and leave the broker's data behind.
 */
final class ShutdownWait {

    private ShutdownWait() {}

    /** Blocks until the JVM is asked to stop; the command counts {@code finished} down once it has closed all. */
    static void awaitStop(final EmbeddedBroker broker, final CountDownLatch finished, final String threadName)
            throws InterruptedException {
        final CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stop.countDown();
                            try {
                                if (!finished.await(60, TimeUnit.SECONDS)) {
                                    broker.close();
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        threadName));
        stop.await();
    }
}
