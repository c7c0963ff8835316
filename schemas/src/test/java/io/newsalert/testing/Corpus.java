package io.newsalert.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the labelled corpus ({@code shared/corpus} beside the checkout) from any module's working directory, or
 * from the system property {@code newsalert.corpus}.
 */
public final class Corpus {

    private Corpus() {
    }

    public static Path dir() {
        final String configured = System.getProperty("newsalert.corpus");
        final List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../shared/corpus"), Path.of("../../shared/corpus"),
                        Path.of("../../../shared/corpus"), Path.of("/work/shared/corpus"));
        return candidates.stream().filter(Files::isDirectory).findFirst().map(Path::toAbsolutePath)
                .orElseThrow(() -> new IllegalStateException("The labelled corpus was not found; looked in "
                        + candidates + " from " + Path.of("").toAbsolutePath() + ". Set -Dnewsalert.corpus=DIR."));
    }

    public static Path file(final String name) {
        return dir().resolve(name);
    }
}
