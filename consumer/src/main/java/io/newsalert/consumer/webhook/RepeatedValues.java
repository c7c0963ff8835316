package io.newsalert.consumer.webhook;

import java.util.Arrays;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * A deserializer that returns the same object for the same bytes read one after the other: the delivery topic holds
 * one alert for each of its subscriptions in a row, so it is decoded (and later turned into JSON) once, not once per
 * subscription. Used by one consumer thread only.
 */
final class RepeatedValues<T> implements Deserializer<T> {

    private final Deserializer<T> inner;
    private byte[] lastBytes;
    private T lastValue;

    RepeatedValues(final Deserializer<T> inner) {
        this.inner = inner;
    }

    @Override
    public T deserialize(final String topic, final byte[] data) {
        if (data == null) {
            return null;
        }
        if (!Arrays.equals(data, lastBytes)) {
            lastValue = inner.deserialize(topic, data);
            lastBytes = data;
        }
        return lastValue;
    }

    @Override
    public void close() {
        inner.close();
    }
}
