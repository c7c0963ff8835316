package io.newsalert.app.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Checks that a port can be bound before anything starts: a busy HTTP port found only after the broker and the
 * pipeline are up costs the user their start-up time and buries the cause under shutdown logs.
 */
final class Ports {

    private Ports() {}

    /**
     * Returns {@code port} when it can be bound on {@code host}, or a free port when it is 0; throws a user error
     * naming the port and {@code option} otherwise.
     */
    static int requireFree(final String host, final int port, final String option) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(host), port), 1);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new CleanErrors.UserError("port " + port + " on " + host + " is in use or cannot be bound ("
                    + e.getMessage() + "); choose another with " + option + " (0 takes any free port).");
        }
    }
}
