package io.newsalert.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for a generated Avro class, in Avro's single-object encoding: each record carries the
 * fingerprint of the schema it was written with, so a reader resolves records written with any version shipped
 * in {@link SchemaHistory} without a schema registry.
 *
 * @param <T> the generated record class
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSerde(final Class<T> type, final List<Schema> olderSchemas) {
        final SpecificData model = new SpecificData(type.getClassLoader());
        // Nested records (closures inside alerts) carry nullable dates too: the model needs the conversions.
        model.addLogicalTypeConversion(new TimeConversions.DateConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        final Schema current = model.getSchema(type);
        this.type = type;
        this.encoder = new BinaryMessageEncoder<>(model, current);
        this.decoder = new BinaryMessageDecoder<>(model, current);
        olderSchemas.forEach(decoder::addSchema);
    }

    /** A serde for {@code type} that also reads every earlier version of its schema. */
    public static <T extends SpecificRecord> AvroSerde<T> of(final Class<T> type) {
        final Schema current = SpecificData.get().getSchema(type);
        return new AvroSerde<>(type, SchemaHistory.olderVersionsOf(current.getFullName()));
    }

    /** Encodes one record; exposed for files and tests that need the bytes without Kafka. */
    public byte[] encode(final T value) {
        try {
            final ByteBuffer buffer = encoder.encode(value);
            final byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes one record written with the current or any earlier schema version. */
    public T decode(final byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException(
                    "Cannot decode a " + type.getSimpleName() + " record (" + bytes.length + " bytes): "
                            + e.getMessage(),
                    e);
        }
    }

    /** Decodes from a stream; used for container-free files of concatenated records. */
    public T decode(final InputStream in) throws IOException {
        return decoder.decode(in);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : encode(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }
}
