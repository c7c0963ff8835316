package io.newsalert.producer.input;

import io.newsalert.producer.page.PageInfo;
import io.newsalert.producer.page.PageReader;
import io.newsalert.producer.page.PageResult;
import io.newsalert.schemas.json.ArticleLines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The one way the application turns an input into articles. An input is a page text file (UTF-8 or GB18030/GBK,
 * detected), a {@code .jsonl} article file (ids kept), a folder (every page or article file in it) or {@code -}
 * for standard input. Bad inputs (empty, binary, unknown encoding, larger than the limit, no recognisable
 * article) are refused with a message that names them, without stopping the rest of a batch.
 */
public final class ArticleInputs {

    /** Inputs larger than this are refused without being loaded. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    /** The input name that stands for standard input. */
    public static final String STDIN = "-";

    private final PageReader reader;
    private final long maxBytes;

    public ArticleInputs(final PageReader reader) {
        this(reader, DEFAULT_MAX_BYTES);
    }

    public ArticleInputs(final PageReader reader, final long maxBytes) {
        this.reader = reader;
        this.maxBytes = maxBytes;
    }

    /**
     * What became of one input.
     *
     * @param name     the input, as named on the command line or found in a folder
     * @param result   its articles and what was set aside (empty when it could not be read)
     * @param problems messages for the user; the input failed when there are any
     */
    public record Outcome(String name, PageResult result, List<String> problems) {

        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean failed() {
            return !problems.isEmpty();
        }

        static Outcome failure(final String name, final String problem) {
            return new Outcome(
                    name, new PageResult(List.of(), List.of(), List.of(), List.of(), List.of()), List.of(problem));
        }
    }

    /** Replaces each folder among {@code inputs} by the page and article files in it, sorted by name. */
    public static List<String> expand(final List<String> inputs) {
        final List<String> expanded = new ArrayList<>();
        for (final String input : inputs) {
            final Path path = Path.of(input);
            if (!STDIN.equals(input) && Files.isDirectory(path)) {
                pagesIn(path).forEach(p -> expanded.add(p.toString()));
            } else {
                expanded.add(input);
            }
        }
        return expanded;
    }

    /** The page and article files in {@code folder}: {@code .txt}, {@code .jsonl} or no extension, not hidden. */
    public static List<Path> pagesIn(final Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(ArticleInputs::isPageFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** True for the files a folder is read for. */
    public static boolean isPageFile(final Path file) {
        final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".")
                && (name.endsWith(".txt")
                        || name.endsWith(".jsonl")
                        || name.endsWith(".ndjson")
                        || !name.contains("."));
    }

    /** Reads one input (a file, or {@code -} for {@code stdin}); never throws for a bad input. */
    public Outcome read(final String input, final LocalDate date, final String source, final InputStream stdin) {
        try {
            final byte[] bytes = STDIN.equals(input) ? readLimited(stdin, input) : readLimited(Path.of(input));
            return outcome(input, bytes, date, source);
        } catch (UnreadableInputException e) {
            return Outcome.failure(input, e.getMessage());
        } catch (IOException e) {
            return Outcome.failure(input, input + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    /**
     * Reads one input already in memory (an HTTP upload, say) with the same checks as a file: size, binary,
     * encoding (UTF-8 or GB18030/GBK), empty. Throws when the bytes cannot be read as text; an input with no
     * recognisable article comes back as a failed outcome.
     */
    public Outcome read(final String name, final byte[] bytes, final LocalDate date, final String source)
            throws UnreadableInputException {
        if (bytes.length > maxBytes) {
            throw new UnreadableInputException(name + ": is " + megabytes(bytes.length) + ", more than the "
                    + megabytes(maxBytes) + " a page may have; it was not read.");
        }
        return outcome(name, bytes, date, source);
    }

    /** Reads one file; throws when it cannot be turned into articles. */
    public PageResult read(final Path file, final LocalDate date, final String source) throws IOException {
        final Outcome outcome = outcome(file.toString(), readLimited(file), date, source);
        if (outcome.failed()) {
            throw new UnreadableInputException(String.join(" ", outcome.problems()));
        }
        return outcome.result();
    }

    private Outcome outcome(final String name, final byte[] bytes, final LocalDate date, final String source)
            throws UnreadableInputException {
        final String text = TextDecoding.decode(bytes, name);
        if (text.isBlank()) {
            throw new UnreadableInputException(name + ": the input is empty; there is nothing to read.");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".jsonl")
                || name.toLowerCase(Locale.ROOT).endsWith(".ndjson")
                || ArticleLines.looksLikeJsonLines(text)) {
            final ArticleLines.Read read = ArticleLines.read(text, name, date, source);
            final List<String> problems = new ArrayList<>(read.problems());
            if (read.articles().isEmpty() && problems.isEmpty()) {
                problems.add(name + ": holds no article.");
            }
            return new Outcome(
                    name, new PageResult(read.articles(), List.of(), List.of(), List.of(), List.of()), problems);
        }
        final String pageName = STDIN.equals(name)
                ? "standard input"
                : Path.of(name).getFileName().toString();
        final PageResult result = reader.read(text, new PageInfo(pageName, date, source));
        if (result.articles().isEmpty()) {
            return new Outcome(
                    name,
                    result,
                    List.of(name + ": no article could be recognised on this page ("
                            + text.lines().filter(l -> !l.isBlank()).count() + " lines of text, "
                            + result.captions().size() + " captions)."));
        }
        return new Outcome(name, result, List.of());
    }

    private byte[] readLimited(final Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new UnreadableInputException(file + ": no such file.");
        }
        if (Files.isDirectory(file)) {
            throw new UnreadableInputException(
                    file + ": is a folder; name the folder itself to read every page in it.");
        }
        final long size = Files.size(file);
        if (size > maxBytes) {
            throw new UnreadableInputException(
                    file + ": is " + megabytes(size) + ", more than the " + megabytes(maxBytes)
                            + " a page or article file may have; it was not read. Split it into smaller files.");
        }
        return Files.readAllBytes(file);
    }

    private byte[] readLimited(final InputStream in, final String name) throws IOException {
        final byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new UnreadableInputException(name + ": standard input holds more than " + megabytes(maxBytes)
                    + "; it was not read. Split it into smaller files.");
        }
        return bytes;
    }

    private static String megabytes(final long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
                : bytes + " bytes";
    }
}
