package io.newsalert.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository's labelled corpus (the top-level {@code corpus/} folder) from any module's working
 * directory by walking up from it, or takes the folder named by the system property {@code newsalert.corpus}.
 */
public final class Corpus {

    private static final String FOLDER = "corpus";

    private Corpus() {}

    public static Path dir() {
        final String configured = System.getProperty("newsalert.corpus");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        final Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            final Path candidate = dir.resolve(FOLDER);
            if (Files.isRegularFile(candidate.resolve("README.md")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("The labelled corpus folder '" + FOLDER + "' was not found above " + start
                + ". Set -Dnewsalert.corpus=DIR.");
    }

    public static Path file(final String name) {
        return dir().resolve(name);
    }
}
