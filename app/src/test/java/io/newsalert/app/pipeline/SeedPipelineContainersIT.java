package io.newsalert.app.pipeline;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The same seed-page pipeline test against Testcontainers' Kafka; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
class SeedPipelineContainersIT extends AbstractSeedPipelineIT {

    @Container
    private static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
