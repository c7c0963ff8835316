package io.newsalert.app.roles;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;

/**
 * Asks the cluster who its brokers are, with a short timeout, before a command makes a call that would block:
 * Kafka clients retry an unreachable address for a minute or more ({@code max.block.ms}, or forever in
 * {@code KafkaStreams.start()}), silently. One {@link Admin} call fails fast and lets the command say so in a line.
 */
public final class KafkaReachability {

    private KafkaReachability() {}

    /** Returns when the cluster at {@code bootstrapServers} answers within {@code timeout}; throws otherwise. */
    public static void require(final String bootstrapServers, final Map<String, ?> client, final Duration timeout)
            throws InterruptedException {
        final Map<String, Object> props = new HashMap<>(client);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 5_000));
        props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "newsalert-reachability");
        Admin admin = null;
        try {
            admin = Admin.create(props);
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes()
                    .get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new UnreachableException(bootstrapServers, timeout);
        } catch (KafkaException e) {
            throw new UnreachableException("Kafka at " + bootstrapServers + " cannot be used: " + e.getMessage()
                    + "; check the bootstrap servers (--bootstrap-servers or NEWSALERT_BOOTSTRAP_SERVERS).");
        } finally {
            if (admin != null) {
                admin.close(Duration.ofSeconds(1));
            }
        }
    }

    /** The cluster did not answer; the message names the address, the wait and what to check. */
    public static final class UnreachableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreachableException(final String bootstrapServers, final Duration timeout) {
            this("Kafka at " + bootstrapServers + " did not answer within " + timeout.toSeconds() + " s; check the "
                    + "address (--bootstrap-servers or NEWSALERT_BOOTSTRAP_SERVERS) and that the broker is running.");
        }

        UnreachableException(final String message) {
            super(message);
        }
    }
}
