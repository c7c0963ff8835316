package io.newsalert.schemas;

import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with the serdes of its keys and values, so that a name never travels without them.
 *
 * @param name      the topic name
 * @param keySerde   serde of the keys
 * @param valueSerde serde of the values
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {}
