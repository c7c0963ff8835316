package io.newsalert.streams.extract;

import java.nio.file.Path;
import java.util.Optional;

/** Builds the project's standard closure extractor, optionally with a user-supplied list of road names. */
public final class ClosureExtractors {

    private ClosureExtractors() {}

    /**
     * The notice-reading extractor. {@code roadList} (one name a line) makes those names recognised whole, which
     * helps with names the construction rules cannot split, such as a road whose name ends in a landmark.
     */
    public static ClosureExtractor standard(final Optional<Path> roadList) {
        return new NoticeClosureExtractor(roadList.map(RoadNames::withList).orElseGet(RoadNames::rules));
    }

    /**
     * Formerly an extractor that remembered the names it read, which made a result depend on what was read before;
     * now the standard extractor. A list of known names belongs in {@code roadList}, where it is explicit.
     *
     * @deprecated use {@link #standard(Optional)}
     */
    @Deprecated
    public static ClosureExtractor learning(final Optional<Path> roadList) {
        return standard(roadList);
    }
}
