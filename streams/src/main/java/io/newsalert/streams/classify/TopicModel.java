package io.newsalert.streams.classify;

import io.newsalert.schemas.Article;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    /** The id of every word some feature holds; a word outside it can add no weight. */
    private final Map<String, Integer> vocabulary = new HashMap<>();
    /** The weighted features as numbers ({@link #key}), sorted, and their rows in the same order. */
    private final long[] keys;

    private final double[][] rows;

    TopicModel(final List<String> topics, final double[] bias, final Map<String, double[]> weights) {
        this(topics, bias.clone(), new HashMap<>(weights), null);
    }

    /** A model over these weights; its fingerprint is that of the text it was read from, or of its own text. */
    private TopicModel(
            final List<String> topics,
            final double[] bias,
            final Map<String, double[]> weights,
            final String fingerprint) {
        this.topics = List.copyOf(topics);
        this.bias = bias;
        this.weights = weights;
        this.fingerprint = fingerprint != null ? fingerprint : crc(write().getBytes(StandardCharsets.UTF_8));
        final TreeMap<Long, double[]> indexed = index();
        this.keys = indexed.keySet().stream().mapToLong(Long::longValue).toArray();
        this.rows = indexed.values().toArray(double[][]::new);
    }

    /**
     * Every weighted feature numbered by its part and word ids ({@link #key}), so that an article's features need no
     * strings. A feature of neither part can be present in no article and is left out.
     */
    private TreeMap<Long, double[]> index() {
        final TreeMap<Long, double[]> indexed = new TreeMap<>();
        weights.forEach((feature, row) -> {
            final boolean display = feature.startsWith(TopicFeatures.DISPLAY);
            if (!display && !feature.startsWith(TopicFeatures.BODY)) {
                return;
            }
            final String words = feature.substring(TopicFeatures.DISPLAY.length());
            final int pair = words.indexOf(TopicFeatures.PAIR);
            final int part = display ? 0 : 1;
            indexed.put(
                    pair < 0
                            ? key(part, id(words), -1)
                            : key(part, id(words.substring(0, pair)), id(words.substring(pair + 1))),
                    row);
        });
        return indexed;
    }

    private int id(final String word) {
        return vocabulary.computeIfAbsent(word, w -> vocabulary.size());
    }

    /** A feature as a number: its part, its first word's id and its second word's id plus one (0 for a word alone). */
    private static long key(final int part, final int first, final int second) {
        return (long) part << 62 | (long) first << 31 | second + 1;
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

    /** The probability of each of {@link #topics()} for an article. */
    double[] probabilities(final Article article) {
        final TopicFeatures.Words words = TopicFeatures.words(article);
        final long[] present =
                new long[2 * (words.display().size() + words.body().size())];
        int count = present(0, words.display(), present, 0);
        count = present(1, words.body(), present, count);
        Arrays.sort(present, 0, count);
        final double[] z = bias.clone();
        for (int i = 0; i < count; i++) {
            if (i > 0 && present[i] == present[i - 1]) {
                continue;
            }
            final int at = Arrays.binarySearch(keys, present[i]);
            if (at >= 0) {
                for (int t = 0; t < z.length; t++) {
                    z[t] += rows[at][t];
                }
            }
        }
        for (int t = 0; t < z.length; t++) {
            z[t] = 1 / (1 + Math.exp(-z[t]));
        }
        return z;
    }

    /** Writes the keys of the features a part's words make that some weight may hold; returns the new count. */
    private int present(final int part, final List<String> words, final long[] sink, final int from) {
        int count = from;
        int next = words.isEmpty() ? -1 : vocabulary.getOrDefault(words.get(0), -1);
        for (int i = 0; i < words.size(); i++) {
            final int id = next;
            next = i + 1 < words.size() ? vocabulary.getOrDefault(words.get(i + 1), -1) : -1;
            if (id >= 0) {
                sink[count++] = key(part, id, -1);
                if (next >= 0) {
                    sink[count++] = key(part, id, next);
                }
            }
        }
        return count;
    }

    private static void line(final StringBuilder out, final String feature, final double[] row) {
        out.append(feature);
        for (final double w : row) {
            out.append('\t').append(String.format(Locale.ROOT, "%.4f", w));
        }
        out.append('\n');
    }
}
