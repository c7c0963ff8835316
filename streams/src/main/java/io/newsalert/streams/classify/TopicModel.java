package io.newsalert.streams.classify;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * A logistic-regression model per topic over {@link TopicFeatures}: the probability that an article belongs to a
 * topic is {@code σ(bias + Σ weight of each feature present)}. It learns the words of the labelled articles that
 * the lexicon has no entry for (a kitchen pot boiled dry, a worker fainting in a tank) and weighs a word by all the
 * articles it appeared in, not by a rule written for one. Stored as tab-separated text (a line per feature with
 * one weight per topic), so a retrained model can be compared and reviewed line by line. Immutable.
 */
public final class TopicModel {

    /** The bundled model, trained on the repository's labelled corpus by {@code newsalert train-topics}. */
    public static final String RESOURCE = "/topic-model.tsv";

    private static final String HEADER = "# newsalert topic model 1";
    private static final String BIAS = "<bias>";

    private final List<String> topics;
    private final double[] bias;
    private final Map<String, double[]> weights;
    private final String fingerprint;

    TopicModel(final List<String> topics, final double[] bias, final Map<String, double[]> weights) {
        this.topics = List.copyOf(topics);
        this.bias = bias.clone();
        this.weights = new HashMap<>(weights);
        this.fingerprint = crc(write().getBytes(StandardCharsets.UTF_8));
    }

    private TopicModel(
            final List<String> topics,
            final double[] bias,
            final Map<String, double[]> weights,
            final String fingerprint) {
        this.topics = List.copyOf(topics);
        this.bias = bias;
        this.weights = weights;
        this.fingerprint = fingerprint;
    }

    /** The bundled model, if the jar carries one. */
    public static Optional<TopicModel> bundled() {
        try (InputStream in = TopicModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled topic model " + RESOURCE + ".", e);
        }
    }

    /** Reads a model written by {@link #write()}; its fingerprint is that of the text read. */
    public static TopicModel read(final InputStream in) throws IOException {
        final byte[] text = in.readAllBytes();
        final BufferedReader reader =
                new BufferedReader(new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8));
        if (!HEADER.equals(reader.readLine())) {
            throw new IOException("Not a topic model: the first line must be '" + HEADER + "'.");
        }
        final String[] names = reader.readLine().split("\t");
        final List<String> topics = List.of(names).subList(1, names.length);
        double[] bias = new double[topics.size()];
        final Map<String, double[]> weights = new HashMap<>();
        int number = 2;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            final String[] cells = line.split("\t");
            if (cells.length != topics.size() + 1) {
                throw new IOException("Topic model line " + number + " has " + cells.length + " cells, not "
                        + (topics.size() + 1) + ".");
            }
            final double[] row = new double[topics.size()];
            for (int t = 0; t < row.length; t++) {
                row[t] = Double.parseDouble(cells[t + 1]);
            }
            if (BIAS.equals(cells[0])) {
                bias = row;
            } else {
                weights.put(cells[0], row);
            }
        }
        return new TopicModel(topics, bias, weights, crc(text));
    }

    private static String crc(final byte[] bytes) {
        final CRC32 crc = new CRC32();
        crc.update(bytes);
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    /** The model as text: a header, the topics, the biases, then one line per feature in sorted order. */
    public String write() {
        final StringBuilder out = new StringBuilder(HEADER).append('\n').append("feature");
        topics.forEach(t -> out.append('\t').append(t));
        out.append('\n');
        line(out, BIAS, bias);
        new TreeMap<>(weights).forEach((feature, row) -> line(out, feature, row));
        return out.toString();
    }

    public List<String> topics() {
        return topics;
    }

    /** A short checksum of the weights, carried in the classifier's version. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The probability of each of {@link #topics()} for an article with these features. */
    double[] probabilities(final Collection<String> features) {
        final double[] z = bias.clone();
        for (final String feature : features) {
            final double[] row = weights.get(feature);
            if (row != null) {
                for (int t = 0; t < z.length; t++) {
                    z[t] += row[t];
                }
            }
        }
        for (int t = 0; t < z.length; t++) {
            z[t] = 1 / (1 + Math.exp(-z[t]));
        }
        return z;
    }

    private static void line(final StringBuilder out, final String feature, final double[] row) {
        out.append(feature);
        for (final double w : row) {
            out.append('\t').append(String.format(Locale.ROOT, "%.4f", w));
        }
        out.append('\n');
    }
}
