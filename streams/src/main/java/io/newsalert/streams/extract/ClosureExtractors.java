package io.newsalert.streams.extract;

import java.nio.file.Path;
import java.util.Optional;

/** Builds the project's standard closure extractor, optionally with a user-supplied list of road names. */
public final class ClosureExtractors {

    private ClosureExtractors() {
    }

    /**
     * The notice-reading extractor. {@code roadList} (one name a line) makes those names recognised whole, which
     * helps with names the construction rules cannot split, such as a road whose name ends in a landmark.
     */
    public static ClosureExtractor standard(final Optional<Path> roadList) {
        return new NoticeClosureExtractor(roadList.map(RoadNames::withList).orElseGet(RoadNames::rules));
    }

    /**
     * The notice-reading extractor that also remembers the road names of the segments it reads, to recognise them
     * whole later. Its results depend on the order articles arrive in, so closure ids of a re-read article may
     * change; use it for batch reading, not in the topology.
     */
    public static ClosureExtractor learning(final Optional<Path> roadList) {
        return new NoticeClosureExtractor(roadList.map(RoadNames::withList).orElseGet(RoadNames::rules).learning());
    }
}
