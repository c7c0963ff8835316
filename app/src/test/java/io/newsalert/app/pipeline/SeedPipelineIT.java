package io.newsalert.app.pipeline;

import io.newsalert.testing.EmbeddedKafkaCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The seed-page pipeline test on the embedded KRaft broker. */
class SeedPipelineIT extends AbstractSeedPipelineIT {

    private static EmbeddedKafkaCluster cluster;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = EmbeddedKafkaCluster.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        cluster.close();
    }

    @Override
    String bootstrapServers() {
        return cluster.bootstrapServers();
    }
}
